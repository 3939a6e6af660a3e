/**
 * Bidirectional formatting characters in page text. A page title holding an
 * unterminated U+202E RIGHT-TO-LEFT OVERRIDE would reverse everything after
 * it on its line: the link's end, the separator and the author's note, in
 * the Markdown file and in the published HTML.
 *
 * Page text is printed so that it cannot affect what follows it:
 * - its embeddings and overrides (LRE, RLE, LRO, RLO) are closed with PDF
 *   and its isolates (LRI, RLI, FSI) with PDI, at its end or before a
 *   paragraph break; a closer that closes nothing of its own is dropped
 *   (it would close something the template opened);
 * - text holding any bidi formatting character, the marks (LRM, RLM, ALM)
 *   included, is then wrapped in FSI...PDI, so that even its marks and its
 *   direction act on nothing outside it.
 * Text without any of them is printed unchanged, byte for byte: an Arabic or
 * Hebrew title prints exactly as the page wrote it (browsers lay it out with
 * the Unicode bidi algorithm as before), and the golden example is the same.
 * Closing alone would leave the marks' effect on the neighbouring separator;
 * wrapping every title would add invisible characters to every post.
 */

const LRE_RLE_LRO_RLO = /[\u202A\u202B\u202D\u202E]/;
const LRI_RLI_FSI = /[\u2066-\u2068]/;
const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';

/** Embedding, override and isolate controls, their closers, and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+001C-U+001E separate paragraphs.
const SCOPED = /[\u202A-\u202E\u2066-\u2069\n\r\u001C-\u001E\u0085\u2029]/g;
/** Every bidi formatting character: the above and the marks LRM, RLM, ALM. */
const BIDI_FORMAT = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** True when `s` holds a bidi formatting character (control or mark). */
export function hasBidiFormatting(s: string): boolean {
  return BIDI_FORMAT.test(s);
}

/**
 * `s` with every embedding, override and isolate it opens closed, at its end
 * or before the paragraph separator that would end it anyway, and closers
 * without an opener of their own dropped. A PDI closing an isolate first
 * closes the embeddings opened inside it, with PDFs.
 */
export function closeBidi(s: string): string {
  if (!hasBidiFormatting(s)) return s;
  /** Open scopes, innermost last: PDF closes an embedding, PDI an isolate. */
  const open: string[] = [];
  const closeAll = (downTo: number) => open.splice(downTo).reverse().join('');
  const body = s.replace(SCOPED, (c) => {
    if (LRE_RLE_LRO_RLO.test(c)) {
      open.push(PDF);
      return c;
    }
    if (LRI_RLI_FSI.test(c)) {
      open.push(PDI);
      return c;
    }
    if (c === PDF) {
      if (open.at(-1) !== PDF) return '';
      open.pop();
      return c;
    }
    if (c === PDI) {
      const isolate = open.lastIndexOf(PDI);
      return isolate === -1 ? '' : closeAll(isolate);
    }
    return closeAll(0) + c;
  });
  return body + closeAll(0);
}

/** A run of text between paragraph separators (which end every bidi scope). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+001C-U+001E separate paragraphs.
const PARAGRAPH = /[^\n\r\u001C-\u001E\u0085\u2029]+/g;

/**
 * Page text ready to print next to other text: unchanged without bidi
 * formatting characters, else each paragraph holding one closed
 * (`closeBidi`) and wrapped in FSI...PDI (a title is one paragraph).
 */
export function isolateBidi(s: string): string {
  if (!hasBidiFormatting(s)) return s;
  return s.replace(PARAGRAPH, (p) => (hasBidiFormatting(p) ? `${FSI}${closeBidi(p)}${PDI}` : p));
}
