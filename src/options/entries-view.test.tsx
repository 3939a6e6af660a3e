// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs, entryInput, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { announceChange, type StoreChange } from '../db/changes';
import { createEntryWriter } from '../db/entry-writer';
import { openIdbDoor } from '../db/idb/door';
import { EntriesView } from './entries-view';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const day = (d: number) => Date.UTC(2019, 2, d);

/** Entry titles in the order shown: by section, as the post prints them. */
function titles(): string[] {
  return [...document.querySelectorAll('.entry-title')].map((title) => title.textContent ?? '');
}

describe('EntriesView', () => {
  it('shows at once an entry the popup or the worker wrote through their own door (idb)', async () => {
    const deps = fakeOptionsDeps();
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await screen.findByText(
      'No entries this month yet. Click the Veille button on a page worth sharing.',
    );
    // The popup's writer: idb, announcing on the channel every page listens to.
    const popup = openIdbDoor(deps.db.name);
    const fromThePopup = (change: StoreChange) => announceChange(change, 'the popup');
    await createEntryWriter(popup.writes, { now: () => NOW, announce: fromThePopup }).saveEntry(
      entryInput({ url: 'https://example.org/from-popup', title: 'From the popup' }),
    );
    await screen.findByText('From the popup');
  });

  it('lists the month’s live entries by section with their details', async () => {
    const deps = fakeOptionsDeps();
    const second = await seedEntry(
      deps.db,
      {
        url: 'https://example.org/loki',
        title: 'Loki 1.0',
        tags: ['logs', 'grafana'],
        category: 'Data',
        note: 'Like Prometheus, for logs.',
      },
      day(10),
    );
    await seedEntry(deps.db, { url: 'https://example.org/first', title: 'First' }, day(2));
    await seedEntry(deps.db, {
      url: 'https://example.org/april',
      monthKey: '2019-04',
      title: 'April',
    });
    const gone = await seedEntry(deps.db, { url: 'https://example.org/gone', title: 'Gone' });
    await deps.writer.deleteEntry(gone.id);

    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Entries: 2' })).toBeTruthy();
    // By section as the post prints them: Data, then the fallback section last.
    expect(titles()).toEqual(['Loki 1.0', 'First']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Data',
      'Misc',
    ]);

    const link = screen.getByRole('link', { name: 'Loki 1.0' }) as HTMLAnchorElement;
    expect(link.href).toBe('https://example.org/loki');
    expect(link.rel).toContain('noopener');
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('#logs #grafana')).toBeTruthy();
    expect(within(item).getByText('Like Prometheus, for logs.')).toBeTruthy();
    const edit = within(item).getByRole('link', { name: 'Edit “Loki 1.0”' }) as HTMLAnchorElement;
    expect(edit.href).toBe(deps.editorUrl(second.id));
    // An entry without a category is listed under the fallback section.
    const misc = screen.getByRole('region', { name: 'Misc' });
    expect(within(misc).getByRole('link', { name: 'First' })).toBeTruthy();
  });

  it('says the month is empty', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { monthKey: '2019-04' });
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    expect(await screen.findByText(/^No entries this month yet\./)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an entry added to the database after it rendered, without reload', async () => {
    const deps = fakeOptionsDeps();
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await screen.findByText(/^No entries this month yet\./);

    // As the popup saving in another page would.
    await seedEntry(deps.db, { url: 'https://example.org/a', title: 'Grafana v6.0 Released' });
    expect(await screen.findByRole('link', { name: 'Grafana v6.0 Released' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Entries: 1' })).toBeTruthy();

    await seedEntry(deps.db, { url: 'https://example.org/b', title: 'Later' }, day(20));
    await seedEntry(deps.db, {
      url: 'https://example.org/c',
      title: 'Other month',
      monthKey: '2019-04',
    });
    expect(await screen.findByRole('heading', { name: 'Entries: 2' })).toBeTruthy();
    expect(titles()).toEqual(['Grafana v6.0 Released', 'Later']);
  });

  it('follows changes to an entry made elsewhere', async () => {
    const deps = fakeOptionsDeps();
    const entry = await seedEntry(deps.db, { title: 'Old title' });
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await screen.findByRole('link', { name: 'Old title' });
    await deps.db.entries.update(entry.id, { title: 'New title' });
    expect(await screen.findByRole('link', { name: 'New title' })).toBeTruthy();
  });

  it('deletes an entry from the list, leaving a tombstone, and refreshes the badge', async () => {
    const deps = fakeOptionsDeps();
    const keep = await seedEntry(deps.db, { url: 'https://example.org/keep', title: 'Keep' });
    const drop = await seedEntry(deps.db, { url: 'https://example.org/drop', title: 'Drop' });
    render(
      <EntriesView
        deps={deps}
        month="2019-03"
        settings={{ ...TEST_SETTINGS, timeZone: 'Europe/Paris' }}
      />,
    );
    await screen.findByRole('heading', { name: 'Entries: 2' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Drop”' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Drop' })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Entries: 1' })).toBeTruthy();
    expect(titles()).toEqual(['Keep']);
    expect(await deps.db.entries.get(drop.id)).toMatchObject({ deletedAt: NOW });
    expect(await deps.db.entries.get(keep.id)).toMatchObject({ deletedAt: null });
    expect(deps.changes).not.toHaveLength(0);
  });

  it('shows the entries of another month when the month changes', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { url: 'https://example.org/m', title: 'March' });
    await seedEntry(deps.db, { url: 'https://example.org/a', title: 'April', monthKey: '2019-04' });
    const { rerender } = render(
      <EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />,
    );
    await screen.findByRole('link', { name: 'March' });
    rerender(<EntriesView deps={deps} month="2019-04" settings={TEST_SETTINGS} />);
    expect(await screen.findByRole('link', { name: 'April' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'March' })).toBeNull();
  });

  it('shows hostile titles, notes and tags as text', async () => {
    const deps = fakeOptionsDeps();
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))';
    await seedEntry(deps.db, {
      title: hostile,
      note: hostile,
      tags: ['<b>x</b>'],
      category: hostile,
    });
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    const link = await screen.findByRole('link', { name: hostile });
    expect(link.textContent).toBe(hostile);
    expect(screen.getByRole('button', { name: `Delete “${hostile}”` })).toBeTruthy();
    expect(document.querySelectorAll('script, img, b, [onerror]')).toHaveLength(0);
  });

  it('moves an entry within its section, and the order is stored', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { url: 'https://e.org/1', title: 'One', category: 'Data' }, day(1));
    await seedEntry(deps.db, { url: 'https://e.org/2', title: 'Two', category: 'Data' }, day(2));
    await seedEntry(deps.db, { url: 'https://e.org/3', title: 'Three', category: 'Data' }, day(3));
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await screen.findByRole('heading', { name: 'Entries: 3' });
    expect(
      (screen.getByRole('button', { name: 'Move “One” up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move “Three” up' }));
    await waitFor(() => expect(titles()).toEqual(['One', 'Three', 'Two']));
    const stored = await deps.db.entries.toArray();
    const positions = Object.fromEntries(stored.map((e) => [e.title, e.position]));
    expect(positions).toEqual({ One: 0, Three: 1, Two: 2 });
  });

  it('paints the first 100 entries of a month of hundreds, and the rest on request', async () => {
    const deps = fakeOptionsDeps();
    for (let i = 0; i < 105; i++) {
      await seedEntry(
        deps.db,
        { url: `https://example.org/${i}`, title: `Entry ${i}`, category: i < 60 ? 'A' : 'B' },
        day(1) + i,
      );
    }
    render(<EntriesView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await screen.findByRole('heading', { name: 'Entries: 105' });
    expect(titles()).toHaveLength(100);
    expect(titles().at(-1)).toBe('Entry 99');
    fireEvent.click(screen.getByRole('button', { name: 'Show all 105 entries' }));
    await waitFor(() => expect(titles()).toHaveLength(105));
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    // The keyboard goes on from the first entry the button brought, not from the page's top.
    expect(document.activeElement?.textContent).toBe('Entry 100');
  });
});
