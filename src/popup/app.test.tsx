// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARTICLE_CLEAN_URL,
  articleTab,
  type FakeCaptureDeps,
  fakeCaptureDeps,
  fakeTab,
  NOW,
} from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fillDisk } from '../../test/helpers/disk';
import { en } from '../../test/helpers/i18n';
import type { Entry } from '../core/types';
import { loadDraft, saveDraft } from '../db/drafts';
import { createWriter } from '../db/writer';
import { PopupApp } from './app';
import type { PopupParams } from './capture-deps';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await deleteTestDbs();
});

const ACTIVE_TAB: PopupParams = { tabId: null, entryId: null };

/** Renders the popup and waits until it shows the editor, refined by the page's answer. */
async function openPopup(deps: FakeCaptureDeps, params: PopupParams = ACTIVE_TAB) {
  render(<PopupApp deps={deps} params={params} />);
  await screen.findByRole('button', { name: 'Save' });
  await pageAnswered();
  return fields();
}

/** The page's answer applied (or none coming): the editor says so for the bench and tests. */
async function pageAnswered() {
  await waitFor(() => expect(document.querySelector('main[data-page="answered"]')).not.toBeNull());
}

/** Renders the popup and waits until it explains why it cannot capture. */
async function openBlockedPopup(deps: FakeCaptureDeps, params: PopupParams = ACTIVE_TAB) {
  render(<PopupApp deps={deps} params={params} />);
  return screen.findByRole('alert');
}

function fields() {
  return {
    title: screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement,
    url: screen.getByRole('textbox', { name: 'URL' }) as HTMLInputElement,
    note: screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement,
    tags: screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement,
    category: screen.getByRole('combobox', { name: 'Category' }) as HTMLInputElement,
    month: screen.getByRole('combobox', { name: 'Month' }) as HTMLSelectElement,
  };
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

function addTag(tags: HTMLInputElement, tag: string) {
  type(tags, tag);
  fireEvent.keyDown(tags, { key: 'Enter' });
}

async function liveEntries(deps: FakeCaptureDeps): Promise<Entry[]> {
  return deps.db.entries.filter((e) => e.deletedAt === null).toArray();
}

describe('PopupApp: a new capture', () => {
  it('says it is loading until the page is read', async () => {
    const deps = fakeCaptureDeps();
    render(<PopupApp deps={deps} params={ACTIVE_TAB} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows every field labelled and prefilled from the page', async () => {
    const f = await openPopup(fakeCaptureDeps());
    expect(screen.getByRole('heading', { name: 'Add to veille' })).toBeTruthy();
    expect(f.title.value).toBe('Grafana v6.0 Released');
    expect(f.url.value).toBe(ARTICLE_CLEAN_URL);
    expect(f.note.value).toBe('');
    expect(f.tags.value).toBe('');
    expect(f.category.value).toBe('');
    expect(f.month.value).toBe('2019-03');
    expect(
      within(f.month).getByRole('option', { name: 'March 2019', selected: true }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByText(/Already in your veille/)).toBeNull();
  });

  it('offers the last six months, this one and the next, then any other month', async () => {
    const f = await openPopup(fakeCaptureDeps());
    expect(
      within(f.month)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual([
      '2019-04',
      '2019-03',
      '2019-02',
      '2019-01',
      '2018-12',
      '2018-11',
      '2018-10',
      '2018-09',
      'other',
    ]);
  });

  it('files a capture into an older month chosen with "Other month…"', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    fireEvent.change(f.month, { target: { value: 'other' } });
    fireEvent.input(screen.getByLabelText('Other month'), { target: { value: '2016-11' } });
    expect(
      within(f.month).getByRole('option', { name: 'November 2016', selected: true }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(await liveEntries(deps)).toMatchObject([
      { url: ARTICLE_CLEAN_URL, monthKey: '2016-11' },
    ]);
  });

  it('focuses the note, with the caret at its end', async () => {
    // `autofocus` for browsers that honour it, and an explicit focus for those
    // (Firefox popups, happy-dom) that do not.
    const f = await openPopup(fakeCaptureDeps());
    expect(f.note.autofocus).toBe(true);
    expect(document.querySelectorAll('[autofocus]')).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(f.note));
    expect(f.note.selectionStart).toBe(f.note.value.length);
  });

  it('prefills the note with the selection as a quote', async () => {
    const f = await openPopup(fakeCaptureDeps({ tab: articleTab({ selection: 'Loki' }) }));
    expect(f.note.value).toBe('> Loki');
  });

  it('keeps what is typed as a draft at once', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    expect(await deps.db.drafts.count()).toBe(0);
    type(f.note, 'Half-typed thought');
    addTag(f.tags, 'logs');
    await waitFor(async () =>
      expect(await loadDraft(deps.db, ARTICLE_CLEAN_URL)).toMatchObject({
        note: 'Half-typed thought',
        tags: ['logs'],
        title: 'Grafana v6.0 Released',
        monthKey: '2019-03',
        updatedAt: NOW,
      }),
    );
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('saves with the Save button, says so, then closes', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    type(f.note, 'Explore arrives.');
    addTag(f.tags, 'grafana');
    type(f.category, 'Data');
    fireEvent.change(f.month, { target: { value: '2019-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    // "Saved." stays visible a moment before the popup closes itself.
    expect(deps.close).not.toHaveBeenCalled();
    await waitFor(() => expect(deps.close).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(await liveEntries(deps)).toMatchObject([
      {
        url: ARTICLE_CLEAN_URL,
        title: 'Grafana v6.0 Released',
        note: 'Explore arrives.',
        tags: ['grafana'],
        category: 'Data',
        monthKey: '2019-02',
      },
    ]);
    expect(await deps.db.drafts.count()).toBe(0);
    expect(deps.changes).not.toHaveLength(0);
  });

  it('saves with Ctrl+Enter in the note', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    type(f.note, 'Typed without a mouse.');
    fireEvent.keyDown(f.note, { key: 'Enter', ctrlKey: true });
    await waitFor(async () =>
      expect((await liveEntries(deps)).map((e) => e.note)).toEqual(['Typed without a mouse.']),
    );
    await waitFor(() => expect(deps.close).toHaveBeenCalled(), { timeout: 3000 });
  });

  it('saves with Cmd+Enter too, but not with a plain Enter in the note', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    // A plain Enter is a new line: not taken from the textarea, no save started.
    expect(fireEvent.keyDown(f.note, { key: 'Enter' })).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(false);
    expect(deps.changes).toEqual([]);
    fireEvent.keyDown(f.note, { key: 'Enter', metaKey: true });
    await waitFor(async () => expect(await deps.db.entries.count()).toBe(1));
  });

  it('saves a tag still being typed when Ctrl+Enter is pressed in the tag field', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    addTag(f.tags, 'security');
    type(f.tags, 'xss');
    fireEvent.keyDown(f.tags, { key: 'Enter', ctrlKey: true });
    await waitFor(async () =>
      expect((await liveEntries(deps)).map((e) => e.tags)).toEqual([['security', 'xss']]),
    );
  });

  it('closes on Escape without saving, keeping the draft', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    type(f.note, 'Not finished');
    fireEvent.keyDown(f.note, { key: 'Escape' });
    expect(deps.close).toHaveBeenCalledTimes(1);
    await waitFor(async () =>
      expect((await loadDraft(deps.db, ARTICLE_CLEAN_URL))?.note).toBe('Not finished'),
    );
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('refuses a typed URL that is not http(s), writes nothing and stays open', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    // A valid URL for the browser's own check of type=url, but not a web page.
    type(f.url, 'ftp://example.org/file');
    // The clock the popup would close by is fake: run it well past the delay
    // after which a saved popup closes itself.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await vi.waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(en('errorInvalidUrl')),
      );
      vi.advanceTimersByTime(10_000);
    } finally {
      vi.useRealTimers();
    }
    expect(deps.close).not.toHaveBeenCalled();
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('refuses a URL without scheme on Ctrl+Enter, which skips the browser’s own check', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    type(f.url, 'example.org/page');
    fireEvent.keyDown(f.note, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The URL must be a web address starting with http:// or https://. Nothing was saved.',
      ),
    );
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('says the disk is full, writes nothing, keeps the draft and lets the author retry', async () => {
    const deps = fakeCaptureDeps();
    const f = await openPopup(deps);
    type(f.note, 'precious');
    await waitFor(async () => expect(await loadDraft(deps.db, ARTICLE_CLEAN_URL)).toBeDefined());
    const add = fillDisk('add', 1);
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    fireEvent.click(save);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The disk is full: nothing was saved. Free some space and save again; your text is kept.',
      ),
    );
    expect(add).toHaveBeenCalledTimes(1);
    expect(await deps.db.entries.count()).toBe(0);
    expect((await loadDraft(deps.db, ARTICLE_CLEAN_URL))?.note).toBe('precious');
    expect(f.note.value).toBe('precious');
    expect(deps.close).not.toHaveBeenCalled();

    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect((await liveEntries(deps)).map((e) => e.note)).toEqual(['precious']);
  });
});

describe('PopupApp: restored drafts', () => {
  it('restores the draft and can discard it', async () => {
    const deps = fakeCaptureDeps();
    await saveDraft(deps.db, {
      url: ARTICLE_CLEAN_URL,
      title: 'Typed title',
      note: 'Half-typed thought',
      tags: ['logs'],
      category: 'Ops',
      monthKey: '2019-02',
      updatedAt: 1,
    });
    const f = await openPopup(deps);
    // The editor keeps the restored values as the draft again once on screen.
    await waitFor(async () =>
      expect((await loadDraft(deps.db, ARTICLE_CLEAN_URL))?.updatedAt).toBe(NOW),
    );
    expect(screen.getByText('Your unsaved changes were restored.')).toBeTruthy();
    expect(f.title.value).toBe('Typed title');
    expect(f.note.value).toBe('Half-typed thought');
    expect(screen.getByRole('button', { name: 'Remove tag logs' })).toBeTruthy();
    expect(f.category.value).toBe('Ops');
    expect(f.month.value).toBe('2019-02');

    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    await waitFor(() => expect(f.note.value).toBe(''));
    expect(f.title.value).toBe('Grafana v6.0 Released');
    expect(screen.queryByRole('button', { name: 'Remove tag logs' })).toBeNull();
    expect(screen.queryByText('Your unsaved changes were restored.')).toBeNull();
    await waitFor(async () => expect(await deps.db.drafts.count()).toBe(0));
  });
});

describe('PopupApp: edit mode', () => {
  async function openStored(deps: FakeCaptureDeps, params: PopupParams = ACTIVE_TAB) {
    const stored = await seedEntry(deps.db, {
      url: ARTICLE_CLEAN_URL,
      title: 'Grafana v6.0 Released',
      note: 'Explore arrives.',
      tags: ['grafana'],
      category: 'Data',
      monthKey: '2019-03',
    });
    const f = await openPopup(
      deps,
      params.entryId === 'stored' ? { ...params, entryId: stored.id } : params,
    );
    return { stored, f };
  }

  it('shows the stored values and when it was captured', async () => {
    const { f } = await openStored(fakeCaptureDeps());
    expect(screen.getByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    expect(
      screen.getByText(/^Already in your veille: captured on .+, for March 2019\.$/),
    ).toBeTruthy();
    expect(f.note.value).toBe('Explore arrives.');
    expect(f.category.value).toBe('Data');
    expect(screen.getByRole('button', { name: 'Remove tag grafana' })).toBeTruthy();
  });

  it('opens the entry given by ?entryId', async () => {
    const deps = fakeCaptureDeps({ tab: null });
    const { f } = await openStored(deps, { tabId: null, entryId: 'stored' });
    expect(f.note.value).toBe('Explore arrives.');
  });

  it('saves changes into the same entry', async () => {
    const deps = fakeCaptureDeps();
    const { stored, f } = await openStored(deps);
    type(f.note, 'Updated note.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry updated.'));
    expect(await liveEntries(deps)).toMatchObject([{ id: stored.id, note: 'Updated note.' }]);
  });

  it('deletes to a tombstone, offers Undo, and Undo restores the entry', async () => {
    const deps = fakeCaptureDeps();
    const { stored } = await openStored(deps);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));

    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Entry deleted.');
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(await deps.db.entries.get(stored.id)).toMatchObject({ deletedAt: NOW, updatedAt: NOW });
    expect(deps.changes).not.toHaveLength(0);
    expect(deps.close).not.toHaveBeenCalled();

    fireEvent.click(undo);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(await deps.db.entries.get(stored.id)).toMatchObject({
      deletedAt: null,
      note: 'Explore arrives.',
    });
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });
});

describe('PopupApp: pages it cannot capture', () => {
  const cases: [string, Parameters<typeof fakeCaptureDeps>[0], PopupParams, string][] = [
    [
      'a chrome:// page',
      { tab: fakeTab('chrome://settings/', { title: 'Settings', page: null }) },
      ACTIVE_TAB,
      'Veille captures web pages only (http or https). This page is a “chrome” page, which cannot be shared as a link.',
    ],
    ['a hidden address', { tab: fakeTab('', { page: null }) }, ACTIVE_TAB, en('blockedHiddenUrl')],
    ['no tab', { tab: null }, ACTIVE_TAB, en('blockedNoTab')],
    ['a deleted entry', {}, { tabId: null, entryId: 'gone' }, en('blockedEntryGone')],
  ];

  for (const [what, options, params, message] of cases) {
    it(`explains ${what} in an alert, with no form`, async () => {
      const deps = fakeCaptureDeps(options);
      const alert = await openBlockedPopup(deps, params);
      expect(alert.textContent).toBe(message);
      expect(screen.getByText('Nothing was saved.')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(await deps.db.entries.count()).toBe(0);
    });
  }

  it('says the page could not be read when reading it throws', async () => {
    const deps = fakeCaptureDeps();
    deps.findTargetTab.mockRejectedValue(new Error('tab closed'));
    const alert = await openBlockedPopup(deps);
    expect(alert.textContent).toBe(en('blockedNoTab'));
  });
});

describe('PopupApp: a hostile page', () => {
  const HOSTILE =
    '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold*';

  function noInjectedElements() {
    expect(document.querySelectorAll('script, img, iframe, object, embed, a')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
  }

  it('shows a hostile title as plain text in the Title field', async () => {
    const deps = fakeCaptureDeps({
      tab: fakeTab('https://evil.example/', { title: HOSTILE, page: { ogTitle: HOSTILE } }),
    });
    const f = await openPopup(deps);
    expect(f.title.value).toBe(HOSTILE);
    expect(document.body.innerHTML).not.toContain('<script');
    noInjectedElements();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect((await liveEntries(deps)).map((e) => e.title)).toEqual([HOSTILE]);
    noInjectedElements();
  });

  it('shows a stored hostile title, tags and category as text in edit mode', async () => {
    const deps = fakeCaptureDeps({ tab: fakeTab('https://evil.example/') });
    await seedEntry(deps.db, {
      url: 'https://evil.example/',
      title: HOSTILE,
      tags: ['<script>x</script>'],
      category: '<img src=x onerror=alert(1)>',
    });
    const f = await openPopup(deps);
    expect(f.title.value).toBe(HOSTILE);
    expect(f.category.value).toBe('<img src=x onerror=alert(1)>');
    const chips = screen.getByRole('list', { name: 'Chosen tags' });
    expect(within(chips).getByText('<script>x</script>').tagName).toBe('SPAN');
    expect(screen.getByRole('button', { name: 'Remove tag <script>x</script>' })).toBeTruthy();
    noInjectedElements();
  });
});

describe('PopupApp: tag suggestions and Escape', () => {
  it('closes the suggestion list on the first Escape and the popup on the second', async () => {
    const deps = fakeCaptureDeps();
    await seedEntry(deps.db, { url: 'https://example.org/k8s', tags: ['kubernetes'] });
    const f = await openPopup(deps);
    fireEvent.focus(f.tags);
    type(f.tags, 'kub');
    await screen.findByRole('option', { name: 'kubernetes' });

    fireEvent.keyDown(f.tags, { key: 'Escape' });
    expect(screen.queryByRole('listbox', { name: 'Tag suggestions' })).toBeNull();
    expect(deps.close).not.toHaveBeenCalled();

    fireEvent.keyDown(f.tags, { key: 'Escape' });
    expect(deps.close).toHaveBeenCalledTimes(1);
  });
});

describe('PopupApp: category suggestion from past tags', () => {
  async function openWithHistory(deps: FakeCaptureDeps) {
    await seedEntry(deps.db, {
      url: 'https://example.org/1',
      tags: ['kubernetes', 'helm'],
      category: 'Conteneurs',
    });
    await seedEntry(deps.db, {
      url: 'https://example.org/2',
      tags: ['Kubernetes'],
      category: 'Conteneurs',
    });
    await seedEntry(deps.db, {
      url: 'https://example.org/3',
      tags: ['rust'],
      category: 'Langages',
    });
    const f = await openPopup(deps);
    // Suggestions load after the form is shown; the datalist shows when they are in.
    await waitFor(() =>
      expect(document.querySelector('#categories option[value="Conteneurs"]')).not.toBeNull(),
    );
    return f;
  }

  it('fills Category from the tag when the author has not typed one', async () => {
    const deps = fakeCaptureDeps();
    const f = await openWithHistory(deps);
    addTag(f.tags, 'kubernetes');
    expect(f.category.value).toBe('Conteneurs');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await liveEntries(deps)).find((e) => e.url === ARTICLE_CLEAN_URL)?.category).toBe(
        'Conteneurs',
      ),
    );
  });

  it('does not overwrite a category the author typed', async () => {
    const f = await openWithHistory(fakeCaptureDeps());
    type(f.category, 'Ops');
    addTag(f.tags, 'kubernetes');
    expect(f.category.value).toBe('Ops');
  });

  it('does not overwrite a category the author typed and then cleared', async () => {
    const f = await openWithHistory(fakeCaptureDeps());
    type(f.category, 'Ops');
    type(f.category, '');
    addTag(f.tags, 'kubernetes');
    expect(f.category.value).toBe('');
  });

  it('does not overwrite the category of a stored entry', async () => {
    const deps = fakeCaptureDeps();
    await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, tags: [], category: 'Data' });
    const f = await openWithHistory(deps);
    addTag(f.tags, 'kubernetes');
    expect(f.category.value).toBe('Data');
  });

  it('leaves Category empty for a tag never used before', async () => {
    const f = await openWithHistory(fakeCaptureDeps());
    addTag(f.tags, 'grafana');
    expect(f.category.value).toBe('');
  });
});

describe('PopupApp: the way to the library', () => {
  it('opens the library and export from the capture form and from a blocked page', async () => {
    const deps = fakeCaptureDeps();
    await openPopup(deps);
    fireEvent.click(screen.getByRole('button', { name: 'Library & export' }));
    expect(deps.openLibrary).toHaveBeenCalledTimes(1);
    cleanup();

    const blocked = fakeCaptureDeps({ tab: fakeTab('chrome://settings/', { page: null }) });
    await openBlockedPopup(blocked);
    fireEvent.click(screen.getByRole('button', { name: 'Library & export' }));
    expect(blocked.openLibrary).toHaveBeenCalledTimes(1);
  });
});

describe('PopupApp: a month already published', () => {
  it('marks published months and says the entry will be flagged as new', async () => {
    const deps = fakeCaptureDeps();
    // Published in the options page (Dexie's door), seen by the popup's (idb).
    await createWriter(deps.db, { now: () => NOW }).markPublished('2019-03', []);
    const { month } = await openPopup(deps);
    await screen.findByText(/already published/);
    const selected = month.options[month.selectedIndex];
    expect(selected?.textContent).toBe('March 2019 (published)');
  });
});
