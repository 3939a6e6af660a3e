const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Alphabetical order for people, stable across case: code points break ties so the order is total. */
export function alphabetical(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
