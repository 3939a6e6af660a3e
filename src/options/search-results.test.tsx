// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW } from '../../test/helpers/capture-deps';
import { deleteTestDbs, entryInput, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { parseQuery } from '../core/search';
import { announceChange, type StoreChange } from '../db/changes';
import { createEntryWriter } from '../db/entry-writer';
import { openIdbDoor } from '../db/idb/door';
import { SearchResults } from './search-results';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

describe('search results', () => {
  it("keeps the previous query's list painted but inert while the next one loads, never its count", async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { url: 'https://e.org/k', title: 'Kubernetes operators' });
    await seedEntry(deps.db, { url: 'https://e.org/r', title: 'Rust ownership' });
    const { rerender } = render(<SearchResults deps={deps} query={parseQuery('kube')} />);
    await screen.findByRole('heading', { name: 'Found: 1' });
    const item = screen.getByText('Kubernetes operators').closest('li');

    rerender(<SearchResults deps={deps} query={parseQuery('rust')} />);
    // The new query's results are not there yet: the old list waits, inert, under "Loading…".
    expect(screen.getByRole('heading', { name: 'Loading…' })).toBeTruthy();
    expect(screen.getByText('Kubernetes operators').closest('ul')?.hasAttribute('inert')).toBe(
      true,
    );
    expect(screen.queryByRole('heading', { name: /^Found/ })).toBeNull();

    await screen.findByRole('heading', { name: 'Found: 1' });
    expect(screen.getByText('Rust ownership').closest('ul')?.hasAttribute('inert')).toBe(false);
    expect(screen.queryByText('Kubernetes operators')).toBeNull();

    // The same entry found again is the same item, not a new one.
    rerender(<SearchResults deps={deps} query={parseQuery('kubern')} />);
    await screen.findByText('Kubernetes operators');
    rerender(<SearchResults deps={deps} query={parseQuery('kuberne')} />);
    const again = await screen.findByText('Kubernetes operators');
    expect(screen.getByRole('heading', { name: 'Loading…' })).toBeTruthy();
    await screen.findByRole('heading', { name: 'Found: 1' });
    expect(again.closest('li')).not.toBe(item);
    expect(screen.getByText('Kubernetes operators').closest('li')).toBe(again.closest('li'));
  });

  it('shows "Loading…" alone, not the previous "nothing found", while the next query loads', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { url: 'https://e.org/r', title: 'Rust ownership' });
    const { rerender } = render(<SearchResults deps={deps} query={parseQuery('zig')} />);
    await screen.findByText('No entry matches, in any month.');
    rerender(<SearchResults deps={deps} query={parseQuery('rust')} />);
    expect(screen.queryByText('No entry matches, in any month.')).toBeNull();
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Found: 1' });
  });

  it('says how many entries match in all, 50 shown at a time', async () => {
    const deps = fakeOptionsDeps();
    for (let i = 0; i < 60; i++) {
      await seedEntry(deps.db, { url: `https://e.org/${i}`, title: `Kubernetes ${i}` }, 1_000 + i);
    }
    render(<SearchResults deps={deps} query={parseQuery('kube')} />);
    await screen.findByRole('heading', { name: 'Found: 60' });
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('Kubernetes 0');
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    expect(screen.getByRole('heading', { name: 'Found: 60' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('follows this page’s writes and those the popup or the worker announce', async () => {
    const deps = fakeOptionsDeps();
    const kept = await seedEntry(deps.db, {
      url: 'https://e.org/k',
      title: 'Kubernetes operators',
    });
    const { rerender } = render(<SearchResults deps={deps} query={parseQuery('kub')} />);
    await screen.findByRole('heading', { name: 'Found: 1' });
    // The next keystroke is served from what `kub` read; a write then empties that.
    rerender(<SearchResults deps={deps} query={parseQuery('kube')} />);
    await screen.findByRole('heading', { name: 'Found: 1' });
    await deps.writer.updateEntry(kept.id, { title: 'Kubernetes operators, renamed' });
    await screen.findByText('Kubernetes operators, renamed');
    const popup = openIdbDoor(deps.db.name);
    const fromThePopup = (change: StoreChange) => announceChange(change, 'the popup');
    await createEntryWriter(popup.writes, { now: () => NOW, announce: fromThePopup }).saveEntry(
      entryInput({ url: 'https://e.org/from-popup', title: 'Kubelet, from the popup' }),
    );
    await screen.findByText('Kubelet, from the popup');
    expect(screen.getByRole('heading', { name: 'Found: 2' })).toBeTruthy();
    await deps.writer.deleteEntry(kept.id);
    await screen.findByRole('heading', { name: 'Found: 1' });
    expect(screen.queryByText('Kubernetes operators, renamed')).toBeNull();
  });

  it('selects a range of the results now listed, after the query changed', async () => {
    const deps = fakeOptionsDeps();
    for (const [i, title] of ['Kubelet', 'Kubernetes', 'Kube-proxy', 'Kubeadm'].entries()) {
      await seedEntry(deps.db, { url: `https://e.org/${i}`, title }, 1_000 + i);
    }
    const { rerender } = render(<SearchResults deps={deps} query={parseQuery('kub')} />);
    await screen.findByRole('heading', { name: 'Found: 4' });
    rerender(<SearchResults deps={deps} query={parseQuery('kubel')} />);
    await screen.findByRole('heading', { name: 'Found: 1' });
    rerender(<SearchResults deps={deps} query={parseQuery('kube')} />);
    await screen.findByRole('heading', { name: 'Found: 4' });
    const boxes = () => screen.getAllByRole('checkbox', { name: 'Select' });
    fireEvent.click(boxes()[0] as HTMLElement);
    fireEvent.click(boxes()[2] as HTMLElement, { shiftKey: true });
    await screen.findByText('Selected: 3');
    expect(boxes().map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
