/**
 * The offscreen document's side of background sync (see `sync-document.ts`):
 * it answers the worker's one message, checked whole, from the worker alone.
 */

import type { SyncJob, SyncOutcome } from '../core/sync-job';
import { isRunSyncMessage } from '../core/sync-job-check';
import { browser, type Runtime } from './browser';

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
