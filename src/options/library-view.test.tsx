// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { LibraryView } from './library-view';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const titles = () =>
  [...document.querySelectorAll('.entry-title')].map((title) => title.textContent ?? '');

describe('LibraryView search', () => {
  it('finds entries of every month by words and #tags, newest first, then goes back', async () => {
    const deps = fakeOptionsDeps();
    const day = (d: number) => Date.UTC(2019, 2, d);
    await seedEntry(deps.db, { url: 'https://e.org/1', title: 'Loki 1.0', tags: ['logs'] }, day(1));
    await seedEntry(
      deps.db,
      {
        url: 'https://e.org/2',
        title: 'Vector',
        tags: ['Logs'],
        monthKey: '2019-02',
        note: 'Rust',
      },
      day(2),
    );
    await seedEntry(deps.db, { url: 'https://e.org/3', title: 'K3s', tags: ['k8s'] }, day(3));
    const gone = await seedEntry(deps.db, {
      url: 'https://e.org/4',
      title: 'Gone',
      tags: ['logs'],
    });
    await deps.writer.deleteEntry(gone.id);

    render(
      <LibraryView
        deps={deps}
        settings={TEST_SETTINGS}
        month="2019-03"
        months={['2019-03', '2019-02']}
        published={undefined}
        onMonth={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Entries: 2' });

    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: '#LOGS' } });
    await screen.findByRole('heading', { name: 'Found: 2' });
    expect(titles()).toEqual(['Vector', 'Loki 1.0']);
    const results = screen.getByRole('region', { name: 'Found: 2' });
    expect(within(results).getByText('February 2019')).toBeTruthy();

    fireEvent.input(search, { target: { value: '#logs rust' } });
    await screen.findByRole('heading', { name: 'Found: 1' });
    expect(titles()).toEqual(['Vector']);

    fireEvent.input(search, { target: { value: 'nothing-like-this' } });
    await screen.findByText('No entry matches, in any month.');

    fireEvent.input(search, { target: { value: '' } });
    await screen.findByRole('heading', { name: 'Entries: 2' });
    await waitFor(() => expect(titles()).toEqual(['Loki 1.0', 'K3s']));
  });

  it('sees writes made while the search box was empty, when searching again', async () => {
    const deps = fakeOptionsDeps();
    const k3s = await seedEntry(deps.db, { url: 'https://e.org/3', title: 'K3s', tags: ['k8s'] });
    for (let i = 0; i < 50; i++) {
      await seedEntry(deps.db, { url: `https://e.org/old/${i}`, title: 'Old', tags: ['k8s'] }, i);
    }
    render(
      <LibraryView
        deps={deps}
        settings={TEST_SETTINGS}
        month="2019-03"
        months={['2019-03']}
        published={undefined}
        onMonth={() => {}}
      />,
    );
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: '#k8s' } });
    await screen.findByRole('heading', { name: 'Found: 51' });
    fireEvent.input(search, { target: { value: '' } });
    await screen.findByRole('heading', { name: 'Entries: 51' });
    await deps.writer.updateEntry(k3s.id, { title: 'K3s, renamed' });
    // Captured in the same millisecond as K3s: the total counts both.
    const twin = { url: 'https://e.org/twin', title: 'K3s twin', tags: ['k8s'] };
    await seedEntry(deps.db, twin, k3s.capturedAt);
    await screen.findByRole('heading', { name: 'Entries: 52' });
    fireEvent.input(search, { target: { value: '#k8s' } });
    await screen.findByRole('heading', { name: 'Found: 52' });
    expect(titles().slice(0, 2).sort()).toEqual(['K3s twin', 'K3s, renamed']);
  });
});
