import type { SearchQuery } from '../core/search';
import { searchEntries } from '../db/entries';
import { t } from '../ui/i18n';
import { monthLabel } from '../ui/month-label';
import { useLiveQuery } from '../ui/use-live-query';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';
import { removeEntry } from './remove-entry';

/** Entries of every month matching the library search, newest first. */
interface SearchResultsProps {
  deps: OptionsDeps;
  query: SearchQuery;
  timeZone: string;
}

export function SearchResults({ deps, query, timeZone }: SearchResultsProps) {
  const key = JSON.stringify(query);
  const results = useLiveQuery(() => searchEntries(deps.db, query), [key]);
  if (!results) return <p aria-busy="true">{t('loading')}</p>;
  if (results.length === 0) return <p class="hint">{t('searchNothing')}</p>;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('searchResults', String(results.length))}</h2>
      <ul class="entries">
        {results.map((entry) => (
          <EntryItem
            key={entry.id}
            entry={entry}
            isNew={false}
            monthLabel={monthLabel(entry.month)}
            editorUrl={deps.editorUrl(entry.id)}
            onDelete={() => void removeEntry(deps, entry, timeZone)}
            onMoveUp={undefined}
            onMoveDown={undefined}
          />
        ))}
      </ul>
    </section>
  );
}
