/**
 * The exported file's name. Hugo and Jekyll take a post's URL from it, and
 * Jekyll requires the `YYYY-MM-DD-` prefix: `2019-04-01-web-ops-data-mars-2019.md`.
 */
import { presetById } from './presets';

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
 * `YYYY-MM-DD-slug.ext`, the extension being the preset's (`md` for a custom
 * template). A title with no ASCII letter or digit gives `YYYY-MM-DD-post`.
 */
export function postFileName(presetId: string, publishDate: string, title: string): string {
  const extension = presetById(presetId)?.extension ?? 'md';
  return `${publishDate}-${slugify(title) || 'post'}.${extension}`;
}
