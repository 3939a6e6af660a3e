import { describe, expect, it } from 'vitest';
import { indentContinuation, tidyBlock, tidyNote } from './blocks';

describe('author Markdown blocks', () => {
  it('trims blank edges, keeps the first line indentation, normalises line endings', () => {
    expect(tidyBlock('\r\n  \n    code\r\n\r\nend  \n\n')).toBe('    code\n\nend');
    expect(tidyNote('\n   Note.\r\nSuite. ')).toBe('Note.\nSuite.');
  });

  it('indents continuation lines, leaving blank lines empty', () => {
    expect(indentContinuation('a\n\nb\nc')).toBe('a\n\n  b\n  c');
    expect(indentContinuation('a\nb', 4)).toBe('a\n    b');
    expect(indentContinuation('one line')).toBe('one line');
  });
});
