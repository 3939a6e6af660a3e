/**
 * The author's Markdown (intro, outro, section intros, notes) is printed as
 * written (docs/post-format.md, rule 8); only its edges are tidied so that the
 * template's blank lines are the only ones between blocks.
 */

/**
 * A Markdown block: `\n` line endings (a textarea on Windows, a pasted CRLF
 * text), no blank lines before or after, no trailing spaces at the end. The
 * first line keeps its indentation, which may be meaningful (code).
 */
export function tidyBlock(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

/**
 * A note, printed after the link on the bullet's line: as a block, and its
 * first line's indentation dropped too (it follows the separator).
 */
export function tidyNote(markdown: string): string {
  return tidyBlock(markdown).trimStart();
}

/**
 * Lines after the first indented by `width` spaces, so that a multi-line
 * note stays inside its list item (a bullet's content starts at column 2).
 * Blank lines stay empty rather than carrying trailing spaces.
 */
export function indentContinuation(text: string, width = 2): string {
  const pad = ' '.repeat(Math.max(0, Math.floor(width)));
  return text.replace(/\n(?=[^\n])/g, `\n${pad}`);
}
