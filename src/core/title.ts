/**
 * Titles as the post prints them: one line of readable text. The page's title
 * is untrusted; here it is only tidied, never escaped (the post escapes it).
 */

/**
 * A real title is well under 300 characters; one of thousands is a broken
 * page (a whole article in `<title>`) or a hostile one, and would swamp the
 * popup and the post. 1,000 leaves every genuine title intact.
 */
export const MAX_TITLE_LENGTH = 1_000;

const ELLIPSIS = '…';

/**
 * Control characters other than whitespace (NUL, ESC...) have no business in a
 * title and would survive Markdown into the published HTML.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const WHITESPACE = /\s+/g;

/** `s` on one line: whitespace runs become one space, trimmed, capped at `max`. */
export function normalizeText(s: string, max: number): string {
  const text = s.replace(CONTROL, ' ').replace(WHITESPACE, ' ').trim();
  return truncate(text, max);
}

/** A page title on one line, at most MAX_TITLE_LENGTH characters. */
export function normalizeTitle(s: string): string {
  return normalizeText(s, MAX_TITLE_LENGTH);
}

/**
 * `s` cut to at most `max` UTF-16 units, ending with an ellipsis when cut.
 * Never splits a surrogate pair, so an emoji cannot become a lone half.
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 1) return '';
  return `${cutAt(s, max - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}

/** The first `length` UTF-16 units of `s`, one less where that would split a surrogate pair. */
export function cutAt(s: string, length: number): string {
  const last = s.charCodeAt(length - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/**
 * A title for a page that gave none: host and path as a reader would type
 * them (`example.org/docs/intro`), decoded, without `www.` or a trailing slash.
 */
export function fallbackTitle(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return normalizeTitle(url);
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const path = decode(parsed.pathname).replace(/\/+$/, '');
  return normalizeTitle(`${host}${path}`);
}

/** Percent-decoded text, or the input when it holds a malformed escape. */
function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
