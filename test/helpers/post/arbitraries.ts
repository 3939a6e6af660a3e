/**
 * Hostile input for property tests: page titles, author notes and URLs
 * mixing any Unicode with the fragments that break naive escaping (and the
 * bidi controls that reorder what follows them).
 */
import fc from 'fast-check';

/** Markdown, HTML, YAML, Liquid and Hugo syntax, whitespace and oddities. */
const TRICKY = [
  '[',
  ']',
  '](',
  '](javascript:alert(1))',
  '\\',
  '\\\\',
  '`',
  '``',
  '*',
  '**',
  '_',
  '~~',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<https://x.org>',
  '&',
  '&amp;',
  '&#35;',
  '&#x3C;',
  '&copy',
  '#',
  '# ',
  '## ',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '===',
  '---',
  '!',
  '![',
  '|',
  ':',
  '"',
  "'",
  '{{',
  '{{<',
  '{{%',
  '{%',
  '%}',
  '}}',
  '\n',
  '\n\n',
  '\r',
  '\r\n',
  '\t',
  '    ',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '🦀',
  'é',
  'e\u0301',
  ' ',
  // Bidi: embeddings and overrides, isolates, their closers, marks, RTL text.
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  'שלום',
  'مرحبا',
];

/** Any string, weighted towards dangerous fragments; may hold lone surrogates. */
export const hostileText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...TRICKY), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
      {
        // Any UTF-16 code unit, lone surrogates included.
        arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
        weight: 1,
      },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Characters a hand-typed or badly serialised URL may hold. */
const URL_TAIL = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '(',
        ')',
        '((',
        '))',
        '[',
        ']',
        ' ',
        '  ',
        '<',
        '>',
        '\\',
        '&',
        '&amp;',
        '&#35;',
        ';',
        '#',
        '?',
        '=',
        '%20',
        '%',
        '{',
        '{{',
        '{{%',
        '}',
        '"',
        "'",
        '`',
        '*',
        '_',
        '~',
        '\t',
        '\u0001',
        '\u007F',
        '\u00A0',
        '\u202E',
        '\u2067',
        '\u200F',
        'é',
        '🦀',
        'a',
        'b',
        '/',
        ':',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

/** http(s) URLs: well-formed ones and hand-made ones with parentheses, spaces, brackets. */
export const httpUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom('http://', 'https://', 'HTTPS://'), fc.domain(), URL_TAIL)
    .map(([scheme, host, tail]) => `${scheme}${host}/${tail}`)
    // Only what the model keeps: URLs that parse.
    .filter((url) => URL.canParse(url.trim())),
);

/** A run of balanced parentheses around text, up to `depth` levels deep. */
const balanced = (depth: number): fc.Arbitrary<string> =>
  depth === 0
    ? fc.constantFrom('', 'a', 'Unix', '_', '%28')
    : fc
        .tuple(fc.constantFrom('', 'x', '_'), balanced(depth - 1), fc.constantFrom('', 'y', '#'))
        .map(([before, inner, after]) => `${before}(${inner})${after}`);

/**
 * http(s) URLs rich in parentheses: Wikipedia-style balanced pairs, nesting
 * around the depth a parser stops reading plain (32), and unbalanced runs.
 */
export const parenthesisUrl = fc.oneof(
  fc
    .tuple(fc.domain(), fc.array(balanced(2), { minLength: 1, maxLength: 4 }), URL_TAIL)
    .map(([host, parts, tail]) => `https://${host}/wiki/${parts.join('_')}${tail}`),
  fc
    .tuple(fc.domain(), fc.integer({ min: 28, max: 36 }), fc.integer({ min: -1, max: 1 }))
    .map(
      ([host, depth, skew]) =>
        `https://${host}/${'('.repeat(depth)}a${')'.repeat(Math.max(0, depth + skew))}`,
    ),
);
