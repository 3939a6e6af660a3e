import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, testHotPath } from '../../test/helpers/db';
import { fillDisk } from '../../test/helpers/disk';
import type { PendingCapture } from '../core/capture-enrich';
import { EMPTY_PAGE, type RawPageMetadata } from '../core/page-script';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { StoreChange } from '../db/changes';
import type { VeilleDatabase } from '../db/database';
import { entriesOfMonth } from '../db/entries';
import {
  type ContextMenuDeps,
  finishPendingCaptures,
  handleContextMenuClick,
} from './context-menu';
import { MENU_LINK, MENU_PAGE, MENU_SELECTION } from './menu-ids';

const NOW = Date.parse('2019-03-12T18:04:00+01:00');

let db: VeilleDatabase;
let deps: ContextMenuDeps & {
  notifyFailure: ReturnType<typeof vi.fn>;
  openEditor: ReturnType<typeof vi.fn>;
};
let page: Partial<RawPageMetadata> | null;
let changes: StoreChange[];
let pending: Map<string, PendingCapture>;

beforeEach(() => {
  const hot = testHotPath(NOW);
  db = hot.db;
  changes = hot.changes;
  page = null;
  pending = new Map();
  deps = {
    store: hot.store,
    writer: hot.writer,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' }),
    readPage: async () => page as RawPageMetadata | null,
    readLinkText: async () => 'The link text',
    rememberPending: async (capture) => {
      pending.set(capture.entry.id, capture);
    },
    forgetPending: async (id) => {
      pending.delete(id);
    },
    openEditor: vi.fn(async () => {}),
    notifyFailure: vi.fn(async () => {}),
    now: () => NOW,
  };
});
afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDbs();
});

const tab = { id: 7, url: 'https://example.org/post?utm_source=x', title: 'Tab title' };

describe('handleContextMenuClick', () => {
  it('captures the page at once with the tab title where no script may run', async () => {
    const outcome = await handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    expect(outcome).toMatchObject({ ok: true, updated: false });
    const [entry] = await entriesOfMonth(db, '2019-03');
    expect(entry).toMatchObject({ url: 'https://example.org/post', title: 'Tab title', note: '' });
    expect(deps.openEditor).toHaveBeenCalledWith(entry?.id, 7);
    expect(changes).toEqual([{ entryIds: [entry?.id], monthKeys: [] }]);
  });

  it('captures a link with its own URL and text, not the page', async () => {
    await handleContextMenuClick(
      deps,
      { menuItemId: MENU_LINK, linkUrl: 'https://other.org/a?fbclid=1' },
      tab,
    );
    const [entry] = await entriesOfMonth(db, '2019-03');
    expect(entry).toMatchObject({ url: 'https://other.org/a', title: 'The link text' });
  });

  it('quotes the selection, and appends a second one to the same entry', async () => {
    await handleContextMenuClick(deps, { menuItemId: MENU_SELECTION, selectionText: 'First' }, tab);
    const second = await handleContextMenuClick(
      deps,
      { menuItemId: MENU_SELECTION, selectionText: 'Second' },
      tab,
    );
    expect(second).toMatchObject({ ok: true, updated: true });
    const entries = await entriesOfMonth(db, '2019-03');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.note).toBe('> First\n\n> Second');
  });

  it('keeps the author note when a page already captured is captured again', async () => {
    await deps.writer.saveEntry({
      url: 'https://example.org/post',
      title: 'T',
      note: 'Mine',
      tags: ['a'],
      category: 'C',
      monthKey: '2019-03',
      meta: {},
    });
    await handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    const [entry] = await entriesOfMonth(db, '2019-03');
    expect(entry).toMatchObject({ note: 'Mine', tags: ['a'], category: 'C' });
  });

  it('titles a source view with the page behind it, not with its view-source: address', async () => {
    const source = {
      id: 7,
      url: 'view-source:https://example.org/post',
      title: 'view-source:https://example.org/post',
    };
    await handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, source);
    const [entry] = await entriesOfMonth(db, '2019-03');
    expect(entry?.url).toBe('https://example.org/post');
    expect(entry?.title).not.toContain('view-source');
  });

  it('refuses a page that is not http(s), writes nothing and says so', async () => {
    const outcome = await handleContextMenuClick(
      deps,
      { menuItemId: MENU_PAGE },
      {
        id: 1,
        url: 'chrome://settings/',
      },
    );
    expect(outcome).toEqual({ ok: false, reason: 'not-web-page' });
    expect(await db.entries.count()).toBe(0);
    expect(deps.notifyFailure).toHaveBeenCalledWith('menuNotWebPage');
    expect(deps.openEditor).not.toHaveBeenCalled();
  });

  it('says so when the store fails, and writes nothing', async () => {
    fillDisk('add');
    const outcome = await handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    expect(outcome).toEqual({ ok: false, reason: 'store-failed' });
    expect(await db.entries.count()).toBe(0);
    expect(deps.notifyFailure).toHaveBeenCalledWith('menuSaveFailed');
    expect(changes).toEqual([]);
  });
});

describe('a capture written before the page answers', () => {
  const rawPage = (overrides: Partial<RawPageMetadata>): RawPageMetadata => ({
    ...EMPTY_PAGE,
    url: 'https://example.org/post',
    ...overrides,
  });

  /** The page answers only when the test says so; returns the way to answer. */
  function pageAnswersLater(): (page: RawPageMetadata | null) => void {
    let answer: (page: RawPageMetadata | null) => void = () => undefined;
    deps.readPage = () =>
      new Promise((resolve) => {
        answer = resolve;
      });
    return (page) => answer(page);
  }

  it('is in the store while the page has not answered yet', async () => {
    const answer = pageAnswersLater();
    const handled = handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    await vi.waitFor(async () =>
      expect(await entriesOfMonth(db, '2019-03')).toMatchObject([{ title: 'Tab title' }]),
    );
    expect([...pending.values()]).toMatchObject([{ created: true, tabId: 7 }]);
    answer(rawPage({ ogTitle: 'The page’s own title', siteName: 'Example' }));
    await handled;
    expect(await entriesOfMonth(db, '2019-03')).toMatchObject([
      { title: 'The page’s own title', meta: { siteName: 'Example' } },
    ]);
    expect(pending.size).toBe(0);
  });

  it('is finished when the worker wakes, if the worker stopped before', async () => {
    page = null;
    await handleContextMenuClick(
      deps,
      { menuItemId: MENU_SELECTION, selectionText: 'One two' },
      tab,
    );
    const [written] = await entriesOfMonth(db, '2019-03');
    if (!written) throw new Error('not written');
    // What a stopped worker left behind: written from the click, not enriched.
    const left: PendingCapture = {
      entry: written,
      created: true,
      source: { tabUrl: tab.url, tabTitle: tab.title, page: null, selectionText: 'One two' },
      tabId: 7,
      clickQuote: '> One two',
    };
    pending.set(written.id, left);
    page = rawPage({ title: 'Read at last', selection: 'One\n\ntwo' });
    await finishPendingCaptures(deps, async () => [...pending.values()]);
    expect(await entriesOfMonth(db, '2019-03')).toMatchObject([
      { title: 'Read at last', note: '> One\n>\n> two' },
    ]);
    expect(pending.size).toBe(0);
  });

  it('leaves what the author typed meanwhile', async () => {
    const answer = pageAnswersLater();
    const handled = handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    await vi.waitFor(() => expect(pending.size).toBe(1));
    const [written] = await entriesOfMonth(db, '2019-03');
    if (!written) throw new Error('not written');
    await deps.writer.updateEntry(written.id, { title: 'Typed by the author' }, written);
    answer(rawPage({ ogTitle: 'The page’s own title', description: 'Read later.' }));
    await handled;
    expect(await entriesOfMonth(db, '2019-03')).toMatchObject([{ title: 'Typed by the author' }]);
  });
});
