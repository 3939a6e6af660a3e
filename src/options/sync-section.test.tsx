// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';
import type { SyncDeps } from './options-deps';
import { SyncSection } from './sync-section';

afterEach(cleanup);

const AT = Date.UTC(2026, 10, 30, 12, 5);
const ok: SyncStatus = { at: AT, failure: '', detail: '', received: 3, sent: 1 };

function fakeSync(stored?: SyncAccount, status?: SyncStatus) {
  const calls: string[] = [];
  const sync = {
    loadAccount: vi.fn(async () => stored),
    loadStatus: vi.fn(async () => status),
    requestAccess: vi.fn((url: string) => {
      calls.push(`request ${url}`);
      return Promise.resolve(true);
    }),
    connect: vi.fn(async (account: SyncAccount) => {
      calls.push(`connect ${account.user}`);
      return ok;
    }),
    syncNow: vi.fn(async () => ok),
    disconnect: vi.fn(async () => undefined),
  } satisfies SyncDeps;
  return { sync, calls };
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Settings → Sync', () => {
  it('asks for the server’s origin from the click, then connects and says when it synced', async () => {
    const { sync, calls } = fakeSync();
    render(<SyncSection sync={sync} />);
    type('Server address', 'https://cloud.example.org/remote.php/dav/files/me/veille/');
    type('User name', 'me');
    type('Password', 'secret');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    // Within the click itself, before anything awaited.
    expect(calls).toEqual(['request https://cloud.example.org/remote.php/dav/files/me/veille/']);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Synced at .*: 3 received, 1 sent\.$/,
      ),
    );
    expect(sync.connect).toHaveBeenCalledWith({
      url: 'https://cloud.example.org/remote.php/dav/files/me/veille/',
      user: 'me',
      password: 'secret',
      passphrase: '',
    });
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Disconnect' })).toBeTruthy();
  });

  it('connects nothing when the browser refuses access, or the address is not a web address', async () => {
    const { sync } = fakeSync();
    sync.requestAccess.mockResolvedValueOnce(false);
    render(<SyncSection sync={sync} />);
    type('Server address', 'https://cloud.example.org/dav/');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('needs access to this server'),
    );
    type('Server address', 'cloud.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('status').textContent).toContain('starting with https://');
    expect(sync.requestAccess).toHaveBeenCalledTimes(1);
    expect(sync.connect).not.toHaveBeenCalled();
  });

  it('says a failure in plain words, syncs on demand and disconnects', async () => {
    const account = { url: 'https://dav.example.org/', user: 'me', password: 'pw', passphrase: '' };
    const failed: SyncStatus = {
      ...ok,
      failure: 'quota',
      detail: 'sync: quota (507 veille-sync/months/2026-11.json)',
    };
    const { sync } = fakeSync(account, failed);
    render(<SyncSection sync={sync} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('the server’s storage is full'),
    );
    expect(screen.getByText('Connected to https://dav.example.org/ as me.')).toBeTruthy();
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('3 received'));
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull());
    expect(sync.disconnect).toHaveBeenCalledTimes(1);
  });

  it('says so when the account cannot be saved, instead of staying on “Syncing…”', async () => {
    const { sync } = fakeSync();
    sync.connect.mockRejectedValueOnce(new Error('QuotaExceededError'));
    render(<SyncSection sync={sync} />);
    type('Server address', 'https://dav.example.org/');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Sync failed at .*: this browser could not write the changes \(QuotaExceededError\)\.$/,
      ),
    );
  });

  it('shows a background sync’s outcome as it is saved', async () => {
    const account = { url: 'https://dav.example.org/', user: 'me', password: 'pw', passphrase: '' };
    const { sync } = fakeSync(account, undefined);
    let hear: ((status: SyncStatus | undefined) => void) | undefined;
    const stop = vi.fn();
    const live = {
      ...sync,
      onStatusChange: (listener: (status: SyncStatus | undefined) => void) => {
        hear = listener;
        return stop;
      },
    };
    const { unmount } = render(<SyncSection sync={live} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not synced yet.'));
    hear?.({ ...ok, failure: 'background', detail: 'the sync worker failed' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Sync failed at .*: the sync in the background could not run to its end \(the sync worker failed\)\. It is tried again/,
      ),
    );
    hear?.({ ...ok, received: 4, sent: 0 });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Synced at .*: 4 received, 0 sent\.$/,
      ),
    );
    unmount();
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
  });

  it('gives up waiting for an access prompt nobody answers, instead of staying on “Syncing…”', async () => {
    const { sync } = fakeSync();
    sync.requestAccess.mockReturnValueOnce(new Promise<boolean>(() => undefined));
    render(<SyncSection sync={sync} accessWaitMs={1} />);
    type('Server address', 'https://dav.example.org/');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Waiting for your answer to the browser’s request for access to this server…',
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The browser’s request for access to this server got no answer: click Connect again and allow it.',
      ),
    );
    expect(sync.connect).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Connect' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('names the damaged file on the server', async () => {
    const account = { url: 'https://dav.example.org/', user: 'me', password: 'pw', passphrase: '' };
    const damaged: SyncStatus = {
      ...ok,
      failure: 'invalid-file',
      detail: 'sync: invalid-file (veille-sync/months/2026-11.json: not-json)',
    };
    render(<SyncSection sync={fakeSync(account, damaged).sync} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        '(veille-sync/months/2026-11.json: not-json)',
      ),
    );
  });
});
