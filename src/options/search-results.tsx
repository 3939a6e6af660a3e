import { useMemo, useRef, useState } from 'preact/hooks';
import type { SearchQuery } from '../core/search';
import type { SearchCache } from '../db/search-cache';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { BulkBar } from './bulk-bar';
import type { OptionsDeps } from './options-deps';
import { type HitActions, SearchHit } from './search-hit';
import { type SearchResult, useSearch, useSearchCache } from './use-search';
import { useSelection } from './use-selection';

/** Results painted at a time; "Show more" adds as many. */
export const SEARCH_PAGE = 50;

/** Entries of every month matching the library search, newest first. */
interface SearchResultsProps {
  deps: OptionsDeps;
  query: SearchQuery;
  /** What earlier searches read, kept by the library (else the results keep their own). */
  cache?: SearchCache;
}

export function SearchResults({ deps, query, cache }: SearchResultsProps) {
  const key = JSON.stringify(query);
  const [shown, setShown] = useState({ key, limit: SEARCH_PAGE });
  const limit = shown.key === key ? shown.limit : SEARCH_PAGE;
  // A newer keystroke stops the older search, whose result is never shown.
  const live = useSearch(deps.db, useSearchCache(deps.db, cache), query, key, limit);
  // While more of the same query loads, its first results stay (and the
  // button keeps the focus). While another query loads, the previous list
  // stays painted but inert, under "Loading…", so that the next results
  // reuse its items instead of rebuilding the list at every keystroke; its
  // count, selection and Show more are never shown for the new query.
  const last = useRef<SearchResult | undefined>(undefined);
  if (live.state === 'ready') last.current = live.value;
  const result = live.state === 'ready' ? live.value : last.current;
  const { failure, guard } = useWriteFailure();
  const stale = !!result && result.key !== key;
  const ids = result && !stale ? result.page.entries.map((e) => e.id) : [];
  const selection = useSelection(ids);
  // The results' actions stay the same functions, calling the latest
  // selection and guard: an unchanged result is not rendered again.
  const latest = useRef({ selection, guard });
  latest.current = { selection, guard };
  const actions = useMemo<HitActions>(
    () => ({
      remove: (id) => void latest.current.guard(() => deps.writer.deleteEntry(id)),
      toggle: (id, range) => latest.current.selection.toggle(id, range),
    }),
    [deps],
  );
  if (live.state === 'failed' || !result || (stale && result.page.entries.length === 0)) {
    return <LiveStatus live={live} />;
  }
  const { entries, more, total } = result.page;
  // The bulk bar is the section's first child either way: a delete's Undo outlives emptied results.
  const bar = <BulkBar deps={deps} selection={selection} />;
  if (entries.length === 0) {
    return (
      <section>
        {bar}
        <p class="hint">{t('searchNothing')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="results-heading" aria-busy={live.state === 'loading'}>
      {bar}
      <h2 id="results-heading">
        {stale
          ? t('loading')
          : total === undefined
            ? t('searchFoundAtLeast', String(entries.length))
            : t('searchResults', String(total))}
      </h2>
      <WriteFailure message={failure} />
      <ul class="entries" inert={stale}>
        {entries.map((entry) => (
          <SearchHit
            key={entry.id}
            entry={entry}
            selected={selection.isSelected(entry.id)}
            editorUrl={deps.editorUrl(entry.id)}
            actions={actions}
          />
        ))}
      </ul>
      {more && !stale && (
        <button
          type="button"
          aria-disabled={live.state === 'loading'}
          onClick={() => {
            if (live.state !== 'loading') setShown({ key, limit: limit + SEARCH_PAGE });
          }}
        >
          {t('searchShowMore')}
        </button>
      )}
    </section>
  );
}
