import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_CLEAN_URL,
  articleTab,
  fakeCaptureDeps,
  fakeTab,
} from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { saveDraft } from '../db/drafts';
import { type CaptureForm, type LoadResult, loadCapture } from './load-capture';

const ACTIVE_TAB = { tabId: null, entryId: null };

afterEach(deleteTestDbs);

/** The form once the page has answered: the one shown first, refined by the page. */
async function formOf(result: LoadResult): Promise<CaptureForm> {
  if (!result.ok) throw new Error(`blocked: ${result.reason}`);
  return (await result.refined) ?? result.form;
}

describe('loadCapture: a new capture', () => {
  it('prefills title, clean URL, month and page metadata from the tab', async () => {
    const deps = fakeCaptureDeps();
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.existing).toBeUndefined();
    expect(form.restoredDraft).toBe(false);
    expect(form.initial).toEqual({
      title: 'Grafana v6.0 Released',
      url: ARTICLE_CLEAN_URL,
      note: '',
      tags: [],
      category: '',
      monthKey: '2019-03',
    });
    expect(form.pristine).toEqual(form.initial);
    expect(form.meta).toEqual({
      siteName: 'Grafana Labs',
      description: 'Explore, Loki and more.',
      lang: 'en',
    });
    expect(form.settings.timeZone).toBe('UTC');
  });

  it('captures the page behind view-source:, with the tab title', async () => {
    const deps = fakeCaptureDeps({
      tab: fakeTab('view-source:https://example.org/page?utm_source=x', {
        title: 'view-source:https://example.org/page',
        page: null,
      }),
    });
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.initial.url).toBe('https://example.org/page');
    expect(form.initial.title).toBe('example.org/page');
  });

  it('decides a first form from the tab alone, before the page answers', async () => {
    const tab = articleTab({ canonical: 'https://grafana.example/blog/grafana-6' });
    let answer: () => void = () => undefined;
    const page = new Promise<Awaited<typeof tab.page>>((resolve) => {
      answer = () => void tab.page.then(resolve);
    });
    const deps = fakeCaptureDeps({ tab: { ...tab, page } });
    const result = await loadCapture(deps, ACTIVE_TAB);
    if (!result.ok) throw new Error(result.reason);
    expect(result.form.initial).toMatchObject({
      title: 'Grafana v6.0 Released - Grafana Labs',
      url: ARTICLE_CLEAN_URL,
    });
    expect(result.form.meta).toEqual({});
    answer();
    expect((await result.refined)?.initial).toMatchObject({
      title: 'Grafana v6.0 Released',
      url: 'https://grafana.example/blog/grafana-6',
    });
  });

  it('has nothing to refine when the page cannot be read', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('https://example.org/a', { page: null }) });
    const result = await loadCapture(deps, ACTIVE_TAB);
    expect(result.ok && (await result.refined)).toBeNull();
  });

  it('asks for the tab it was opened on', async () => {
    const deps = fakeCaptureDeps();
    await loadCapture(deps, { tabId: 42, entryId: null });
    expect(deps.findTargetTab).toHaveBeenCalledWith(42);
  });

  it('removes tracking parameters and keeps the others', async () => {
    const deps = fakeCaptureDeps({
      tab: fakeTab('https://example.org/p?id=3&utm_source=x&gclid=y#intro', { title: 'P' }),
    });
    expect((await formOf(await loadCapture(deps, ACTIVE_TAB))).initial.url).toBe(
      'https://example.org/p?id=3#intro',
    );
  });

  it('quotes the selection in the note', async () => {
    const deps = fakeCaptureDeps({ tab: articleTab({ selection: 'Loki\nin the UI' }) });
    expect((await formOf(await loadCapture(deps, ACTIVE_TAB))).initial.note).toBe(
      '> Loki\n> in the UI',
    );
  });

  it('falls back to the tab title, then to host and path, when the page cannot be read', async () => {
    const titled = fakeCaptureDeps({
      tab: fakeTab('https://example.org/docs/intro/', { title: 'Intro', page: null }),
    });
    expect((await formOf(await loadCapture(titled, ACTIVE_TAB))).initial.title).toBe('Intro');
    const untitled = fakeCaptureDeps({
      tab: fakeTab('https://www.example.org/docs/intro/', { page: null }),
    });
    expect((await formOf(await loadCapture(untitled, ACTIVE_TAB))).initial.title).toBe(
      'example.org/docs/intro',
    );
  });

  it('puts the capture in the month of now in the author’s time zone', async () => {
    // 31 March 2019 23:30 in Paris is already April in UTC.
    const deps = fakeCaptureDeps({
      now: Date.UTC(2019, 2, 31, 21, 30),
      settings: { timeZone: 'Europe/Paris' },
    });
    expect((await formOf(await loadCapture(deps, ACTIVE_TAB))).initial.monthKey).toBe('2019-03');
  });
});

describe('loadCapture: pages it cannot capture', () => {
  it('blocks a browser page with its scheme', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('chrome://settings/', { title: 'Settings' }) });
    expect(await loadCapture(deps, ACTIVE_TAB)).toEqual({
      ok: false,
      reason: 'not-web-page',
      scheme: 'chrome:',
    });
  });

  it('blocks a tab whose address the browser hides', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('', { title: 'New Tab', page: null }) });
    expect(await loadCapture(deps, ACTIVE_TAB)).toEqual({ ok: false, reason: 'hidden-url' });
  });

  it('blocks when there is no tab', async () => {
    const deps = fakeCaptureDeps({ tab: null });
    expect(await loadCapture(deps, ACTIVE_TAB)).toEqual({ ok: false, reason: 'no-tab' });
  });

  it('blocks an address that is not a URL', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('not a url') });
    expect(await loadCapture(deps, ACTIVE_TAB)).toEqual({ ok: false, reason: 'invalid-url' });
  });

  it('writes nothing when blocked', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('file:///etc/passwd') });
    await loadCapture(deps, ACTIVE_TAB);
    expect(await deps.db.entries.count()).toBe(0);
    expect(await deps.db.drafts.count()).toBe(0);
  });
});

describe('loadCapture: a page already captured', () => {
  it('opens the stored entry in edit mode, whatever tracking the URL carries', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, {
      url: ARTICLE_CLEAN_URL,
      title: 'My own title',
      note: 'Explore arrives.',
      tags: ['grafana'],
      category: 'Data',
      monthKey: '2019-02',
      meta: { siteName: 'Stored' },
    });
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.existing?.id).toBe(stored.id);
    expect(form.initial).toEqual({
      title: 'My own title',
      url: ARTICLE_CLEAN_URL,
      note: 'Explore arrives.',
      tags: ['grafana'],
      category: 'Data',
      monthKey: '2019-02',
    });
    expect(form.pristine).toEqual(form.initial);
    expect(form.meta).toEqual({ siteName: 'Stored' });
  });

  it('appends a new selection to the stored note as a quote', async () => {
    const deps = fakeCaptureDeps({ tab: articleTab({ selection: 'Loki in the UI' }) });
    await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'Explore arrives.' });
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.initial.note).toBe('Explore arrives.\n\n> Loki in the UI');
    // Not stored yet: the author has to save it.
    expect(form.pristine.note).toBe('Explore arrives.');
  });

  it('does not quote the same selection twice', async () => {
    const deps = fakeCaptureDeps({ tab: articleTab({ selection: 'Loki in the UI' }) });
    await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'Explore.\n\n> Loki in the UI' });
    expect((await formOf(await loadCapture(deps, ACTIVE_TAB))).initial.note).toBe(
      'Explore.\n\n> Loki in the UI',
    );
  });

  it('treats a deleted entry’s URL as a new capture', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, title: 'Old' });
    await deps.writer.deleteEntry(stored.id);
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.existing).toBeUndefined();
    expect(form.initial.title).toBe('Grafana v6.0 Released');
  });
});

describe('loadCapture: ?entryId', () => {
  it('opens that entry without asking for a tab', async () => {
    const deps = fakeCaptureDeps({ tab: null });
    await seedEntry(deps.db, { url: 'https://example.org/other', title: 'Other' });
    const stored = await seedEntry(deps.db, { url: 'https://example.org/wanted', title: 'Wanted' });
    const form = await formOf(await loadCapture(deps, { tabId: null, entryId: stored.id }));
    expect(form.existing?.id).toBe(stored.id);
    expect(form.initial.title).toBe('Wanted');
    expect(deps.findTargetTab).not.toHaveBeenCalled();
  });

  it('says the entry is gone when it was deleted', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db);
    await deps.writer.deleteEntry(stored.id);
    expect(await loadCapture(deps, { tabId: null, entryId: stored.id })).toEqual({
      ok: false,
      reason: 'entry-gone',
    });
  });

  it('says the entry is gone when the id is unknown', async () => {
    const deps = fakeCaptureDeps();
    expect(await loadCapture(deps, { tabId: null, entryId: 'nope' })).toEqual({
      ok: false,
      reason: 'entry-gone',
    });
  });
});

describe('loadCapture: drafts', () => {
  const draft = {
    url: ARTICLE_CLEAN_URL,
    title: 'Typed title',
    note: 'Half-typed thought',
    tags: ['logs'],
    category: 'Ops',
    monthKey: '2019-02',
    updatedAt: 1,
  };

  it('restores an unsaved draft over the page prefill', async () => {
    const deps = fakeCaptureDeps();
    await saveDraft(deps.db, draft);
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.restoredDraft).toBe(true);
    expect(form.initial).toEqual({
      url: ARTICLE_CLEAN_URL,
      title: 'Typed title',
      note: 'Half-typed thought',
      tags: ['logs'],
      category: 'Ops',
      monthKey: '2019-02',
    });
    // What "Discard" goes back to: the prefill.
    expect(form.pristine.title).toBe('Grafana v6.0 Released');
    expect(form.pristine.note).toBe('');
  });

  it('restores a draft over a stored entry', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'Stored note' });
    await saveDraft(deps.db, draft);
    const form = await formOf(await loadCapture(deps, { tabId: null, entryId: stored.id }));
    expect(form.restoredDraft).toBe(true);
    expect(form.existing?.id).toBe(stored.id);
    expect(form.initial.note).toBe('Half-typed thought');
    expect(form.pristine.note).toBe('Stored note');
  });

  it('adds the selection the popup was opened with to a restored draft', async () => {
    const deps = fakeCaptureDeps({ tab: articleTab({ selection: 'Loki in the UI' }) });
    await saveDraft(deps.db, draft);
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.restoredDraft).toBe(true);
    expect(form.initial.note).toBe('Half-typed thought\n\n> Loki in the UI');
    expect(form.initial.tags).toEqual(['logs']);
  });

  it('adds the selection to a restored draft of a stored entry, once', async () => {
    const deps = fakeCaptureDeps({ tab: articleTab({ selection: 'Loki in the UI' }) });
    await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'Stored note' });
    await saveDraft(deps.db, { ...draft, note: 'Half-typed thought\n\n> Loki in the UI' });
    const form = await formOf(await loadCapture(deps, ACTIVE_TAB));
    expect(form.initial.note).toBe('Half-typed thought\n\n> Loki in the UI');
  });

  it('ignores a draft of another page', async () => {
    const deps = fakeCaptureDeps();
    await saveDraft(deps.db, { ...draft, url: 'https://example.org/elsewhere' });
    expect((await formOf(await loadCapture(deps, ACTIVE_TAB))).restoredDraft).toBe(false);
  });
});
