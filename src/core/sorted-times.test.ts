import { describe, expect, it } from 'vitest';
import { holdsTime, intersect, mergeAll, repeatedTimes, uniqueSorted } from './sorted-times';

const list = (...times: number[]) => Float64Array.from(times);

describe('lists of capture times', () => {
  it('keeps each time once', () => {
    expect([...uniqueSorted(list(1, 1, 2, 5, 5, 5, 9))]).toEqual([1, 2, 5, 9]);
    expect([...uniqueSorted(list())]).toEqual([]);
  });

  it('merges lists in order, sorting only when their ranges overlap', () => {
    expect([...mergeAll([list(1, 2), list(3, 4), list(7)])]).toEqual([1, 2, 3, 4, 7]);
    expect([...mergeAll([list(5, 9), list(1, 5), list(2)])]).toEqual([1, 2, 5, 5, 9]);
    expect([...mergeAll([list(3, 1 + 2)])]).toEqual([3, 3]);
    expect([...mergeAll([])]).toEqual([]);
  });

  it('does not change the list it was given alone', () => {
    const only = list(1, 2);
    const merged = mergeAll([only]);
    merged[0] = 7;
    expect([...only]).toEqual([1, 2]);
  });

  it('intersects ascending lists, each time once', () => {
    expect([...intersect(list(1, 3, 3, 5, 8), list(3, 3, 4, 5, 9))]).toEqual([3, 5]);
    expect([...intersect(list(1, 2), list())]).toEqual([]);
  });

  it('finds the times held twice or more', () => {
    expect([...repeatedTimes(list(1, 2, 2, 2, 3, 4, 4))]).toEqual([2, 4]);
    expect([...repeatedTimes(list(1, 2, 3))]).toEqual([]);
  });

  it('looks a time up', () => {
    const times = list(1, 4, 9, 16, 25);
    expect([0, 1, 4, 5, 25, 26].map((time) => holdsTime(times, time))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
