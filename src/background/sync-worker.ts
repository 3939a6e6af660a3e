/**
 * The dedicated worker that runs a background sync (started by the sync
 * document in Chrome, by the event page in Firefox): one job in, one outcome
 * out. It has no extension API: what it needs comes in the job.
 */

import { runSyncJob } from '../app/sync/job';
import { localFailure } from '../core/sync-job';
import { isSyncJob } from '../core/sync-job-check';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => {
  if (!isSyncJob(data)) {
    scope.postMessage(localFailure(Date.now(), new Error('not a sync job')));
    return;
  }
  void runSyncJob(data).then(
    (outcome) => scope.postMessage(outcome),
    (error: unknown) => scope.postMessage(localFailure(Date.now(), error)),
  );
};
