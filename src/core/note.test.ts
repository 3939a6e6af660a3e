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

  it('handles a 100,000-character selection quickly', () => {
    const text = 'a line of selected text\n'.repeat(5_000);
    const started = performance.now();
    expect(quoteSelection(text).split('\n')).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(200);
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

  it('stays fast on a 100,000-character note', () => {
    const note = '> a quoted line\n'.repeat(6_250);
    const started = performance.now();
    appendToNote(note, '> a quoted line\n> another');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
