import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, testDb } from '../../../test/helpers/db';
import type { SyncJob } from '../../core/sync-job';
import type { Settings } from '../../core/types';
import type { VeilleDatabase } from '../../db/database';
import { runSyncJob } from './job';

const job: SyncJob = {
  account: { url: 'https://dav.example/veille/', user: 'me', password: 'pw', passphrase: '' },
  settings: { version: 2, seriesName: 'Veille', postLanguage: 'en' } as Settings,
  template: '',
  base: undefined,
  deviceName: 'Chromium',
};

afterEach(async () => {
  await deleteTestDbs();
});

describe('a background sync job', () => {
  it('ends with the server’s failure as its status, and closes the library', async () => {
    let db: VeilleDatabase | undefined;
    const fetch = vi.fn(async () => new Response('', { status: 401 }));
    const outcome = await runSyncJob(job, {
      open: () => {
        db = testDb();
        return db;
      },
      now: () => 42,
      fetch,
    });
    expect(fetch).toHaveBeenCalled();
    expect(outcome).toEqual({
      status: expect.objectContaining({ at: 42, failure: 'auth', received: 0, sent: 0 }),
    });
    expect(db?.isOpen()).toBe(false);
  });

  it('says an unreachable server in its status', async () => {
    const outcome = await runSyncJob(job, {
      open: testDb,
      now: () => 42,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(outcome.status).toMatchObject({ failure: 'unreachable' });
  });
});
