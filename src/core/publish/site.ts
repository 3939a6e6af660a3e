/**
 * What kind of site a repository holds, read from the names at its root,
 * and where a post goes in it.
 */
import { hasControl } from './address';

export type SiteKind = 'hugo' | 'jekyll';

const HUGO_CONFIG = /^(hugo|config)\.(toml|ya?ml|json)$/;
const JEKYLL_CONFIG = /^_config\.(ya?ml|toml)$/;

/**
 * Hugo (`hugo.toml`, `config.toml`, … or a `config/` folder beside
 * `content/`) or Jekyll (`_config.yml`), from the root's entries (folders
 * end with `/`); null when it is neither.
 */
export function detectSite(rootNames: readonly string[]): SiteKind | null {
  const names = new Set(rootNames);
  if (rootNames.some((name) => JEKYLL_CONFIG.test(name))) return 'jekyll';
  if (rootNames.some((name) => HUGO_CONFIG.test(name))) return 'hugo';
  if (names.has('config/') && names.has('content/')) return 'hugo';
  return null;
}

/** Where a site of that kind keeps its posts, when the author has not said. */
export function defaultPostsFolder(kind: SiteKind): string {
  return kind === 'jekyll' ? '_posts' : 'content/posts';
}

/**
 * The posts folder as typed ("/content/posts/", "content\\posts") made a
 * clean relative path, or null when it leaves the site (`..`) or holds
 * what git cannot store (`.git`).
 */
export function normalizeFolder(input: string): string | null {
  const parts = input
    .trim()
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..' || part.toLowerCase() === '.git')) return null;
  if (parts.some(hasControl)) return null;
  return parts.join('/');
}

/** `content/posts` + `2026-12-01-x.md` = `content/posts/2026-12-01-x.md`. */
export function postPath(folder: string, fileName: string): string {
  return folder === '' ? fileName : `${folder}/${fileName}`;
}
