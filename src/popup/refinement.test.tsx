// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_CLEAN_URL,
  articleTab,
  type FakeCaptureDeps,
  fakeCaptureDeps,
} from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import type { RawPageMetadata } from '../core/page-script';
import type { Entry } from '../core/types';
import { loadDraft } from '../db/drafts';
import { PopupApp } from './app';

// The popup paints its form from the tab's title and URL, then refines it
// when the page answers (load-capture.ts, refine-form.ts).

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const TAB_TITLE = 'Grafana v6.0 Released - Grafana Labs';
const CANONICAL = 'https://grafana.example/blog/grafana-6';

/** The article's tab, whose page answers only when `answer` is called. */
function slowPage(page: Partial<RawPageMetadata> | null = {}) {
  const tab = articleTab(page ?? {});
  let answer: (raw: RawPageMetadata | null) => void = () => undefined;
  const pending = new Promise<RawPageMetadata | null>((resolve) => {
    answer = resolve;
  });
  const deps = fakeCaptureDeps({ tab: { ...tab, page: pending } });
  return {
    deps,
    /** The page answers what `articleTab(page)` says, or nothing (null). */
    answer: async () => {
      answer(page === null ? null : await tab.page);
      await waitFor(() =>
        expect(document.querySelector('main[data-page="answered"]')).not.toBeNull(),
      );
    },
  };
}

/** Opens the popup; `pending`: its page's answer is held back (slowPage), so it is still awaited. */
async function open(deps: FakeCaptureDeps, pending = true) {
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
  await screen.findByRole('button', { name: 'Save' });
  if (pending) expect(document.querySelector('main[data-page="waiting"]')).not.toBeNull();
  return {
    title: screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement,
    url: screen.getByRole('textbox', { name: 'URL' }) as HTMLInputElement,
    note: screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement,
    category: screen.getByRole('combobox', { name: 'Category' }) as HTMLInputElement,
  };
}

const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  fireEvent.input(field, { target: { value } });

const live = async (deps: FakeCaptureDeps): Promise<Entry[]> =>
  deps.db.entries.filter((e) => e.deletedAt === null).toArray();

describe('the popup before the page answers', () => {
  it('shows the form from the tab, then the page’s own title, selection and metadata', async () => {
    const { deps, answer } = slowPage({ selection: 'Loki in the UI' });
    const f = await open(deps);
    expect(f.title.value).toBe(TAB_TITLE);
    expect(f.url.value).toBe(ARTICLE_CLEAN_URL);
    expect(f.note.value).toBe('');
    await answer();
    expect(f.title.value).toBe('Grafana v6.0 Released');
    expect(f.note.value).toBe('> Loki in the UI');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(await live(deps)).toMatchObject([
      { title: 'Grafana v6.0 Released', meta: { siteName: 'Grafana Labs' } },
    ]);
  });

  it('never overwrites a field the author edited, and puts the selection before their words', async () => {
    const { deps, answer } = slowPage({ selection: 'Loki in the UI', canonical: CANONICAL });
    const f = await open(deps);
    type(f.title, 'My title');
    type(f.note, 'Worth a look ');
    await answer();
    expect(f.title.value).toBe('My title');
    // Untouched, the URL takes the page's canonical address.
    expect(f.url.value).toBe(CANONICAL);
    expect(f.note.value).toBe('> Loki in the UI\n\nWorth a look ');
    // The draft stays under the address it was first written under.
    await waitFor(async () =>
      expect(await loadDraft(deps.db, ARTICLE_CLEAN_URL)).toMatchObject({
        title: 'My title',
        note: '> Loki in the UI\n\nWorth a look ',
      }),
    );
  });

  it('keeps a note whose prefilled part the author changed', async () => {
    const { deps, answer } = slowPage({ selection: 'Loki' });
    await seedEntry(deps.db, { url: ARTICLE_CLEAN_URL, note: 'Stored note' });
    const f = await open(deps);
    type(f.note, 'Rewritten');
    await answer();
    expect(f.note.value).toBe('Rewritten');
  });

  it('switches to the entry of an already captured canonical URL when nothing was typed', async () => {
    const { deps, answer } = slowPage({ canonical: CANONICAL });
    await seedEntry(deps.db, { url: CANONICAL, title: 'Stored title', tags: ['grafana'] });
    const f = await open(deps);
    expect(screen.getByRole('heading', { name: 'Add to veille' })).toBeTruthy();
    await answer();
    expect(screen.getByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    expect(f.title.value).toBe('Stored title');
    expect(f.url.value).toBe(CANONICAL);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('says so and keeps what was typed when the canonical URL is captured already; Save adds to it', async () => {
    const { deps, answer } = slowPage({ canonical: CANONICAL });
    await seedEntry(deps.db, {
      url: CANONICAL,
      title: 'Stored title',
      note: 'Stored note',
      tags: ['grafana'],
      category: 'Data',
    });
    const f = await open(deps);
    type(f.note, 'A second thought');
    await answer();
    expect(f.note.value).toBe('A second thought');
    expect(screen.getByRole('heading', { name: 'Add to veille' })).toBeTruthy();
    const notice = screen
      .getAllByRole('status')
      .find((s) => s.textContent?.includes('already in your veille'));
    expect(notice?.textContent).toContain('Save adds it to that entry');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Entry updated.')).toBeTruthy());
    expect(await live(deps)).toMatchObject([
      {
        url: CANONICAL,
        title: 'Stored title',
        note: 'Stored note\n\nA second thought',
        tags: ['grafana'],
        category: 'Data',
      },
    ]);
  });

  it('saves what is on screen when Save is pressed before the page answers', async () => {
    const { deps, answer } = slowPage();
    const f = await open(deps);
    type(f.category, 'Data');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    await answer();
    // The page's answer, after the save, changes neither the form nor the entry.
    expect(f.title.value).toBe(TAB_TITLE);
    expect(await live(deps)).toMatchObject([
      { url: ARTICLE_CLEAN_URL, title: TAB_TITLE, category: 'Data', meta: {} },
    ]);
  });

  it('keeps the form from the tab when the page cannot be read', async () => {
    const { deps, answer } = slowPage(null);
    const f = await open(deps);
    type(f.note, 'Typed');
    await answer();
    expect(f.title.value).toBe(TAB_TITLE);
    expect(f.note.value).toBe('Typed');
  });

  it('refines a restored draft only in the fields it left as the page had them', async () => {
    const first = slowPage({ canonical: CANONICAL });
    type((await open(first.deps)).note, 'Draft note');
    await waitFor(async () => expect(await first.deps.db.drafts.count()).toBe(1));
    cleanup();
    // Opened again on the same tab: the draft is found under the tab's address.
    const again = slowPage({ selection: 'Loki', canonical: CANONICAL });
    const deps = fakeCaptureDeps({ db: first.deps.db, tab: await tabOf(again.deps) });
    const f = await open(deps);
    expect(screen.getByText('Your unsaved changes were restored.')).toBeTruthy();
    expect(f.note.value).toBe('Draft note');
    await again.answer();
    expect(f.title.value).toBe('Grafana v6.0 Released');
    expect(f.url.value).toBe(CANONICAL);
    expect(f.note.value).toBe('> Loki\n\nDraft note');
  });
});

describe('the popup before the rest of its code has loaded', () => {
  it('saves when Save is pressed before that code arrives', async () => {
    const deps = fakeCaptureDeps();
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    const load = deps.deferred;
    deps.deferred = async () => {
      await arrived;
      return load();
    };
    const f = await open(deps, false);
    type(f.note, 'Quick');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    release();
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(await live(deps)).toMatchObject([{ note: 'Quick' }]);
  });

  it('says so, and keeps the text, when that code cannot load', async () => {
    const deps = fakeCaptureDeps();
    deps.deferred = () => Promise.reject(new Error('gone'));
    const f = await open(deps, false);
    type(f.note, 'Kept');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText(/Saving failed/)).toBeTruthy());
    expect(f.note.value).toBe('Kept');
    expect(await live(deps)).toHaveLength(0);
  });

  it('says a refused page could not be explained when that code cannot load', async () => {
    const deps = fakeCaptureDeps({ tab: null });
    deps.deferred = () => Promise.reject(new Error('gone'));
    render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
    expect((await screen.findByRole('alert')).textContent).toContain('could not be loaded');
  });
});

/** The tab a fake's findTargetTab gives, its page answer still pending. */
const tabOf = async (deps: FakeCaptureDeps) => {
  const tab = await deps.findTargetTab(null);
  if (!tab) throw new Error('no tab');
  return tab;
};
