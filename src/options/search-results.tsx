import type { SearchQuery } from '../core/search';
import { searchEntries } from '../db/entries';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { monthLabel } from '../ui/month-label';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { BulkBar } from './bulk-bar';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';
import { useSelection } from './use-selection';

/** Entries of every month matching the library search, newest first. */
interface SearchResultsProps {
  deps: OptionsDeps;
  query: SearchQuery;
}

export function SearchResults({ deps, query }: SearchResultsProps) {
  const key = JSON.stringify(query);
  const live = useLiveQuery(() => searchEntries(deps.db, query), [key]);
  const { failure, guard } = useWriteFailure();
  const selection = useSelection(live.state === 'ready' ? live.value.map((e) => e.id) : []);
  if (live.state !== 'ready') return <LiveStatus live={live} />;
  const results = live.value;
  // The bulk bar is the section's first child either way: a delete's Undo outlives emptied results.
  const bar = <BulkBar deps={deps} selection={selection} />;
  if (results.length === 0) {
    return (
      <section>
        {bar}
        <p class="hint">{t('searchNothing')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      {bar}
      <h2 id="results-heading">{t('searchResults', String(results.length))}</h2>
      <WriteFailure message={failure} />
      <ul class="entries">
        {results.map((entry) => (
          <EntryItem
            key={entry.id}
            entry={entry}
            isNew={false}
            monthLabel={monthLabel(entry.monthKey)}
            editorUrl={deps.editorUrl(entry.id)}
            onDelete={() => void guard(() => deps.writer.deleteEntry(entry.id))}
            onMoveUp={undefined}
            onMoveDown={undefined}
            selection={{
              selected: selection.isSelected(entry.id),
              onToggle: (range) => selection.toggle(entry.id, range),
            }}
          />
        ))}
      </ul>
    </section>
  );
}
