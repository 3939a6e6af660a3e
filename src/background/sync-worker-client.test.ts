import { describe, expect, it } from 'vitest';
import type { SyncJob } from '../core/sync-job';
import { runInWorker, type WorkerLike } from './sync-worker-client';

const job = { deviceName: 'Firefox' } as SyncJob;
const status = { at: 1, failure: '', detail: '', received: 0, sent: 3 };

/** A worker that answers the job it gets with `answer` (or fails). */
function fakeWorker(answer: (job: unknown) => { data?: unknown; error?: string }) {
  const worker: WorkerLike & { posted: unknown[]; ended: boolean } = {
    posted: [],
    ended: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      this.posted.push(message);
      const { data, error } = answer(message);
      queueMicrotask(() => {
        if (error !== undefined) worker.onerror?.({ message: error } as ErrorEvent);
        else worker.onmessage?.({ data } as MessageEvent<unknown>);
      });
    },
    terminate() {
      this.ended = true;
    },
  };
  return worker;
}

describe('a sync job in a dedicated worker', () => {
  it('posts the job, resolves with the outcome and ends the worker', async () => {
    const worker = fakeWorker(() => ({ data: { status } }));
    expect(await runInWorker(job, undefined, () => worker)).toEqual({ status });
    expect(worker.posted).toEqual([job]);
    expect(worker.ended).toBe(true);
  });

  it('turns an answer that is not an outcome into a failure', async () => {
    const worker = fakeWorker(() => ({ data: { status: 'fine' } }));
    const outcome = await runInWorker(
      job,
      undefined,
      () => worker,
      () => 5,
    );
    expect(outcome.status).toMatchObject({
      at: 5,
      failure: 'background',
      detail: 'unexpected answer',
    });
    expect(worker.ended).toBe(true);
  });

  it('turns a crashed worker into a failure', async () => {
    const worker = fakeWorker(() => ({ error: 'SyntaxError in sync-worker.js' }));
    const outcome = await runInWorker(
      job,
      undefined,
      () => worker,
      () => 5,
    );
    expect(outcome.status).toMatchObject({ failure: 'background', detail: /SyntaxError/ });
    expect(worker.ended).toBe(true);
  });

  it('ends the worker when stopped from outside, with the reason as the failure', async () => {
    const worker = fakeWorker(() => ({}));
    worker.postMessage = function (message) {
      this.posted.push(message); // and never answers
    };
    const stop = new AbortController();
    const running = runInWorker(
      job,
      stop.signal,
      () => worker,
      () => 5,
    );
    stop.abort(new Error('no answer for 5 minutes'));
    expect((await running).status).toMatchObject({
      failure: 'background',
      detail: 'no answer for 5 minutes',
    });
    expect(worker.ended).toBe(true);
  });

  it('turns a worker that cannot start into a failure', async () => {
    const outcome = await runInWorker(
      job,
      undefined,
      () => {
        throw new Error('Worker is not defined');
      },
      () => 5,
    );
    expect(outcome.status).toMatchObject({
      failure: 'background',
      detail: 'Worker is not defined',
    });
  });
});
