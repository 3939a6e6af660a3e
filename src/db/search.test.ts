import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, entryInput, testHotPath, testStore } from '../../test/helpers/db';
import { expectIndexInStep } from '../../test/helpers/search-index';
import { parseQuery } from '../core/search';
import type { VeilleDatabase } from './database';
import { countMonth, monthsWithEntries } from './entries';
import { searchEntries } from './search';
import { SearchCache } from './search-cache';

const opened: VeilleDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await expectIndexInStep(db);
  await deleteTestDbs();
});

const ids = async (db: VeilleDatabase, text: string, limit = 50) =>
  (await searchEntries(db, parseQuery(text), { limit })).entries.map((entry) => entry.title);

describe('the search index, kept by the options page’s writes (Dexie)', () => {
  it('finds by word, #tag, category:, month: and phrase, newest first, and follows edits and deletions', async () => {
    let now = 1_000;
    const { db, writer } = testStore(0);
    opened.push(db);
    const at = (time: number) => {
      now = time;
    };
    const w = {
      save: (input: Parameters<typeof entryInput>[0]) => {
        const store = testStore(now, db);
        return store.writer.saveEntry(entryInput(input));
      },
    };
    at(1_000);
    const loki = await w.save({
      url: 'https://grafana.com/loki',
      title: 'Loki, like Prometheus',
      tags: ['Logs'],
      category: 'Observabilité',
      monthKey: '2019-03',
    });
    at(2_000);
    await w.save({
      url: 'https://vector.dev/',
      title: 'Vector',
      note: 'Des journaux en Rust',
      tags: ['logs'],
      category: 'Data',
      monthKey: '2019-04',
    });
    at(3_000);
    await w.save({ url: 'https://k3s.io/', title: 'K3s', monthKey: '2020-01' });

    expect(await ids(db, 'loki')).toEqual(['Loki, like Prometheus']);
    expect(await ids(db, '#logs')).toEqual(['Vector', 'Loki, like Prometheus']);
    expect(await ids(db, 'category:obs')).toEqual(['Loki, like Prometheus']);
    expect(await ids(db, 'month:2019')).toEqual(['Vector', 'Loki, like Prometheus']);
    expect(await ids(db, 'month:2020-01')).toEqual(['K3s']);
    expect(await ids(db, '"journaux en rust"')).toEqual(['Vector']);
    expect(await ids(db, '"en journaux"')).toEqual([]);
    expect(await ids(db, 'vector.dev')).toEqual(['Vector']);
    // Two letters: a whole word only (`en`), never the start of a longer one.
    expect(await ids(db, 'en')).toEqual(['Vector']);
    expect(await ids(db, 'lo')).toEqual([]);
    expect(await ids(db, 'lok')).toEqual(['Loki, like Prometheus']);

    await writer.updateEntry(loki.entry.id, { title: 'Tempo', monthKey: '2019-05' });
    expect(await ids(db, 'loki')).toEqual([]);
    expect(await ids(db, 'tempo month:2019-05')).toEqual(['Tempo']);
    await writer.deleteEntry(loki.entry.id);
    expect(await ids(db, 'tempo')).toEqual([]);
    expect(await monthsWithEntries(db)).toEqual(['2020-01', '2019-04']);
    await writer.restoreEntry(loki.entry.id);
    expect(await ids(db, 'tempo')).toEqual(['Tempo']);
    expect(await monthsWithEntries(db)).toEqual(['2020-01', '2019-05', '2019-04']);
    expect(await countMonth(db, '2019-05')).toBe(1);
  });

  it('pages the results, newest first, and says when more match', async () => {
    const { db } = testStore(0);
    opened.push(db);
    for (let i = 0; i < 30; i++) {
      const { writer } = testStore(1_000 + i, db);
      await writer.saveEntry(
        entryInput({
          url: `https://example.org/${i}`,
          title: `Kubernetes ${i} ${i % 2 ? 'odd' : 'even'}`,
          note: i % 7 === 0 ? 'rust book' : 'book of rust',
        }),
      );
    }
    // Two entries captured in the same millisecond are both found.
    await testStore(1_029, db).writer.saveEntry(
      entryInput({ url: 'https://example.org/twin', title: 'Kubernetes twin odd' }),
    );
    const page = await searchEntries(db, parseQuery('kube'), { limit: 10 });
    expect(page.entries).toHaveLength(10);
    expect(
      page.entries
        .slice(0, 2)
        .map((e) => e.title)
        .sort(),
    ).toEqual(['Kubernetes 29 odd', 'Kubernetes twin odd']);
    expect(page.entries.slice(2).map((e) => e.capturedAt)).toEqual(
      Array.from({ length: 8 }, (_, i) => 1_028 - i),
    );
    expect(page.more).toBe(true);
    // The total comes from the index, the shared millisecond counted right.
    expect(page.total).toBe(31);
    const phrase = await searchEntries(db, parseQuery('"rust book"'), { limit: 2 });
    expect(phrase.entries.map((e) => e.title)).toEqual(['Kubernetes 28 even', 'Kubernetes 21 odd']);
    expect(phrase.more).toBe(true);
    // A phrase's total would take reading every candidate.
    expect(phrase.total).toBeUndefined();
    expect(await searchEntries(db, parseQuery('"rust book"'))).toMatchObject({
      more: false,
      total: 5,
    });
    expect((await searchEntries(db, parseQuery('"rust book"'))).entries).toHaveLength(5);
    const odd = await searchEntries(db, parseQuery('kube odd'), { limit: 100 });
    expect(odd.entries).toHaveLength(16);
    expect(odd.more).toBe(false);
    expect((await searchEntries(db, parseQuery('kube odd'), { limit: 3 })).total).toBe(16);
    // Of the two entries captured at 1,029, one has `twin`: one found, one counted.
    expect(await searchEntries(db, parseQuery('twin'), { limit: 1 })).toMatchObject({
      entries: [{ title: 'Kubernetes twin odd' }],
      more: false,
      total: 1,
    });
    expect(await searchEntries(db, parseQuery('even'), { limit: 1 })).toMatchObject({
      more: true,
      total: 15,
    });
    expect(await searchEntries(db, parseQuery('nothing'))).toEqual({
      entries: [],
      more: false,
      total: 0,
    });
  });

  it('reuses what the previous keystrokes read while the store is unchanged', async () => {
    const { db } = testStore(0);
    opened.push(db);
    for (const [i, title] of ['Kubernetes', 'Kubelet', 'Kube-proxy', 'Postgres'].entries()) {
      const { writer } = testStore(1_000 + i, db);
      await writer.saveEntry(entryInput({ url: `https://example.org/${i}`, title }));
    }
    const cache = new SearchCache();
    const typed = async (text: string) =>
      (await searchEntries(db, parseQuery(text), { cache })).entries.map((e) => e.title);
    expect(await typed('kub')).toEqual(['Kube-proxy', 'Kubelet', 'Kubernetes']);
    const postingReads = vi.spyOn(db.postings, 'where');
    const entryReads = vi.spyOn(db.entries, 'where');
    // `kub`'s postings hold `kube…`'s, and its entries were read: nothing is read again.
    expect(await typed('kube')).toEqual(['Kube-proxy', 'Kubelet', 'Kubernetes']);
    expect(await typed('kubel')).toEqual(['Kubelet']);
    expect(await typed('kubelet')).toEqual(['Kubelet']);
    expect(postingReads).not.toHaveBeenCalled();
    expect(entryReads).not.toHaveBeenCalled();
    // A write clears it: the next search reads the store again.
    const { writer } = testStore(2_000, db);
    await writer.saveEntry(entryInput({ url: 'https://example.org/new', title: 'Kubelet again' }));
    cache.clear();
    expect(await typed('kubelet')).toEqual(['Kubelet again', 'Kubelet']);
    expect(postingReads).toHaveBeenCalled();
  });

  it('keeps nothing a search read before the store changed', async () => {
    const { db, writer } = testStore(1_000);
    opened.push(db);
    await writer.saveEntry(entryInput({ title: 'Kubernetes' }));
    const cache = new SearchCache();
    const searching = searchEntries(db, parseQuery('kube'), { cache });
    cache.clear();
    await searching;
    expect(cache.postingsByProbe.size).toBe(0);
    expect(cache.entriesByTime.size).toBe(0);
  });

  it('stops a search superseded by a newer one', async () => {
    const { db, writer } = testStore(1_000);
    opened.push(db);
    await writer.saveEntry(entryInput({ title: 'Kubernetes' }));
    const controller = new AbortController();
    controller.abort();
    const error = await searchEntries(db, parseQuery('kube'), { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('the search index, kept by the popup’s and the worker’s writes (idb)', () => {
  it('indexes, moves and unindexes what the hot path writes, and counts its months', async () => {
    const { db, writer, store } = testHotPath(1_000);
    opened.push(db);
    const { entry } = await writer.saveEntry(
      entryInput({ title: 'Loki', tags: ['Logs'], monthKey: '2019-03' }),
    );
    // The same URL again updates the entry: still one row, one count.
    await writer.saveEntry(entryInput({ title: 'Loki 2', tags: ['Logs'], monthKey: '2019-03' }));
    expect(await ids(db, '#logs loki')).toEqual(['Loki 2']);
    expect(await store.countMonth('2019-03')).toBe(1);
    await writer.updateEntry(entry.id, { monthKey: '2019-04', note: 'Grafana' });
    expect(await ids(db, 'grafana month:2019-04')).toEqual(['Loki 2']);
    expect(await store.countMonth('2019-03')).toBe(0);
    expect(await monthsWithEntries(db)).toEqual(['2019-04']);
    await writer.deleteEntry(entry.id);
    expect(await ids(db, 'loki')).toEqual([]);
    expect(await monthsWithEntries(db)).toEqual([]);
    // A deleted URL captured again is revived, with a new capture time.
    await writer.saveEntry(entryInput({ title: 'Loki 3' }));
    expect(await ids(db, 'loki')).toEqual(['Loki 3']);
    await writer.purgeTombstones();
  });
});
