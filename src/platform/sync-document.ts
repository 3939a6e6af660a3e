/**
 * Chrome's offscreen document for background sync, and the one runtime
 * message between it and the worker (`core/sync-job.ts`). Reason `WORKERS`:
 * the document only starts the dedicated worker the sync runs in (the
 * worker may not load the sync code itself). An offscreen document gets the
 * `runtime` API alone, so everything else reaches it in the message.
 * Firefox has no offscreen API: there the event page starts the worker.
 */
import {
  isRunSyncMessage,
  isSyncOutcome,
  RUN_SYNC,
  type RunSyncMessage,
  type SyncJob,
  type SyncOutcome,
} from '../core/sync-job';
import { browser, type Runtime } from './browser';

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
export async function runInSyncDocument(job: SyncJob): Promise<SyncOutcome> {
  await openDocument();
  try {
    const message: RunSyncMessage = { type: RUN_SYNC, job };
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!isSyncOutcome(reply)) throw new Error('the sync document gave no outcome');
    return reply;
  } finally {
    await closeDocument();
  }
}

/**
 * Only the extension's own worker may ask: this extension, no tab, and a
 * script's address rather than a page's (the pages do not send this message;
 * a dedicated worker has no runtime API). The offscreen document's `runtime`
 * has no `getManifest` (seen in Chromium 156), so the worker's exact address
 * is not read from the manifest.
 */
function fromOwnWorker(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab !== undefined || !sender.url) return false;
  const url = new URL(sender.url);
  return url.origin === new URL(browser.runtime.getURL('')).origin && url.pathname.endsWith('.js');
}

/** The document's side: runs each job the background sends; other messages are not answered. */
export function onSyncJob(run: (job: SyncJob) => Promise<SyncOutcome>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isRunSyncMessage(message) || !fromOwnWorker(sender)) return undefined;
    return run(message.job);
  });
}
