import { useState } from 'preact/hooks';
import { emptySelection, type SelectionState, selectedIn, toggleItem } from '../core/selection';
import type { EntryId } from '../core/types';

/** The library's selection of entries, over the entries listed now (in their order). */
export interface EntrySelection {
  /** The selected entries still listed, in list order. */
  ids: EntryId[];
  /** Every entry listed, in order. */
  listed: readonly EntryId[];
  isSelected(id: EntryId): boolean;
  /** A click on an entry's checkbox; `range` when shift was held. */
  toggle(id: EntryId, range: boolean): void;
  selectAll(): void;
  clear(): void;
}

export function useSelection(listed: readonly EntryId[]): EntrySelection {
  const [state, setState] = useState<SelectionState<EntryId>>(emptySelection);
  const ids = selectedIn(state, listed);
  const chosen = new Set(ids);
  return {
    ids,
    listed,
    isSelected: (id) => chosen.has(id),
    toggle: (id, range) => setState((current) => toggleItem(current, id, listed, range)),
    selectAll: () => setState({ selected: new Set(listed), anchor: null }),
    clear: () => setState(emptySelection),
  };
}
