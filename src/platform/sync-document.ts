/**
 * Chrome's offscreen document for background sync, and the one runtime
 * message between it and the worker (`core/sync-job.ts`). Reason `WORKERS`:
 * the document only starts the dedicated worker the sync runs in (the
 * worker may not load the sync code itself). An offscreen document gets the
 * `runtime` API alone, so everything else reaches it in the message.
 * Firefox has no offscreen API: there the event page starts the worker.
 * The document's side is `sync-document-listener.ts` (apart, so that the
 * worker does not load it).
 */
import {
  isSyncOutcome,
  RUN_SYNC,
  type RunSyncMessage,
  type SyncJob,
  type SyncOutcome,
} from '../core/sync-job';
import { browser } from './browser';

/** The document's path in the build (vite.config.ts lists it as an input). */
export const SYNC_DOCUMENT = 'src/background/sync-document.html';

/** Whether this browser has offscreen documents (Chrome), so the worker uses one. */
export const hasOffscreenDocuments = (): boolean =>
  typeof chrome !== 'undefined' && typeof chrome.offscreen?.createDocument === 'function';

async function openDocument(): Promise<void> {
  // One document per extension: a sync cut off with the worker may have left it open.
  if (await chrome.offscreen.hasDocument()) return;
  await chrome.offscreen.createDocument({
    url: SYNC_DOCUMENT,
    reasons: [chrome.offscreen.Reason.WORKERS],
    justification: 'Runs the sync with your own WebDAV server in a worker.',
  });
}

const closeDocument = () =>
  chrome.offscreen.closeDocument().catch(() => undefined) as Promise<void>;

/** The worker's side: opens the document, hands it the job, closes it when the sync ends. */
export async function runInSyncDocument(job: SyncJob, signal?: AbortSignal): Promise<SyncOutcome> {
  await openDocument();
  // Stopped from outside (the deadline): closing the document ends its worker.
  const stop = () => void closeDocument();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const message: RunSyncMessage = { type: RUN_SYNC, job };
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!isSyncOutcome(reply)) throw new Error('the sync document gave no outcome');
    return reply;
  } finally {
    signal?.removeEventListener('abort', stop);
    await closeDocument();
  }
}
