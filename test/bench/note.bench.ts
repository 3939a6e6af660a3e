import { bench, describe } from 'vitest';
import { appendToNote, quoteSelection } from '../../src/core/note';

/** Notes and selections of 100,000 characters and more, the sizes `note.ts` is written for. */
const selection = 'a line of selected text\n'.repeat(5_000);
const blankRuns = `one${' \r\n'.repeat(200_000)}two`;
const spaces = ' '.repeat(100_000);
const longLine = `a${spaces}b${spaces}\n`;
const note = '> a quoted line\n'.repeat(6_250);
const nearMatches = '> foo bar\n'.repeat(10_000);

describe('quoteSelection', () => {
  bench('5,000 lines (120,000 characters)', () => {
    quoteSelection(selection);
  });
  bench('200,000 blank lines', () => {
    quoteSelection(blankRuns);
  });
  bench('a 200,000-character line', () => {
    quoteSelection(longLine);
  });
});

describe('appendToNote', () => {
  bench('100,000-character note, first line matching 6,250 times', () => {
    appendToNote(note, '> a quoted line\n> another');
  });
  bench('10,000 matches inside longer lines', () => {
    appendToNote(nearMatches, '> foo');
  });
});
