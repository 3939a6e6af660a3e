import { expect, it } from 'vitest';
import { moveItem } from './move';

it('moves an item up or down, never past the ends, without touching the input', () => {
  const items = ['a', 'b', 'c'];
  expect(moveItem(items, 2, -1)).toEqual(['a', 'c', 'b']);
  expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
  expect(moveItem(items, 0, -1)).toEqual(['a', 'b', 'c']);
  expect(moveItem(items, 2, 5)).toEqual(['a', 'b', 'c']);
  expect(moveItem(items, 7, 1)).toEqual(['a', 'b', 'c']);
  expect(items).toEqual(['a', 'b', 'c']);
});
