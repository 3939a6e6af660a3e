import type { Entry, EntryId } from '../core/types';
import { memo } from '../ui/memo';
import { monthLabel } from '../ui/month-label';
import { EntryItem } from './entry-item';

/** What every result can do, the same functions from one render to the next. */
export interface HitActions {
  remove(id: EntryId): void;
  toggle(id: EntryId, range: boolean): void;
}

interface SearchHitProps {
  entry: Entry;
  selected: boolean;
  editorUrl: string;
  actions: HitActions;
}

/**
 * One search result: rendered again only when its entry (a new object after
 * any write), its selection or its actions change, so that a keystroke
 * finding mostly the same entries renders only the new ones.
 */
export const SearchHit = memo(
  ({ entry, selected, editorUrl, actions }: SearchHitProps) => (
    <EntryItem
      entry={entry}
      isNew={false}
      monthLabel={monthLabel(entry.monthKey)}
      editorUrl={editorUrl}
      onDelete={() => actions.remove(entry.id)}
      onMoveUp={undefined}
      onMoveDown={undefined}
      selection={{ selected, onToggle: (range) => actions.toggle(entry.id, range) }}
    />
  ),
  (before, after) =>
    before.entry === after.entry &&
    before.selected === after.selected &&
    before.editorUrl === after.editorUrl &&
    before.actions === after.actions,
);
