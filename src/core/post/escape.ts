/**
 * Untrusted text (a page's title, a page's URL) made to survive the syntax it
 * is printed in: Markdown link text and destination, YAML double-quoted
 * scalars, HTML text and attributes. Each escaper is a total function on any
 * JavaScript string, checked by property tests that parse the output back.
 * Text escapers also close the text's bidi controls (bidi.ts), so that what
 * follows it on the line reads in its own direction.
 *
 * Escaping is minimal where the output is read by people (the Markdown post
 * is edited before it is published): only characters that can change the
 * meaning get a backslash, so `Grafana v6.0: what's new` stays as it is.
 */
import { isolateBidi } from './bidi';

/** Lone UTF-16 surrogates: not text; a UTF-8 file would turn them into U+FFFD anyway. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whitespace and control characters: any run becomes one space on one line. */
const SPACE_OR_CONTROL = /[\s\p{Cc}]+/gu;

/**
 * `s` on one line, as every inline escaper prints it: lone surrogates become
 * U+FFFD, runs of whitespace or control characters (line breaks, tabs, NUL,
 * and Unicode spaces such as NBSP, which `\s` includes) become one space,
 * and the ends are trimmed. Property tests compare parsed text with this.
 */
export function oneLine(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(SPACE_OR_CONTROL, ' ').trim();
}

/**
 * What can change the meaning of text anywhere in a line, each escaped with
 * a backslash (which CommonMark drops before any ASCII punctuation):
 * - `\\` (escapes), `[` `]` (links), `*` `_` (emphasis), `` ` `` (code spans),
 *   `<` (autolinks, raw HTML), `>` for symmetry, `~` (GFM strikethrough,
 *   on in Hugo's Goldmark). `!` needs nothing: `![` cannot form once `[` is escaped;
 * - `&` only where it starts a character reference (`&amp;`, `&#35;`): a lone
 *   `&` ("Ops & Data") is left alone;
 * - `{` or `%` right after `{`: Hugo reads `{{<` and `{{%` as shortcodes, and
 *   Jekyll reads `{{` and `{%` as Liquid, even in Markdown text.
 */
const INLINE_SPECIAL = /[\\[\]*_`<>~]|&(?=#?[0-9A-Za-z]+;)|(?<=\{)[{%]/g;

/**
 * Constructs recognised only at the start of a line, for text printed there
 * (a heading, a paragraph of a user template): ATX heading `#`, list bullets
 * `-` `+`, setext underline `=` (`-` too), ordered list `1.` `1)`. A bullet
 * `*` and a quote `>` are already escaped.
 */
const HEADING_START = /^#{1,6}(?=[ \t]|$)/;
const BULLET_OR_UNDERLINE_START = /^[-+=]/;
const ORDERED_START = /^\d{1,9}(?=[.)](?:[ \t]|$))/;

/**
 * Markdown text that a CommonMark parser reads back as exactly
 * `isolateBidi(oneLine(s))`, inside link text, in a heading or at the start
 * of a paragraph.
 */
export function escapeMarkdownText(s: string): string {
  return isolateBidi(escapeMarkdownLine(oneLine(s)));
}

/** One line of text (no line break in it) escaped for link text or a heading. */
function escapeMarkdownLine(line: string): string {
  return escapeLine(line, INLINE_SPECIAL, BULLET_OR_UNDERLINE_START);
}

/**
 * In a block of several lines (a quoted page selection) more can start
 * markup, on the site generators' Markdown readers too: `|` (GFM tables,
 * on in Hugo's Goldmark), every brace (kramdown's `{:` attribute lists and
 * `{::` extensions, in Jekyll), the `:` of `://` and the `.` of `www.`
 * (Goldmark's linkify turns bare addresses into links), and a `:` starting
 * a line (Goldmark's definition lists).
 */
const BLOCK_SPECIAL = new RegExp(
  `${INLINE_SPECIAL.source}|[|{}]|:(?=//)|(?<=(?:^|[^\\w.])www)\\.`,
  'gi',
);
const BLOCK_LINE_START = /^[-+=:]/;
/** NUL, which CommonMark reads as U+FFFD, and lone surrogates, which no file holds. */
const NUL_OR_LONE_SURROGATE = new RegExp(`\\u0000|${LONE_SURROGATE.source}`, 'g');

/**
 * One line (no line break in it) of a block of page text, such as a quoted
 * selection, as Markdown that a CommonMark parser reads back as the same
 * characters (NUL and lone surrogates as U+FFFD) in a paragraph: no markup,
 * no link, no HTML, no site-generator code. Leading spaces are left to the
 * caller (a paragraph drops them); bidi controls too.
 */
export function escapeMarkdownBlockLine(line: string): string {
  return escapeLine(line.replace(NUL_OR_LONE_SURROGATE, '\uFFFD'), BLOCK_SPECIAL, BLOCK_LINE_START);
}

function escapeLine(line: string, special: RegExp, lineStart: RegExp): string {
  const text = line.replace(special, '\\$&');
  if (HEADING_START.test(text) || lineStart.test(text)) return `\\${text}`;
  // `1. x` -> `1\. x`: the delimiter is what makes the list.
  const ordered = ORDERED_START.exec(text);
  if (ordered === null) return text;
  return `${ordered[0]}\\${text.slice(ordered[0].length)}`;
}

/** A closing sequence of an ATX heading: `#`s at the end, after a space or alone. */
const CLOSING_HASHES = /(^|[ \t])(#+)$/;

/**
 * An ATX heading's text: as `escapeMarkdownText`, plus a trailing run of `#`
 * ("Langages #") escaped, which the parser would otherwise drop as the
 * heading's optional closing sequence. `C#` is not one and stays as it is.
 */
export function escapeMarkdownHeading(s: string): string {
  return isolateBidi(escapeMarkdownLine(oneLine(s)).replace(CLOSING_HASHES, '$1\\$2'));
}

/** True for `http:` and `https:` URLs, the only ones a post links to. */
export function isHttpScheme(url: string): boolean {
  return /^https?:/i.test(url);
}

/**
 * Characters a link destination cannot hold raw: controls (no CommonMark
 * form keeps them), and bidi formatting characters, which would reorder the
 * rest of the line (bidi.ts; a clean URL has them percent-encoded already).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const URL_CONTROL = /[\u0000-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Backslashes, `&` starting a character reference, `{`/`%` after `{` (see
 * INLINE_SPECIAL), and `<`/`>`, which a plain destination could hold raw but
 * which other Markdown readers could take for HTML.
 */
const URL_SPECIAL = /[\\<>]|&(?=#?[0-9A-Za-z]+;)|(?<=\{)[{%]/g;

/**
 * How deep parentheses may nest in a plain destination: CommonMark lets a
 * parser set a limit, and micromark reads 32 levels, no more.
 */
const MAX_PARENTHESIS_DEPTH = 32;

/**
 * True when CommonMark reads `url` (controls already percent-encoded) as a
 * plain link destination: no space (the one blank left once controls are
 * encoded; other Unicode spaces are ordinary characters there), and
 * parentheses balanced, none closing before it opens, at most 32 deep.
 * Backslashes are escaped, so every parenthesis counts.
 */
function isPlainDestination(url: string): boolean {
  if (url.includes(' ')) return false;
  let depth = 0;
  for (const c of url) {
    if (c === '(') {
      depth += 1;
      if (depth > MAX_PARENTHESIS_DEPTH) return false;
    } else if (c === ')') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/**
 * A Markdown link destination that a CommonMark parser reads back as the URL
 * (after `percentEncodeControls`): plain whenever CommonMark reads it plain,
 * as in the published posts (`https://en.wikipedia.org/wiki/Sync_(Unix)`),
 * else in `<...>` form, which allows spaces and unbalanced parentheses.
 * Backslashes, `<`, `>`, `&` that would start a character reference, and
 * `{{` are backslash-escaped. Not http(s): `''` (a post never links elsewhere).
 */
export function formatMarkdownUrl(url: string): string {
  if (!isHttpScheme(url)) return '';
  const encoded = percentEncodeControls(url);
  const escaped = encoded.replace(URL_SPECIAL, '\\$&');
  return isPlainDestination(encoded) ? escaped : `<${escaped}>`;
}

/**
 * Control and bidi formatting characters as their UTF-8 in `%XX`, and lone
 * surrogates as U+FFFD's: the only changes `formatMarkdownUrl` makes to what
 * a parser reads back. A clean URL (WHATWG-serialised) holds none of them.
 */
export function percentEncodeControls(url: string): string {
  return url.replace(LONE_SURROGATE, '%EF%BF%BD').replace(URL_CONTROL, encodeURIComponent);
}

/** Escapes every YAML parser knows (1.1 and 1.2); anything else uses `\xXX` or `\uXXXX`. */
const YAML_NAMED: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

/**
 * What a YAML double-quoted scalar cannot hold raw: `"`, `\`, characters
 * outside YAML's printable set (C0, DEL, C1, U+FEFF, U+FFFE, U+FFFF), and
 * the separators U+2028/U+2029 that YAML 1.1 parsers read as line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const YAML_SPECIAL = /["\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/**
 * `s` as a YAML double-quoted scalar (quotes included) that parses back to
 * exactly `isolateBidi(s)` (a lone surrogate, which no file can hold, comes
 * back as U+FFFD).
 */
export function yamlQuote(s: string): string {
  const body = isolateBidi(s.replace(LONE_SURROGATE, '\uFFFD')).replace(YAML_SPECIAL, yamlEscape);
  return `"${body}"`;
}

function yamlEscape(c: string): string {
  const code = c.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return (
    YAML_NAMED[c] ?? (code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`)
  );
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `isolateBidi(s)` as HTML text or as a quoted attribute value. */
export function escapeHtml(s: string): string {
  return isolateBidi(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** An http(s) URL ready for a quoted `href`; anything else (`javascript:`...): `''`. */
export function htmlUrl(url: string): string {
  return isHttpScheme(url) ? escapeHtml(percentEncodeControls(url)) : '';
}
