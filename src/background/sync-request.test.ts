import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncJob, SyncOutcome } from '../core/sync-job';
import type { Settings } from '../core/types';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';
import { KEEP_AWAKE_MS, requestSync, SYNC_DEADLINE_MS, type SyncRequestDeps } from './sync-request';

const account: SyncAccount = {
  url: 'https://dav.example/veille/',
  user: 'me',
  password: 'pw',
  passphrase: 'words',
};
const settings = { version: 2, seriesName: 'Veille' } as Settings;
const ok: SyncStatus = { at: 10, failure: '', detail: '', received: 2, sent: 1 };

let stored: SyncAccount | undefined;
let saved: { status?: SyncStatus; settings?: [Settings, string]; base?: unknown };
let deps: SyncRequestDeps;
let run: ReturnType<typeof vi.fn<(job: SyncJob, signal: AbortSignal) => Promise<SyncOutcome>>>;
let awake: number;

beforeEach(() => {
  stored = account;
  saved = {};
  awake = 0;
  run = vi.fn(async () => ({ status: ok }));
  deps = {
    loadAccount: async () => stored,
    loadSettings: async () => settings,
    loadTemplate: async () => '{{ title }}',
    loadBase: async () => ({ values: { seriesName: 'Veille' }, hlc: '1.000001.d' }),
    run,
    saveStatus: async (status) => {
      saved.status = status;
    },
    saveSettings: async (next, template) => {
      saved.settings = [next, template];
    },
    saveBase: async (base) => {
      saved.base = base;
    },
    deviceName: 'Chromium',
    now: () => 99,
    keepAwake: () => {
      awake += 1;
    },
    setTimer: (fire, ms) => setTimeout(fire, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
});

describe('a background sync request', () => {
  it('asks nothing without an account', async () => {
    stored = undefined;
    await requestSync(deps);
    expect(run).not.toHaveBeenCalled();
    expect(saved).toEqual({});
  });

  it('hands the runner the account and the post’s settings, and saves the status', async () => {
    await requestSync(deps);
    expect(run).toHaveBeenCalledWith(
      {
        account,
        settings,
        template: '{{ title }}',
        base: { values: { seriesName: 'Veille' }, hlc: '1.000001.d' },
        deviceName: 'Chromium',
      },
      expect.any(AbortSignal),
    );
    expect(saved).toEqual({ status: ok });
  });

  it('saves the server’s settings and the new base when they came back', async () => {
    const won = { ...settings, seriesName: 'Server' };
    const base = { values: { seriesName: 'Server' }, hlc: '2.000001.e' };
    run.mockResolvedValue({ status: ok, settings: { settings: won, template: 'T' }, base });
    await requestSync(deps);
    expect(saved).toEqual({ status: ok, settings: [won, 'T'], base });
  });

  it('says a runner that failed, in the status', async () => {
    run.mockRejectedValue(new Error('the sync document gave no outcome'));
    await requestSync(deps);
    expect(saved.status).toEqual({
      at: 99,
      failure: 'background',
      detail: 'the sync document gave no outcome',
      received: 0,
      sent: 0,
    });
  });

  it('says settings it could not save, and still ends', async () => {
    run.mockResolvedValue({ status: ok, settings: { settings, template: '' } });
    deps.saveSettings = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    await requestSync(deps);
    expect(saved.status).toMatchObject({ failure: 'background', detail: /quota/ });
  });

  it('keeps nothing of a sync whose account was disconnected meanwhile', async () => {
    run.mockImplementation(async () => {
      stored = undefined;
      return { status: ok, base: { values: {}, hlc: '3.000001.f' } };
    });
    await requestSync(deps);
    expect(saved).toEqual({});
  });

  it('keeps the worker awake during a long sync, and stops one that never ends', async () => {
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      // A runner that never settles, even when stopped.
      run.mockImplementation((_job, given) => {
        signal = given;
        return new Promise<SyncOutcome>(() => undefined);
      });
      const request = requestSync(deps);
      await vi.advanceTimersByTimeAsync(3 * KEEP_AWAKE_MS);
      expect(awake).toBe(3);
      expect(saved.status).toBeUndefined();
      await vi.advanceTimersByTimeAsync(SYNC_DEADLINE_MS);
      await request;
      expect(signal?.aborted).toBe(true);
      expect(saved.status).toMatchObject({ failure: 'background', detail: /5 minutes/ });
      // Nothing keeps the worker awake once the request has ended.
      const after = awake;
      await vi.advanceTimersByTimeAsync(3 * KEEP_AWAKE_MS);
      expect(awake).toBe(after);
    } finally {
      vi.useRealTimers();
    }
  });
});
