import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawPageMetadata } from '../core/page-script';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { StoreChange } from '../db/changes';
import { VeilleDatabase } from '../db/database';
import { entriesOfMonth } from '../db/entries';
import { createWriter } from '../db/writer';
import { type ContextMenuDeps, handleContextMenuClick } from './context-menu';
import { MENU_LINK, MENU_PAGE, MENU_SELECTION } from './menu-ids';

const NOW = Date.parse('2019-03-12T18:04:00+01:00');

let db: VeilleDatabase;
let deps: ContextMenuDeps & {
  notifyFailure: ReturnType<typeof vi.fn>;
  openEditor: ReturnType<typeof vi.fn>;
};
let page: Partial<RawPageMetadata> | null;
let changes: StoreChange[];

beforeEach(() => {
  db = new VeilleDatabase(`test-${crypto.randomUUID()}`);
  page = null;
  changes = [];
  deps = {
    db,
    writer: createWriter(db, { now: () => NOW, announce: (change) => changes.push(change) }),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Paris' }),
    readPage: async () => page as RawPageMetadata | null,
    readLinkText: async () => 'The link text',
    openEditor: vi.fn(async () => {}),
    notifyFailure: vi.fn(async () => {}),
    now: () => NOW,
  };
});
afterEach(async () => {
  await db.delete();
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
    vi.spyOn(db.entries, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const outcome = await handleContextMenuClick(deps, { menuItemId: MENU_PAGE }, tab);
    expect(outcome).toEqual({ ok: false, reason: 'store-failed' });
    expect(await db.entries.count()).toBe(0);
    expect(deps.notifyFailure).toHaveBeenCalledWith('menuSaveFailed');
    expect(changes).toEqual([]);
  });
});
