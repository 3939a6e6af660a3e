import { rankCategories } from '../core/suggest';
import { rankTags } from '../core/tags';
import type { VeilleDatabase } from '../db/database';
import { recentEntries } from '../db/entries';
import { useLiveQuery, valueOr } from '../ui/use-live-query';

/**
 * The bulk bar's category and tag suggestions, from the latest captures (as
 * in the popup: a rename shows at once). Shown only while entries are
 * selected, when the fields that use them are: a month or a search listed
 * without a selection reads none of those captures.
 */
export function BulkSuggestions({ db }: { db: VeilleDatabase }) {
  const recent = valueOr(
    useLiveQuery(() => recentEntries(db), []),
    [],
  );
  return (
    <>
      <datalist id="bulk-categories">
        {rankCategories(recent).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="bulk-tags">
        {rankTags(recent).map(({ tag: name }) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
