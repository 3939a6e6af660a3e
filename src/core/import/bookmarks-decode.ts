/**
 * A bookmarks file's bytes as text. Browsers write UTF-8, but an old
 * Netscape or Internet Explorer export declares another charset in its
 * `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">`,
 * and some tools write UTF-16 with a byte order mark. The order is the HTML
 * standard's: a byte order mark, then the charset the file declares in its
 * first 1,024 bytes, then UTF-8. A label `TextDecoder` does not know is read
 * as UTF-8 (what the file most likely is).
 */

/** How far into the file a declared charset is looked for (the HTML standard's prescan). */
const PRESCAN = 1024;

/** The encoding a byte order mark names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { label: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { label: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/** The charset a `<meta charset>` or a `<meta http-equiv content>` declares near the start, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Every byte as one character: the markup is ASCII in any charset a bookmarks file uses.
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const found = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (found?.[1]) return found[1].toLowerCase();
  }
  return null;
}

/** A decoder for `label`, or null when the browser knows no such encoding. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The file's text, decoded as it says it is encoded (see the module's comment). */
export function decodeBookmarkFile(bytes: Uint8Array): string {
  const mark = byteOrderMark(bytes);
  if (mark) return new TextDecoder(mark.label).decode(bytes.subarray(mark.length));
  const declared = declaredCharset(bytes);
  // A page saved as UTF-16 without a mark cannot declare it in ASCII: such a
  // label (the standard says the same) means UTF-8.
  const decoder = declared && !declared.startsWith('utf-16') ? decoderFor(declared) : null;
  return (decoder ?? new TextDecoder('utf-8')).decode(bytes);
}
