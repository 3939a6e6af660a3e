/**
 * The checks of a sync job as the document and the sync's worker receive it
 * (`sync-job.ts` holds the worker's side, which loads at each cold start).
 */
import { isBase, isRecord, RUN_SYNC, type RunSyncMessage, type SyncJob } from './sync-job';

const hasStrings = (value: unknown, keys: readonly string[]): boolean =>
  isRecord(value) && keys.every((key) => typeof value[key] === 'string');

export function isSyncJob(value: unknown): value is SyncJob {
  return (
    isRecord(value) &&
    hasStrings(value.account, ['url', 'user', 'password', 'passphrase']) &&
    isRecord(value.settings) &&
    typeof value.template === 'string' &&
    (value.base === undefined || isBase(value.base)) &&
    typeof value.deviceName === 'string'
  );
}

export function isRunSyncMessage(value: unknown): value is RunSyncMessage {
  return isRecord(value) && value.type === RUN_SYNC && isSyncJob(value.job);
}
