import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fallbackTitle, MAX_TITLE_LENGTH, normalizeText, normalizeTitle, truncate } from './title';

describe('normalizeTitle', () => {
  it('puts the title on one line', () => {
    expect(normalizeTitle('  Introducing\n\tthe   CDF \r\n')).toBe('Introducing the CDF');
  });

  it('treats non-breaking and other Unicode spaces as spaces', () => {
    expect(normalizeTitle('a\u00a0\u2003b\u2028c')).toBe('a b c');
  });

  it('replaces control characters', () => {
    expect(normalizeTitle('a\u0000b\u001bc\u0085d')).toBe('a b c d');
  });

  it('keeps what the post escapes later, and RTL, emoji and bidi marks', () => {
    const title = '<script>alert(1)</script> [x](javascript:alert(1)) *_`';
    expect(normalizeTitle(title)).toBe(title);
    expect(normalizeTitle('مرحبا بالعالم 🚀 \u200fok')).toBe('مرحبا بالعالم 🚀 \u200fok');
  });

  it('caps a broken 10,000-character title with an ellipsis', () => {
    const title = normalizeTitle('word '.repeat(2_000));
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('leaves a title of exactly the maximum alone', () => {
    const title = 'x'.repeat(MAX_TITLE_LENGTH);
    expect(normalizeTitle(title)).toBe(title);
  });

  it('is idempotent and never longer than the cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1_500 }), (s) => {
        const once = normalizeTitle(s);
        expect(once.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        expect(normalizeTitle(once)).toBe(once);
        expect(once).not.toMatch(/\s\s|\n|^\s|\s$/);
      }),
    );
  });
});

describe('normalizeText', () => {
  it('caps at the given length', () => {
    expect(normalizeText('abcdef', 4)).toBe('abc…');
  });
});

describe('truncate', () => {
  it('never splits a surrogate pair', () => {
    // Emoji are 2 UTF-16 units; the third unit kept would be half of one.
    expect(truncate('😀😀😀😀', 4)).toBe('😀…');
    expect(truncate('ab😀😀', 4)).toBe('ab…');
    expect(truncate('a😀😀😀', 4)).toBe('a😀…');
  });

  it('handles tiny limits', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
  });

  it('never yields a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 30 }), (s, max) => {
        const cut = truncate(s, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.isWellFormed()).toBe(true);
      }),
    );
  });
});

describe('fallbackTitle', () => {
  it('is host and path without trailing slash', () => {
    expect(fallbackTitle('https://example.org/docs/intro/')).toBe('example.org/docs/intro');
  });

  it('drops www., the query and the fragment', () => {
    expect(fallbackTitle('https://www.example.org/a?b=1#c')).toBe('example.org/a');
  });

  it('is the host alone for a home page', () => {
    expect(fallbackTitle('https://example.org/')).toBe('example.org');
  });

  it('decodes the path', () => {
    expect(fallbackTitle('https://fr.wikipedia.org/wiki/S%C3%A9curit%C3%A9_informatique')).toBe(
      'fr.wikipedia.org/wiki/Sécurité_informatique',
    );
  });

  it('keeps a malformed escape as written', () => {
    expect(fallbackTitle('https://example.org/100%25/%E0%A4%A')).toBe(
      'example.org/100%25/%E0%A4%A',
    );
  });

  it('keeps an encoded newline from breaking the line', () => {
    expect(fallbackTitle('https://example.org/a%0Ab')).toBe('example.org/a b');
  });

  it('falls back to the text for something that is not a URL', () => {
    expect(fallbackTitle('  not a url ')).toBe('not a url');
  });
});
