// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOW, TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fillDisk } from '../../test/helpers/disk';
import { type FakeOptionsDeps, fakeOptionsDeps } from '../../test/helpers/options-deps';
import { parseQuery, type SearchQuery } from '../core/search';
import { EntriesView } from './entries-view';
import { SearchResults } from './search-results';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await deleteTestDbs();
});

const day = (d: number) => Date.UTC(2019, 2, d);

/** Five entries of March, listed One…Five (one section, capture order). */
async function library(): Promise<FakeOptionsDeps> {
  const deps = fakeOptionsDeps();
  const names = ['One', 'Two', 'Three', 'Four', 'Five'];
  for (const [i, title] of names.entries()) {
    await seedEntry(
      deps.db,
      { url: `https://example.org/${i}`, title, tags: ['docker'], category: 'Cloud' },
      day(i + 1),
    );
  }
  render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await screen.findByRole('heading', { name: 'Entries: 5' });
  return deps;
}

/** The checkbox of the entry titled `title`. */
const box = (title: string) =>
  within(screen.getByRole('link', { name: title }).closest('li') as HTMLElement).getByRole(
    'checkbox',
    { name: 'Select' },
  ) as HTMLInputElement;

const checked = () => ['One', 'Two', 'Three', 'Four', 'Five'].filter((title) => box(title).checked);

async function stored(deps: FakeOptionsDeps, title: string) {
  return (await deps.db.entries.toArray()).find((entry) => entry.title === title);
}

describe('selecting entries in the library', () => {
  it('has a Select checkbox per entry, described by its title, and counts the selection', async () => {
    await library();
    expect(screen.getAllByRole('checkbox', { name: 'Select' })).toHaveLength(5);
    const first = box('One');
    expect(document.getElementById(first.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'One',
    );
    expect(screen.getByText('Selected: 0')).toBeTruthy();
    // No bulk action before something is selected.
    expect(screen.queryByRole('button', { name: 'Set category' })).toBeNull();
    fireEvent.click(first);
    await screen.findByText('Selected: 1');
    expect(screen.getByRole('button', { name: 'Set category' })).toBeTruthy();
  });

  it('selects a range with shift-click, either way, and everything with Select all', async () => {
    await library();
    fireEvent.click(box('Two'));
    fireEvent.click(box('Four'), { shiftKey: true });
    await waitFor(() => expect(checked()).toEqual(['Two', 'Three', 'Four']));
    fireEvent.click(box('One'), { shiftKey: true });
    await waitFor(() => expect(checked()).toEqual(['One', 'Two', 'Three', 'Four']));
    fireEvent.click(box('Three'), { shiftKey: true });
    await waitFor(() => expect(checked()).toEqual(['One', 'Four']));
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    await screen.findByText('Selected: 5');
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    await screen.findByText('Selected: 0');
    expect(checked()).toEqual([]);
  });

  it('takes Shift+Space as the keyboard’s shift-click, even when its click carries no shift', async () => {
    await library();
    fireEvent.click(box('Five'));
    fireEvent.keyDown(box('Three'), { key: ' ', shiftKey: true });
    fireEvent.click(box('Three'));
    await waitFor(() => expect(checked()).toEqual(['Three', 'Four', 'Five']));
    // Space alone is a click again.
    fireEvent.keyDown(box('One'), { key: ' ' });
    fireEvent.click(box('One'));
    await waitFor(() => expect(checked()).toEqual(['One', 'Three', 'Four', 'Five']));
  });
});

describe('bulk actions', () => {
  it('sets a category, adds and removes a tag, each in one announced write', async () => {
    const deps = await library();
    fireEvent.click(box('One'));
    fireEvent.click(box('Two'));
    await screen.findByText('Selected: 2');
    fireEvent.input(screen.getByLabelText('Category for the selection'), {
      target: { value: 'Ops' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set category' }));
    await screen.findByText('Entries changed: 2.');
    expect(deps.changes).toHaveLength(1);
    expect((await stored(deps, 'One'))?.category).toBe('Ops');
    expect((await stored(deps, 'Three'))?.category).toBe('Cloud');
    // The section follows, and the selection too.
    await screen.findByRole('heading', { name: 'Ops' });
    expect(checked()).toEqual(['One', 'Two']);

    fireEvent.input(screen.getByLabelText('Tag for the selection'), { target: { value: 'k8s' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(async () => expect((await stored(deps, 'Two'))?.tags).toEqual(['docker', 'k8s']));
    fireEvent.input(screen.getByLabelText('Tag for the selection'), {
      target: { value: 'Docker' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    await waitFor(async () => expect((await stored(deps, 'One'))?.tags).toEqual(['k8s']));
    expect((await stored(deps, 'Five'))?.tags).toEqual(['docker']);
    expect(deps.changes).toHaveLength(3);
  });

  it('refuses an empty tag and a month that is not YYYY-MM, changing nothing', async () => {
    const deps = await library();
    fireEvent.click(box('One'));
    await screen.findByText('Selected: 1');
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type a tag first.');
    fireEvent.input(screen.getByLabelText('Month for the selection (YYYY-MM)'), {
      target: { value: '2019-13' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move to month' }));
    await screen.findByText('Type a month as YYYY-MM, for example 2019-03.');
    expect(deps.changes).toEqual([]);
  });

  it('moves the selection to another month, out of this one', async () => {
    const deps = await library();
    fireEvent.click(box('Four'));
    fireEvent.click(box('Five'));
    await screen.findByText('Selected: 2');
    fireEvent.input(screen.getByLabelText('Month for the selection (YYYY-MM)'), {
      target: { value: '2019-04' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move to month' }));
    await screen.findByRole('heading', { name: 'Entries: 3' });
    expect((await stored(deps, 'Five'))?.monthKey).toBe('2019-04');
    // What left the list left the selection.
    expect(screen.getByText('Selected: 0')).toBeTruthy();
  });

  it('deletes the selection, and Undo brings the same entries back, even an emptied month', async () => {
    const deps = await library();
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    await screen.findByText('Selected: 5');
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    // Under way: the bar is busy and says so.
    await screen.findByText('Changing 5 entries…');
    expect(screen.getByRole('region', { name: 'Selected entries' }).getAttribute('aria-busy')).toBe(
      'true',
    );
    await screen.findByText(/^No entries this month yet\./);
    expect(
      screen.getByRole('region', { name: 'Selected entries' }).getAttribute('aria-busy'),
    ).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Entries deleted: 5.');
    // The keyboard is not left on a control that went away.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    expect((await stored(deps, 'Three'))?.deletedAt).toBe(NOW);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { name: 'Entries: 5' });
    expect((await stored(deps, 'Three'))?.deletedAt).toBeNull();
    expect(deps.changes).toHaveLength(2);
  });

  it('says plainly that the disk is full, and nothing changed', async () => {
    const deps = await library();
    const before = await deps.db.entries.toArray();
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    await screen.findByText('Selected: 5');
    fireEvent.input(screen.getByLabelText('Category for the selection'), {
      target: { value: 'Ops' },
    });
    fillDisk('put', 1, { after: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Set category' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The disk is full: nothing was changed. Free some space and try again.',
    );
    vi.restoreAllMocks();
    expect(await deps.db.entries.toArray()).toEqual(before);
    expect(deps.changes).toEqual([]);
    expect(checked()).toHaveLength(5);
  });

  it('works on search results across months', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { url: 'https://e.org/m', title: 'March', tags: ['go'] });
    await seedEntry(deps.db, {
      url: 'https://e.org/a',
      title: 'April',
      tags: ['go'],
      monthKey: '2019-04',
    });
    await seedEntry(deps.db, { url: 'https://e.org/x', title: 'Other' });
    const query: SearchQuery = parseQuery('#go');
    render(<SearchResults deps={deps} query={query} />);
    await screen.findByRole('link', { name: 'April' });
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    await screen.findByText('Selected: 2');
    fireEvent.input(screen.getByLabelText('Tag for the selection'), {
      target: { value: 'golang' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(async () =>
      expect((await stored(deps, 'April'))?.tags).toEqual(['go', 'golang']),
    );
    expect((await stored(deps, 'Other'))?.tags).toEqual([]);
  });
});
