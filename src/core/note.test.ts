import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../test/helpers/post/arbitraries';
import { parseMarkdown, textOf } from '../../test/helpers/post/markdown';
import { appendToNote, quoteSelection } from './note';
import { isolateBidi } from './post/bidi';

describe('quoteSelection', () => {
  it('prefixes each line with "> "', () => {
    expect(quoteSelection('one\ntwo')).toBe('> one\n> two');
  });

  it('normalises CRLF and CR', () => {
    expect(quoteSelection('one\r\ntwo\rthree')).toBe('> one\n> two\n> three');
  });

  it('trims trailing whitespace and writes blank lines as a bare ">"', () => {
    expect(quoteSelection('para one  \n   \npara two\t')).toBe('> para one\n>\n> para two');
  });

  it('drops blank lines at both ends and collapses runs of them', () => {
    expect(quoteSelection('\n\n  first\n\n\n\nsecond\n\n')).toBe('> first\n>\n> second');
  });

  it('quotes page text as text: Markdown escaped, leading indentation dropped', () => {
    expect(quoteSelection('  x = 1\n- item\n    code')).toBe('> x = 1\n> \\- item\n> code');
  });

  it('is empty for an empty or blank selection', () => {
    expect(quoteSelection('')).toBe('');
    expect(quoteSelection(' \n\t\r\n')).toBe('');
  });

  it('yields only quote lines, without trailing spaces', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const quoted = quoteSelection(s);
        if (quoted === '') return;
        for (const line of quoted.split('\n')) {
          expect(line === '>' || line.startsWith('> ')).toBe(true);
          expect(line).toBe(line.trimEnd());
          expect(line).not.toContain('\r');
        }
      }),
    );
  });

  // Speed on long selections: `npm run bench` (test/bench/note.bench.ts).
  it('quotes a 120,000-character selection whole', () => {
    const text = 'a line of selected text\n'.repeat(5_000);
    expect(quoteSelection(text)).toBe(Array(5_000).fill('> a line of selected text').join('\n'));
  });

  it('handles the shapes that trip a naive quoting: long blank runs and long lines', () => {
    // 200,000 blank lines between two lines (one bare ">" between them), and a
    // line holding 100,000 spaces before its end (a `\s+$` regex backtracks).
    const blanks = `one${' \r\n'.repeat(200_000)}two`;
    expect(quoteSelection(blanks)).toBe('> one\n>\n> two');
    const spaces = ' '.repeat(100_000);
    expect(quoteSelection(`a${spaces}b${spaces}\n`)).toBe(`> a${spaces}b`);
  });
});

/** The selections that reached a post as HTML, links, images or site-generator code. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<https://tracker.example/x>',
  '![x](https://tracker.example/p.png)',
  '[x]: https://tracker.example/ref\n[x]',
  '{{< youtube id >}} {{% notice %}} {{ .Site.Title }} {% include x.html %}',
  '{:.class} {::nomarkdown}<b>x</b>{:/}',
  '`code` ``x`` ~~~\n```js\nalert(1)\n```',
  '*em* **strong** _u_ ~~del~~ \\* \\',
  '# h1\n## h2\n> quoted\n- item\n+ item\n* item\n1. one\n2) two',
  'Title\n===\nSub\n---\n***\n___',
  'a | b\n--- | ---\n| c | d |\n:-- | --:',
  'Term\n: definition',
  '[^1] and [^1]: note',
  '&amp; &#35; &#x3C;script&#x3E; &copy;',
  'line with a hard break\\\nnext',
  'see https://a.example/x and www.b.example',
  '- [ ] task',
  '<!-- comment --> <div>block</div>',
  '\u0000 \uD800 x',
  'evil \u202Etxt.exe\nnext \u2067line',
];

/** The characters the quote should read back as: each line trimmed, blank runs as one paragraph break. */
function expectedText(selection: string): string {
  const paragraphs: string[][] = [[]];
  for (const raw of selection.split(/\r\n?|\n/)) {
    const line = raw.trim();
    const current = paragraphs.at(-1) as string[];
    if (line === '') {
      if (current.length > 0) paragraphs.push([]);
      continue;
    }
    current.push(isolateBidi(line.replaceAll('\u0000', '\uFFFD').toWellFormed()));
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/** The quote read by a CommonMark parser: one blockquote of plain paragraphs, or a reason. */
function readQuote(quote: string): string {
  const root = parseMarkdown(quote);
  const [blockquote, ...rest] = root.children;
  if (blockquote?.type !== 'blockquote' || rest.length > 0) {
    throw new Error(`not one blockquote: ${JSON.stringify(root.children.map((n) => n.type))}`);
  }
  const kinds = new Set<string>();
  const walk = (node: Nodes) => {
    kinds.add(node.type);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const child of blockquote.children) walk(child);
  const foreign = [...kinds].filter((kind) => kind !== 'paragraph' && kind !== 'text');
  if (foreign.length > 0) throw new Error(`${foreign.join(', ')} in ${JSON.stringify(quote)}`);
  return blockquote.children.map(textOf).join('\n\n');
}

describe('quoteSelection quotes page text as text', () => {
  it.each(HOSTILE)('%j reads back as itself, in a blockquote of plain text', (selection) => {
    expect(readQuote(quoteSelection(selection))).toBe(expectedText(selection));
  });

  it('breaks site-generator delimiters in the Markdown itself, not only in what it renders', () => {
    const quote = quoteSelection(HOSTILE[7] ?? '');
    for (const delimiter of ['{{', '{%', '%}', '}}']) expect(quote).not.toContain(delimiter);
    // Every brace escaped: no kramdown `{:` attribute list or `{::` extension either.
    expect(quoteSelection('{:.x} {::comment}')).toBe('> \\{:.x\\} \\{::comment\\}');
  });

  it('leaves what the author types after it alone', () => {
    const note = appendToNote(quoteSelection('<b>page</b> `code'), 'My **own** `note`.');
    const root = parseMarkdown(note);
    expect(root.children.map((node) => node.type)).toEqual(['blockquote', 'paragraph']);
    const mine = root.children[1];
    expect(mine?.type === 'paragraph' && mine.children.map((n) => n.type)).toEqual([
      'text',
      'strong',
      'text',
      'inlineCode',
      'text',
    ]);
  });

  it('property: any selection reads back as its text, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        const quote = quoteSelection(s);
        if (quote === '') expect(expectedText(s)).toBe('');
        else expect(readQuote(quote)).toBe(expectedText(s));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('appendToNote', () => {
  it('joins with one blank line', () => {
    expect(appendToNote('My comment.', '> quote')).toBe('My comment.\n\n> quote');
  });

  it('does not pile up blank lines after the note', () => {
    expect(appendToNote('My comment.\n\n\n', '> quote')).toBe('My comment.\n\n> quote');
  });

  it('is the addition alone for an empty note', () => {
    expect(appendToNote('', '> quote')).toBe('> quote');
    expect(appendToNote('  \n', '> quote')).toBe('> quote');
  });

  it('leaves the note alone for an empty addition', () => {
    expect(appendToNote('note', '')).toBe('note');
    expect(appendToNote('note', ' \n ')).toBe('note');
  });

  it('does not add a quote the note already holds', () => {
    const note = 'Intro.\n\n> one\n> two\n\nMore.';
    expect(appendToNote(note, '> one\n> two')).toBe(note);
    expect(appendToNote('> one', '> one')).toBe('> one');
  });

  it('still matches when the note has CRLF line endings', () => {
    const note = 'Intro.\r\n\r\n> one\r\n> two';
    expect(appendToNote(note, '> one\n> two')).toBe(note);
  });

  it('adds a quote that is only a part of a line already there', () => {
    expect(appendToNote('> foo bar', '> foo')).toBe('> foo bar\n\n> foo');
    expect(appendToNote('> a foo', '> foo')).toBe('> a foo\n\n> foo');
  });

  it('adds a quote that only appears as a part of a longer line later', () => {
    expect(appendToNote('x > foo\n> foo bar', '> foo')).toBe('x > foo\n> foo bar\n\n> foo');
  });

  it('keeps the indentation of a code addition', () => {
    expect(appendToNote('note', '\n    code\n')).toBe('note\n\n    code');
  });

  it('is idempotent: appending the same quote twice adds it once', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (note, selection) => {
        const quote = quoteSelection(selection);
        const once = appendToNote(note, quote);
        expect(appendToNote(once, quote)).toBe(once);
      }),
    );
  });

  // Speed on long notes: `npm run bench` (test/bench/note.bench.ts).
  it('appends to a 100,000-character note holding many near matches', () => {
    const note = '> a quoted line\n'.repeat(6_250);
    // Its first line matches 6,250 times, the whole quote never.
    expect(appendToNote(note, '> a quoted line\n> another')).toBe(
      `${note.trimEnd()}\n\n> a quoted line\n> another`,
    );
    // Matches only inside longer lines, 10,000 times: still added.
    const inside = '> foo bar\n'.repeat(10_000);
    expect(appendToNote(inside, '> foo')).toBe(`${inside.trimEnd()}\n\n> foo`);
    // The quote as whole lines at the very end, after 100,000 characters.
    const last = `${'x'.repeat(100_000)}\n> one\n> two`;
    expect(appendToNote(last, '> one\n> two')).toBe(last);
  });
});
