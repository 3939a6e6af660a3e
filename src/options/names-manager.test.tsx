// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fillDisk } from '../../test/helpers/disk';
import { type FakeOptionsDeps, fakeOptionsDeps } from '../../test/helpers/options-deps';
import { rankCategories } from '../core/suggest';
import { rankTags } from '../core/tags';
import { recentEntries } from '../db/entries';
import { NamesManager } from './names-manager';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await deleteTestDbs();
});

async function library(): Promise<FakeOptionsDeps> {
  const deps = fakeOptionsDeps();
  await seedEntry(deps.db, { url: 'https://e.org/1', tags: ['docker', 'k8s'], category: 'Cloud' });
  await seedEntry(deps.db, { url: 'https://e.org/2', tags: ['docker'], category: 'Cloud' });
  await seedEntry(deps.db, { url: 'https://e.org/3', tags: ['k8s'], category: 'Ops' });
  const gone = await seedEntry(deps.db, {
    url: 'https://e.org/4',
    tags: ['old'],
    category: 'Gone',
  });
  await deps.writer.deleteEntry(gone.id);
  deps.changes.length = 0;
  return deps;
}

/** Each row as "name count". */
const rows = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole(/cell|rowheader/)
        .slice(0, 2)
        .map((cell) => cell.textContent)
        .join(' '),
    );

const renameButton = (name: string) => {
  const row = screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  return within(row).getByRole('button', { name: 'Rename' });
};

describe('the tags manager', () => {
  it('lists each tag of the live entries with its count', async () => {
    const deps = await library();
    render(<NamesManager deps={deps} kind="tags" />);
    await screen.findByRole('heading', { name: 'Tags' });
    await waitFor(() => expect(rows()).toEqual(['docker 2', 'k8s 2']));
    // Rename is described by the tag it renames.
    const button = renameButton('k8s');
    expect(
      document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('k8s');
  });

  it('renames a tag on every entry in one write, and suggestions learn the new name', async () => {
    const deps = await library();
    render(<NamesManager deps={deps} kind="tags" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(renameButton('docker'));
    const input = screen.getByRole('textbox', { name: 'New name for “docker”' });
    fireEvent.input(input, { target: { value: 'containers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Under way: the manager is busy and says what it does (a long rename takes seconds).
    expect((await screen.findByRole('status')).textContent).toBe(
      'Renaming “docker” to “containers”…',
    );
    const section = screen.getByRole('region', { name: 'Tags' });
    expect(section.getAttribute('aria-busy')).toBe('true');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '“docker” is now “containers” on 2 entries.',
      ),
    );
    expect(section.getAttribute('aria-busy')).toBeNull();
    await waitFor(() => expect(rows()).toEqual(['containers 2', 'k8s 2']));
    expect(deps.changes).toHaveLength(1);
    const suggestions = rankTags(await recentEntries(deps.db)).map((r) => r.tag);
    expect(suggestions.sort()).toEqual(['containers', 'k8s']);
  });

  it('asks before merging into an existing tag, and Cancel writes nothing', async () => {
    const deps = await library();
    render(<NamesManager deps={deps} kind="tags" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(renameButton('k8s'));
    fireEvent.input(screen.getByRole('textbox', { name: 'New name for “k8s”' }), {
      target: { value: 'DOCKER' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('“docker” already exists (2 entries). Merge “k8s” into it?');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByText(/Merge “k8s”/)).toBeNull());
    expect(deps.changes).toEqual([]);

    fireEvent.click(renameButton('k8s'));
    fireEvent.input(screen.getByRole('textbox', { name: 'New name for “k8s”' }), {
      target: { value: 'docker' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(rows()).toEqual(['docker 3']));
    expect(deps.changes).toHaveLength(1);
  });

  it('refuses an empty or unchanged name', async () => {
    const deps = await library();
    render(<NamesManager deps={deps} kind="tags" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(renameButton('k8s'));
    const input = screen.getByRole('textbox', { name: 'New name for “k8s”' });
    fireEvent.input(input, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A name cannot be empty.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: 'k8s ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('That is already its name.');
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(renameButton('k8s')));
    expect(deps.changes).toEqual([]);
  });

  it('says the disk is full and leaves every entry as it was', async () => {
    const deps = await library();
    const before = await deps.db.entries.toArray();
    render(<NamesManager deps={deps} kind="tags" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(renameButton('docker'));
    fireEvent.input(screen.getByRole('textbox', { name: 'New name for “docker”' }), {
      target: { value: 'moby' },
    });
    fillDisk('put', 1, { after: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The disk is full: nothing was changed. Free some space and try again.',
    );
    vi.restoreAllMocks();
    expect(await deps.db.entries.toArray()).toEqual(before);
    // The form stays, with what was typed, to try again.
    expect(
      (screen.getByRole('textbox', { name: 'New name for “docker”' }) as HTMLInputElement).value,
    ).toBe('moby');
  });
});

describe('the categories manager', () => {
  it('renames a category with its months’ section text, merging after confirmation', async () => {
    const deps = await library();
    await deps.writer.saveMonthText('2019-03', {
      sectionIntros: { Cloud: 'Clouds.' },
      sectionOrder: ['Cloud', 'Ops'],
    });
    render(<NamesManager deps={deps} kind="categories" />);
    await screen.findByRole('heading', { name: 'Categories' });
    await waitFor(() => expect(rows()).toEqual(['Cloud 2', 'Ops 1']));
    fireEvent.click(renameButton('Cloud'));
    fireEvent.input(screen.getByRole('textbox', { name: 'New name for “Cloud”' }), {
      target: { value: 'Ops' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('“Ops” already exists (1 entries). Merge “Cloud” into it?');
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(rows()).toEqual(['Ops 3']));
    expect(await deps.db.months.get('2019-03')).toMatchObject({
      sectionIntros: { Ops: 'Clouds.' },
      sectionOrder: ['Ops'],
    });
    expect(rankCategories(await recentEntries(deps.db))).toEqual(['Ops']);
  });

  it('says when there is no category yet', async () => {
    render(<NamesManager deps={fakeOptionsDeps()} kind="categories" />);
    expect(await screen.findByText('No categories yet.')).toBeTruthy();
  });
});
