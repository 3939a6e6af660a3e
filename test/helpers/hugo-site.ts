/**
 * A minimal Hugo site as files (path -> text) for a test repository, and a
 * real `hugo` build of a clone: the same site as test/integration/hugo.test.ts
 * (one layout, no taxonomies, future posts not built).
 */
import { execFileSync } from 'node:child_process';

/** `[major, minor]` of the installed Hugo; throws the install hint when there is none. */
export function hugoVersion(): [number, number] {
  let output: string;
  try {
    output = execFileSync('hugo', ['version'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('hugo not found: install hugo (apt-get install -y hugo)');
    }
    throw error;
  }
  const match = /v(\d+)\.(\d+)/.exec(output);
  if (!match) throw new Error(`unexpected hugo version output: ${output}`);
  return [Number(match[1]), Number(match[2])];
}

const LAYOUT = '<!doctype html><html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n';

/**
 * A site with nothing but pages: one layout for posts and lists, no
 * taxonomies (their pages would need more layouts), future posts not built
 * (Hugo's default, stated: a future date must be noticed), and Goldmark's
 * typographer off so that link text can be compared character for character.
 */
export function hugoSiteSkeleton(): Record<string, string> {
  const [major, minor] = hugoVersion();
  const config = [
    'baseURL = "https://example.org/"',
    'buildFuture = false',
    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
    '[markup.goldmark.extensions]',
    'typographer = false',
    '',
  ].join('\n');
  // Hugo 0.146 reorganised layouts (layouts/single.html); older ones need _default/.
  const layouts = major > 0 || minor >= 146 ? 'layouts' : 'layouts/_default';
  return {
    // hugo.toml exists since 0.110; config.toml is read by every version.
    [major > 0 || minor >= 110 ? 'hugo.toml' : 'config.toml']: config,
    [`${layouts}/single.html`]: LAYOUT,
    [`${layouts}/list.html`]: LAYOUT,
  };
}

/** The skeleton with one earlier post, as a blog's repository holds it. */
export function hugoSiteFiles(): Record<string, string> {
  return {
    ...hugoSiteSkeleton(),
    'content/posts/2026-01-01-first.md': '---\ntitle: "First"\ndate: 2026-01-01\n---\n\nHello.\n',
  };
}

/** Builds the site in `dir` into `dir/public`. */
export function buildHugo(dir: string): void {
  execFileSync('hugo', ['--quiet', '--source', dir, '--destination', `${dir}/public`], {
    encoding: 'utf8',
  });
}
