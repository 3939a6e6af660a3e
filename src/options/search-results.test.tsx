// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { parseQuery } from '../core/search';
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
});
