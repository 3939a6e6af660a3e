/**
 * The exported file's name. Hugo and Jekyll take a post's URL from it, and
 * Jekyll requires the `YYYY-MM-DD-` prefix: `2019-04-01-web-ops-data-mars-2019.md`.
 */
import type { PostPreset } from './presets';

/** Letters NFD does not decompose, spelled as a reader would type them. */
const LIGATURES: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/** Long enough for any real title; a file name must stay well under 255 bytes. */
const MAX_SLUG_LENGTH = 80;

/**
 * An ASCII slug: accents removed ("é" -> "e"), lower case, every run of other
 * characters one `-`, no `-` at the ends. `''` when nothing is left.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[æœßøđłþð]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary when there is one.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/**
 * `YYYY-MM-DD-slug.md` (or `.html`): the extension is the format's, a preset's
 * or a custom template's. A title with no ASCII letter or digit gives
 * `YYYY-MM-DD-post`.
 */
export function postFileName(
  extension: PostPreset['extension'],
  publishDate: string,
  title: string,
): string {
  return `${publishDate}-${slugify(title) || 'post'}.${extension}`;
}
