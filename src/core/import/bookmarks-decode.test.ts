import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBookmarkFile } from './bookmarks-decode';

/** Bytes of `text` where every character is one byte (Latin-1). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? code >> 8 : code & 0xff;
    out[3 + 2 * i] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

const NETSCAPE = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">
<TITLE>Bookmarks</TITLE>
<DL><p>
<DT><A HREF="https://example.org/cafe">Caf\u00e9 \u2014 \u20ac5 \u00e0 l\u2019heure</A>
</DL>`;

describe('decodeBookmarkFile', () => {
  it('reads an old Netscape file in the windows-1252 its META declares', () => {
    // Node's decoder reads windows-1252's 0x80-0x9F (€, curly quotes, dashes)
    // as Latin-1's control characters, where browsers map them: the end-to-end
    // import test checks those in Chromium and Firefox.
    const text = NETSCAPE.replace(' \u2014 \u20ac5', '').replace('\u2019', "'");
    const bytes = latin1(text);
    expect(declaredCharset(bytes)).toBe('windows-1252');
    expect(decodeBookmarkFile(bytes)).toBe(text);
    // Read as UTF-8, the same bytes would have lost their accents.
    expect(new TextDecoder().decode(bytes)).not.toBe(text);
  });

  it('reads ISO-8859-1 as the web does (windows-1252), and <meta charset="…">', () => {
    const text = '<meta charset="ISO-8859-1"><DL><DT><A HREF="https://e.org/">Gr\u00fc\u00dfe</A>';
    expect(decodeBookmarkFile(latin1(text))).toBe(text);
  });

  it('reads UTF-16 after its byte order mark, little- and big-endian', () => {
    const text =
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DT><A HREF="https://e.org/">\u65e5\u672c \u00e9t\u00e9</A>';
    expect(decodeBookmarkFile(utf16(text, false))).toBe(text);
    expect(decodeBookmarkFile(utf16(text, true))).toBe(text);
  });

  it('reads UTF-8, with or without its mark, and when the META says UTF-8', () => {
    const text = NETSCAPE.replace('windows-1252', 'UTF-8');
    expect(decodeBookmarkFile(utf8(text))).toBe(text);
    expect(decodeBookmarkFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(text);
    const plain = 'title,url,time_added,tags,status\n\u00c9t\u00e9,https://e.org/,1,,unread\n';
    expect(decodeBookmarkFile(utf8(plain))).toBe(plain);
  });

  it('reads a charset it does not know, or UTF-16 declared without a mark, as UTF-8', () => {
    const unknown = '<META CONTENT="text/html; charset=x-no-such-thing"><A HREF="x">\u00e9</A>';
    expect(declaredCharset(utf8(unknown))).toBe('x-no-such-thing');
    expect(decodeBookmarkFile(utf8(unknown))).toBe(unknown);
    const sixteen = '<meta charset="utf-16"><A HREF="x">\u00e9</A>';
    expect(decodeBookmarkFile(utf8(sixteen))).toBe(sixteen);
  });

  it('looks for the declaration in the first 1,024 bytes only', () => {
    const late = `${' '.repeat(1100)}<meta charset="windows-1252">\u00e9`;
    expect(declaredCharset(latin1(late))).toBeNull();
  });
});
