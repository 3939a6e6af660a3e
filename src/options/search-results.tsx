import type { SearchQuery } from '../core/search';
import { searchEntries } from '../db/entries';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { monthLabel } from '../ui/month-label';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';

/** Entries of every month matching the library search, newest first. */
interface SearchResultsProps {
  deps: OptionsDeps;
  query: SearchQuery;
}

export function SearchResults({ deps, query }: SearchResultsProps) {
  const key = JSON.stringify(query);
  const live = useLiveQuery(() => searchEntries(deps.db, query), [key]);
  const { failure, guard } = useWriteFailure();
  if (live.state !== 'ready') return <LiveStatus live={live} />;
  const results = live.value;
  if (results.length === 0) return <p class="hint">{t('searchNothing')}</p>;
  return (
    <section aria-labelledby="results-heading">
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
          />
        ))}
      </ul>
    </section>
  );
}
