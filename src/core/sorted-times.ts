/**
 * Lists of capture times, ascending, as the search index keeps them
 * (`Posting.docs`): what a search does with them, in memory.
 */

/** `times` (ascending) with each time once. */
export function uniqueSorted(times: ArrayLike<number>): Float64Array {
  const out = new Float64Array(times.length);
  let n = 0;
  for (let i = 0; i < times.length; i++) {
    const time = times[i] as number;
    if (n === 0 || out[n - 1] !== time) out[n++] = time;
  }
  return out.subarray(0, n);
}

/** Every time of the lists, in one ascending list (each list ascending; repeats kept). */
export function mergeAll(lists: readonly ArrayLike<number>[]): Float64Array {
  if (lists.length === 1) return Float64Array.from(lists[0] ?? []);
  const all = new Float64Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  // Lists in term order are often in time order too (the months of a year):
  // then one pass says so and no sort is needed.
  for (let i = 1; i < all.length; i++) {
    if ((all[i] as number) < (all[i - 1] as number)) return all.sort();
  }
  return all;
}

/** The times in both ascending lists, each once. */
export function intersect(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      if (n === 0 || out[n - 1] !== x) out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** The times an ascending list holds more than once, each once. */
export function repeatedTimes(sorted: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const time = sorted[i] as number;
    if (time === sorted[i - 1] && out[out.length - 1] !== time) out.push(time);
  }
  return Float64Array.from(out);
}

/** True when the ascending list holds `time` (a binary search). */
export function holdsTime(sorted: ArrayLike<number>, time: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === time) return true;
    if (found < time) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
