import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARTICLE_CLEAN_URL,
  type FakeCaptureDeps,
  fakeCaptureDeps,
  NOW,
} from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fillDisk } from '../../test/helpers/disk';
import type { CaptureValues } from '../core/capture-values';
import { MAX_TITLE_LENGTH } from '../core/title';
import { loadDraft, saveDraft } from '../db/drafts';
import { type CaptureForm, loadCapture } from './load-capture';
import { saveCapture } from './save-capture';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDbs();
});

async function load(deps: FakeCaptureDeps, entryId: string | null = null): Promise<CaptureForm> {
  const result = await loadCapture(deps, { tabId: null, entryId });
  if (!result.ok) throw new Error(`blocked: ${result.reason}`);
  // The form once the page has answered.
  return (await result.refined) ?? result.form;
}

function edited(form: CaptureForm, changes: Partial<CaptureValues>): CaptureValues {
  return { ...form.initial, ...changes };
}

describe('saveCapture: writing', () => {
  it('writes one entry with the form values, the page metadata and the time', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const values = edited(form, {
      note: 'Explore arrives.',
      tags: ['grafana'],
      category: ' Data ',
    });
    const outcome = await saveCapture(deps, form, values);
    expect(outcome).toMatchObject({ ok: true, updated: false });
    const all = await deps.db.entries.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      url: ARTICLE_CLEAN_URL,
      title: 'Grafana v6.0 Released',
      note: 'Explore arrives.',
      tags: ['grafana'],
      category: 'Data',
      monthKey: '2019-03',
      capturedAt: NOW,
      updatedAt: NOW,
      deletedAt: null,
      meta: { siteName: 'Grafana Labs', description: 'Explore, Loki and more.', lang: 'en' },
    });
    expect(deps.changes).not.toHaveLength(0);
  });

  it('updates the entry on a second save of the same URL, never duplicates it', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const first = await saveCapture(deps, form, edited(form, { note: 'one' }));
    // The same popup saving again, then a popup opened anew on the page.
    const second = await saveCapture(deps, form, edited(form, { note: 'two' }));
    const reopened = await load(deps);
    const third = await saveCapture(deps, reopened, edited(reopened, { note: 'three' }));
    expect(second).toMatchObject({ ok: true, updated: true });
    expect(third).toMatchObject({ ok: true, updated: true });
    if (!first.ok || !third.ok) throw new Error('not saved');
    expect(third.entry.id).toBe(first.entry.id);
    expect(await deps.db.entries.count()).toBe(1);
    expect((await deps.db.entries.get(first.entry.id))?.note).toBe('three');
  });

  it('cleans a URL typed into the form', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    await saveCapture(deps, form, edited(form, { url: '  https://example.org/x?utm_medium=a  ' }));
    expect((await deps.db.entries.toArray()).map((e) => e.url)).toEqual(['https://example.org/x']);
  });

  it('clears the draft once saved', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    await saveDraft(deps.db, { ...edited(form, { note: 'typed' }), updatedAt: 1 });
    await saveCapture(deps, form, edited(form, { note: 'typed' }));
    expect(await loadDraft(deps.db, ARTICLE_CLEAN_URL)).toBeUndefined();
  });

  it('updates the stored entry in edit mode', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'old' });
    const form = await load(deps, stored.id);
    const outcome = await saveCapture(
      deps,
      form,
      edited(form, { note: 'new', monthKey: '2019-02' }),
    );
    expect(outcome).toMatchObject({ ok: true, updated: true, entry: { id: stored.id } });
    expect(await deps.db.entries.get(stored.id)).toMatchObject({
      note: 'new',
      monthKey: '2019-02',
      capturedAt: stored.capturedAt,
      updatedAt: NOW,
    });
  });
});

describe('saveCapture: what it refuses', () => {
  it('refuses a URL that is not http(s) and writes nothing', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    for (const url of ['not a url', 'javascript:alert(1)', '']) {
      expect(await saveCapture(deps, form, edited(form, { url }))).toEqual({
        ok: false,
        failure: 'invalid-url',
      });
    }
    expect(await deps.db.entries.count()).toBe(0);
    expect(deps.changes).toEqual([]);
  });

  it('refuses a malformed month and writes nothing', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    expect(await saveCapture(deps, form, edited(form, { monthKey: '2019-13' }))).toEqual({
      ok: false,
      failure: 'invalid-month',
    });
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('says not-found when the edited entry was deleted meanwhile', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL });
    const form = await load(deps, stored.id);
    await deps.writer.deleteEntry(stored.id);
    expect(await saveCapture(deps, form, form.initial)).toEqual({
      ok: false,
      failure: 'not-found',
    });
  });

  it('says duplicate-url when an edit takes another entry’s URL', async () => {
    const deps = fakeCaptureDeps();
    await seedEntry(deps.db, { url: 'https://example.org/taken' });
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, title: 'Mine' });
    const form = await load(deps, stored.id);
    expect(
      await saveCapture(deps, form, edited(form, { url: 'https://example.org/taken' })),
    ).toEqual({ ok: false, failure: 'duplicate-url' });
    expect((await deps.db.entries.get(stored.id))?.url).toBe(ARTICLE_CLEAN_URL);
  });
});

describe('saveCapture: titles and notes', () => {
  it('gives an empty title the host and path', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const outcome = await saveCapture(deps, form, edited(form, { title: '  \n ' }));
    expect(outcome.ok && outcome.entry.title).toBe('grafana.example/blog/v6');
  });

  it('caps a 10,000-character title', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const outcome = await saveCapture(deps, form, edited(form, { title: 'x'.repeat(10_000) }));
    const stored = (await deps.db.entries.toArray())[0];
    expect(outcome.ok).toBe(true);
    expect(stored?.title.length).toBe(MAX_TITLE_LENGTH);
    expect(stored?.title.endsWith('…')).toBe(true);
  });

  it('keeps a 100,000-character note intact, Markdown and all', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const line = '> **quoted** `code` <b>html</b> émoji 🎉 \r\n';
    const note = line.repeat(Math.ceil(100_000 / line.length)).slice(0, 100_000);
    await saveCapture(deps, form, edited(form, { note }));
    const reopened = await load(deps);
    expect(reopened.initial.note).toBe(note);
    expect(reopened.initial.note.length).toBe(100_000);
  });
});

describe('saveCapture: a full disk', () => {
  it('says disk-full for a new entry, writes nothing and keeps the draft', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const values = edited(form, { note: 'precious' });
    await saveDraft(deps.db, { ...values, updatedAt: 1 });
    const add = fillDisk('add');
    expect(await saveCapture(deps, form, values)).toEqual({ ok: false, failure: 'disk-full' });
    expect(add).toHaveBeenCalled();
    add.mockRestore();
    expect(await deps.db.entries.count()).toBe(0);
    expect((await loadDraft(deps.db, ARTICLE_CLEAN_URL))?.note).toBe('precious');
    expect(deps.changes).toEqual([]);
  });

  it('says disk-full on an update, leaves the stored entry as it was and keeps the draft', async () => {
    const deps = fakeCaptureDeps();
    const stored = await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'old' });
    const form = await load(deps, stored.id);
    const values = edited(form, { note: 'new' });
    await saveDraft(deps.db, { ...values, updatedAt: 1 });
    fillDisk('put');
    expect(await saveCapture(deps, form, values)).toEqual({ ok: false, failure: 'disk-full' });
    vi.restoreAllMocks();
    expect(await deps.db.entries.get(stored.id)).toEqual(stored);
    expect((await loadDraft(deps.db, ARTICLE_CLEAN_URL))?.note).toBe('new');
  });

  it('saves once the disk has room again', async () => {
    const deps = fakeCaptureDeps();
    const form = await load(deps);
    const add = fillDisk('add', 1);
    expect(await saveCapture(deps, form, form.initial)).toMatchObject({ ok: false });
    expect(await saveCapture(deps, form, form.initial)).toMatchObject({ ok: true });
    expect(add).toHaveBeenCalledTimes(2);
    expect(await deps.db.entries.count()).toBe(1);
  });
});
