import { useState } from 'preact/hooks';
import { isEmptyQuery, parseQuery } from '../core/search';
import type { MonthKey, PublishedTo, Settings } from '../core/types';
import { t } from '../platform/i18n';
import { EntriesView } from './entries-view';
import { MonthPicker } from './month-picker';
import type { OptionsDeps } from './options-deps';
import { SearchResults } from './search-results';
import { useSearchCache } from './use-search';

interface LibraryViewProps {
  deps: OptionsDeps;
  settings: Settings;
  month: MonthKey;
  months: MonthKey[];
  published: Set<MonthKey> | undefined;
  places?: ReadonlyMap<MonthKey, PublishedTo>;
  onMonth(month: MonthKey): void;
}

/** The library: a month's entries by section, or a search across every month. */
export function LibraryView({
  deps,
  settings,
  month,
  months,
  published,
  places,
  onMonth,
}: LibraryViewProps) {
  const [text, setText] = useState('');
  const searchCache = useSearchCache(deps.db);
  const query = parseQuery(text);
  const searching = !isEmptyQuery(query);
  return (
    <>
      <div class="library-bar">
        <MonthPicker
          value={month}
          months={months}
          published={published}
          places={places}
          onChange={onMonth}
        />
        <div class="field inline grow">
          <label for="search">{t('search')}</label>
          <input
            id="search"
            type="search"
            placeholder={t('searchSyntax')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
      </div>
      {searching ? (
        <SearchResults deps={deps} query={query} cache={searchCache} />
      ) : (
        <EntriesView deps={deps} month={month} settings={settings} />
      )}
    </>
  );
}
