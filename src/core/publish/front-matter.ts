/**
 * The post's front matter checked against the site before it is written:
 * what the site will not do with it, said before, and `draft` for review.
 */
import type { SiteFacts } from './site-config';

export type FrontMatterNote =
  /** The post has tags but the site makes no tag pages. */
  | { note: 'no-tags-taxonomy' }
  /** The post's date is still the future in the site's time zone: it would not be built. */
  | { note: 'future-in-site-zone'; date: string; timeZone: string };

/** The `YYYY-MM-DD` day it is at `now` in `timeZone`. */
function dayIn(now: number, timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return null;
  }
}

/** The front matter block (between the first two `---` lines), or null. */
function frontMatter(text: string): string | null {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return match ? (match[1] ?? '') : null;
}

export function frontMatterNotes(text: string, site: SiteFacts, now: number): FrontMatterNote[] {
  const block = frontMatter(text);
  if (block === null) return [];
  const notes: FrontMatterNote[] = [];
  const tags = /^tags:\s*(.*)$/m.exec(block)?.[1]?.trim();
  if (tags && tags !== '[]' && !site.taxonomies.includes('tags')) {
    notes.push({ note: 'no-tags-taxonomy' });
  }
  const date = /^date:\s*["']?(\d{4}-\d\d-\d\d)/m.exec(block)?.[1];
  const zone = site.timeZone ?? 'UTC';
  const today = dayIn(now, zone);
  if (date && today && date > today && !site.buildFuture) {
    notes.push({ note: 'future-in-site-zone', date, timeZone: zone });
  }
  return notes;
}

/**
 * The post held back for review: `draft: true` for Hugo, `published: false`
 * for Jekyll, as the front matter's last line. Unchanged without front matter
 * or when the line is there already.
 */
export function withDraft(text: string, kind: SiteFacts['kind']): string {
  const block = frontMatter(text);
  if (block === null) return text;
  const line = kind === 'hugo' ? 'draft: true' : 'published: false';
  if (block.split('\n').includes(line)) return text;
  return `---\n${block}\n${line}\n---\n${text.slice(block.length + 9)}`;
}
