/**
 * The author's note gets the text they selected on the page as a Markdown
 * quote, so the post shows which words the commentary is about. Notes can be
 * long (100,000 characters): everything here is a single pass.
 *
 * The note is the author's Markdown, printed as written; the selection is
 * page text. It is escaped as it enters the note, so that the post prints it
 * as the words it was (no HTML, link, image, code or Hugo shortcode of the
 * page's), and what the author types around it stays theirs.
 */
import { isolateBidi } from './post/bidi';
import { escapeMarkdownBlockLine } from './post/escape';

/**
 * `text` as a Markdown blockquote of plain text: each line escaped
 * (`escapeMarkdownBlockLine`, its bidi controls closed and isolated) and
 * prefixed with `> `, blank lines as a bare `>` (so the quote stays one
 * block), CRLF and CR normalised, spaces at both ends of a line dropped (a
 * paragraph drops them anyway; indented, a line would turn into code).
 * Blank lines at both ends are dropped and runs of blank lines become one,
 * as a page selection crossing paragraphs or table cells brings many. Only
 * whitespace: `''`.
 */
export function quoteSelection(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  const out: string[] = [];
  let pendingBlank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank) out.push('>');
    pendingBlank = false;
    out.push(`> ${isolateBidi(escapeMarkdownBlockLine(line))}`);
  }
  return out.join('\n');
}

/**
 * `addition` after `note`, separated by one blank line. Nothing changes when
 * the addition is empty or the note already holds it as whole lines (the
 * author pressed "quote selection" twice); a mere substring does not count,
 * so `> foo` is still added to a note quoting `> foo bar`.
 */
export function appendToNote(note: string, addition: string): string {
  // Leading blank lines go, but not the first line's indentation (code).
  const block = toLf(addition)
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  if (block.trim() === '') return note;
  const text = toLf(note);
  if (text.trim() === '') return block;
  if (containsBlock(text, block)) return note;
  return `${text.trimEnd()}\n\n${block}`;
}

/** Line endings as a textarea gives them, so a CRLF note still matches. */
function toLf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** True when `block` occurs in `text` starting and ending at line boundaries. */
function containsBlock(text: string, block: string): boolean {
  for (let at = text.indexOf(block); at !== -1; at = text.indexOf(block, at + 1)) {
    const end = at + block.length;
    const startsLine = at === 0 || text[at - 1] === '\n';
    const endsLine = end === text.length || text[end] === '\n';
    if (startsLine && endsLine) return true;
  }
  return false;
}
