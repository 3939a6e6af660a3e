/**
 * A selection in a list, as file managers do it: a click toggles one item
 * and becomes the anchor; a shift-click sets every item from the anchor to
 * the clicked one to the clicked one's new state.
 */
export interface SelectionState<T> {
  selected: ReadonlySet<T>;
  /** The last item clicked without shift, where a range starts. */
  anchor: T | null;
}

export function emptySelection<T>(): SelectionState<T> {
  return { selected: new Set(), anchor: null };
}

/** The selection after a click on `item` of `order` (the list as shown); `range` for shift. */
export function toggleItem<T>(
  state: SelectionState<T>,
  item: T,
  order: readonly T[],
  range: boolean,
): SelectionState<T> {
  const selected = new Set(state.selected);
  const on = !selected.has(item);
  const from = range && state.anchor !== null ? order.indexOf(state.anchor) : -1;
  const to = order.indexOf(item);
  if (from === -1 || to === -1) {
    if (on) selected.add(item);
    else selected.delete(item);
    return { selected, anchor: item };
  }
  for (const each of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (on) selected.add(each);
    else selected.delete(each);
  }
  // A range keeps its anchor, so the next shift-click reshapes it from there.
  return { selected, anchor: state.anchor };
}

/** The selected items that are still in the list, in its order. */
export function selectedIn<T>(state: SelectionState<T>, order: readonly T[]): T[] {
  return order.filter((item) => state.selected.has(item));
}
