import { describe, expect, it } from 'vitest';
import { emptySelection, selectedIn, toggleItem } from './selection';

const list = ['a', 'b', 'c', 'd', 'e'];

describe('a list selection', () => {
  it('toggles one item and makes it the anchor', () => {
    let state = toggleItem(emptySelection<string>(), 'b', list, false);
    expect(selectedIn(state, list)).toEqual(['b']);
    state = toggleItem(state, 'b', list, false);
    expect(selectedIn(state, list)).toEqual([]);
    expect(state.anchor).toBe('b');
  });

  it('selects a range with shift, either way, and clears one the same way', () => {
    let state = toggleItem(emptySelection<string>(), 'b', list, false);
    state = toggleItem(state, 'd', list, true);
    expect(selectedIn(state, list)).toEqual(['b', 'c', 'd']);
    // From the same anchor, upwards.
    state = toggleItem(state, 'a', list, true);
    expect(selectedIn(state, list)).toEqual(['a', 'b', 'c', 'd']);
    // A shift-click on a selected item clears the range to it.
    state = toggleItem(state, 'c', list, true);
    expect(selectedIn(state, list)).toEqual(['a', 'd']);
  });

  it('treats a shift-click without an anchor, or with one gone from the list, as a click', () => {
    expect(selectedIn(toggleItem(emptySelection<string>(), 'c', list, true), list)).toEqual(['c']);
    const state = toggleItem(emptySelection<string>(), 'z', [...list, 'z'], false);
    expect(selectedIn(toggleItem(state, 'e', list, true), list)).toEqual(['e']);
  });

  it('keeps only what is still listed, in the list’s order', () => {
    let state = toggleItem(emptySelection<string>(), 'd', list, false);
    state = toggleItem(state, 'a', list, false);
    expect(selectedIn(state, ['d', 'x', 'a'])).toEqual(['d', 'a']);
    expect(selectedIn(state, ['b'])).toEqual([]);
  });
});
