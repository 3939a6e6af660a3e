/**
 * One background sync, where the sync code may load (the dedicated worker
 * of `background/sync-worker.ts`): the job brings what a worker cannot read
 * (the account, the post's settings); the outcome says what to save. The
 * library is opened with Dexie here, and the writes are announced on the
 * store's channel as the options page's are (the background refreshes the
 * badge on hearing them: a dedicated worker has no extension API).
 */
import type { SyncJob, SyncOutcome } from '../../core/sync-job';
import { database, type VeilleDatabase } from '../../db/database';
import { createWriter } from '../../db/writer';
import { createSyncService } from './service';
import { settingsFrom, settingsValues } from './settings-side';

export interface SyncJobDeps {
  open(): VeilleDatabase;
  now(): number;
  fetch?: typeof fetch;
}

const defaults: SyncJobDeps = { open: () => database(), now: Date.now };

export async function runSyncJob(job: SyncJob, deps: SyncJobDeps = defaults): Promise<SyncOutcome> {
  const db = deps.open();
  const outcome: Partial<SyncOutcome> = {};
  let current = { settings: job.settings, template: job.template };
  try {
    const service = createSyncService({
      db,
      writer: createWriter(db, { now: deps.now }),
      loadAccount: async () => job.account,
      saveStatus: async (status) => {
        outcome.status = status;
      },
      now: deps.now,
      fetch: deps.fetch,
      deviceName: job.deviceName,
      settings: {
        read: async () => settingsValues(current.settings, current.template),
        async write(values) {
          current = settingsFrom(values, current.settings);
          outcome.settings = current;
        },
        loadBase: async () => outcome.base ?? job.base,
        saveBase: async (base) => {
          outcome.base = base;
        },
      },
    });
    const status = await service.syncNow();
    return { ...outcome, status: status ?? outcome.status ?? missingStatus(deps.now()) };
  } finally {
    db.close();
  }
}

const missingStatus = (at: number) => ({
  at,
  failure: 'background',
  detail: 'no account',
  received: 0,
  sent: 0,
});
