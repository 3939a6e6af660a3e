/**
 * Runs one sync job in a fresh dedicated worker (`sync-worker.ts`) and ends
 * the worker with it. A worker that fails to start or crashes is an outcome
 * too ("could not run"), never a promise left pending.
 */
import { isSyncOutcome, localFailure, type SyncJob, type SyncOutcome } from '../core/sync-job';

export interface WorkerLike {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export const startSyncWorker = (): WorkerLike =>
  new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module', name: 'veille-sync' });

export function runInWorker(
  job: SyncJob,
  signal?: AbortSignal,
  start: () => WorkerLike = startSyncWorker,
  now: () => number = Date.now,
): Promise<SyncOutcome> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = start();
    } catch (error) {
      resolve(localFailure(now(), error));
      return;
    }
    const end = (outcome: SyncOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    // Stopped from outside (the deadline): the worker ends with what it was doing.
    signal?.addEventListener('abort', () => end(localFailure(now(), signal.reason)), {
      once: true,
    });
    worker.onmessage = ({ data }) =>
      end(isSyncOutcome(data) ? data : localFailure(now(), new Error('unexpected answer')));
    worker.onerror = (event) =>
      end(localFailure(now(), new Error(event.message || 'the sync worker failed')));
    worker.postMessage(job);
  });
}
