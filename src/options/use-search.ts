import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SearchQuery } from '../core/search';
import type { VeilleDatabase } from '../db/database';
import { type SearchPage, searchEntries } from '../db/search';
import { SearchCache } from '../db/search-cache';
import { onAnyWrite } from '../db/store-writes';
import type { Live } from '../ui/use-live-query';

export interface SearchResult {
  /** The query this page answers (`JSON.stringify` of it). */
  key: string;
  page: SearchPage;
}

/**
 * The library's search cache (`SearchCache`), emptied by every write to the
 * store while it is in use: `given` when a view above keeps one (the library,
 * from one search to the next, even while the search box is empty between
 * two), else one of its own.
 */
export function useSearchCache(db: VeilleDatabase, given?: SearchCache): SearchCache {
  const cache = useMemo(() => given ?? new SearchCache(), [db, given]);
  useEffect(() => (given ? undefined : onAnyWrite(db, () => cache.clear())), [db, cache, given]);
  return cache;
}

/**
 * The library search's page for `query`, run again after every write to the
 * store (`cache` says when). The searches of one typing burst share what they
 * read through `cache`. Each query, each page size and
 * each write has its own run: a newer one stops the older, whose result is
 * never shown. A failed search says so; the next write tries again.
 */
export function useSearch(
  db: VeilleDatabase,
  cache: SearchCache,
  query: SearchQuery,
  key: string,
  limit: number,
): Live<SearchResult> {
  const [live, setLive] = useState<Live<SearchResult>>({ state: 'loading' });
  const [writes, setWrites] = useState(0);
  useEffect(() => cache.onClear(() => setWrites((count) => count + 1)), [cache]);
  // No search shown: what it read is not kept, but for the times entries share.
  useEffect(() => () => cache.forgetReads(), [cache]);
  // Another query or page size: never the previous one's result meanwhile
  // (set before the next paint). The same query after a write keeps its
  // result until the new one.
  useLayoutEffect(() => setLive({ state: 'loading' }), [key, limit]);
  useLayoutEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    searchEntries(db, query, { limit, signal, cache }).then(
      (page) => {
        if (!signal.aborted) setLive({ state: 'ready', value: { key, page } });
      },
      (error: unknown) => {
        if (!signal.aborted) setLive({ state: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [db, key, limit, writes]);
  return live;
}
