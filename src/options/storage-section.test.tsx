// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { OptionsApp } from './app';
import type { StorageAccess } from './options-deps';
import { StorageSection } from './storage-section';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await deleteTestDbs();
});

function fakeStorage(usage: number | undefined, persisted = false) {
  return {
    estimate: vi.fn(async () => ({ usage, quota: 1e10 })),
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => true),
  } satisfies StorageAccess;
}

describe('Settings → Storage', () => {
  it('shows the storage used and whether the browser may clear it', async () => {
    render(<StorageSection storage={fakeStorage(12_345_678)} />);
    expect(await screen.findByText('Storage used: 12.3 MB')).toBeTruthy();
    expect(screen.getByText(/may clear this data when the disk runs low/)).toBeTruthy();
  });

  it('says so when the browser gives no estimate, and when the data is kept', async () => {
    const storage = fakeStorage(undefined, true);
    storage.estimate.mockRejectedValue(new Error('no'));
    render(<StorageSection storage={storage} />);
    expect(await screen.findByText('Storage used: this browser does not say.')).toBeTruthy();
    expect(screen.getByText(/keeps this data even when the disk runs low/)).toBeTruthy();
  });

  it('is in the Settings view', async () => {
    location.hash = '#settings';
    render(<OptionsApp deps={{ ...fakeOptionsDeps(), storage: fakeStorage(2_000_000) }} />);
    expect(await screen.findByRole('heading', { name: 'Storage' })).toBeTruthy();
    expect(await screen.findByText('Storage used: 2 MB')).toBeTruthy();
  });
});

describe('asking the browser to keep the data', () => {
  it('asks once, only when the author has entries', async () => {
    const deps = fakeOptionsDeps();
    const storage = fakeStorage(0);
    const { unmount } = render(<OptionsApp deps={{ ...deps, storage }} />);
    await screen.findByText(/^No entries this month yet\./);
    expect(storage.persist).not.toHaveBeenCalled();
    await seedEntry(deps.db, { title: 'First' });
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    await seedEntry(deps.db, { url: 'https://example.org/2', monthKey: '2019-02' });
    await screen.findByRole('option', { name: 'February 2019' });
    expect(storage.persist).toHaveBeenCalledTimes(1);
    unmount();
  });

  it('does not ask again when the browser already keeps it', async () => {
    const deps = fakeOptionsDeps();
    await seedEntry(deps.db, { title: 'First' });
    const storage = fakeStorage(0, true);
    render(<OptionsApp deps={{ ...deps, storage }} />);
    await screen.findByRole('link', { name: 'First' });
    await waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
