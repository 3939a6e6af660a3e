/**
 * Publishing into the site's folder on disk: where posts go, and what a
 * post about to replace another one changes in it.
 */
import { defaultPostsFolder, type SiteKind } from './site';

/** A roundup's file name as Veille and the post format write it: `YYYY-MM-DD-slug.md`. */
const ROUNDUP = /^\d{4}-\d\d-\d\d-[a-z0-9-]+\.(md|markdown|html)$/;

/**
 * The posts folder to suggest: the folder holding most earlier roundups among
 * `files` (paths inside the site), else the kind's usual one.
 */
export function suggestPostsFolder(kind: SiteKind, files: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const cut = file.lastIndexOf('/');
    if (!ROUNDUP.test(file.slice(cut + 1))) continue;
    const folder = cut === -1 ? '' : file.slice(0, cut);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : defaultPostsFolder(kind);
}
