import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendToNote, quoteSelection } from './note';

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
    expect(quoteSelection('\n\n  first\n\n\n\nsecond\n\n')).toBe('>   first\n>\n> second');
  });

  it('keeps leading indentation (code) and Markdown as selected', () => {
    expect(quoteSelection('  x = 1\n- item')).toBe('>   x = 1\n> - item');
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
