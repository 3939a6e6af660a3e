import type { Entry } from '../core/types';
import { deleteEntry } from '../db/entries';
import type { OptionsDeps } from './options-deps';

/** Deletes an entry from the library (a tombstone) and updates the toolbar count. */
export async function removeEntry(
  deps: OptionsDeps,
  entry: Entry,
  timeZone: string,
): Promise<void> {
  await deleteEntry(deps.db, entry.id, deps.now());
  void deps.refreshBadge(timeZone);
}
