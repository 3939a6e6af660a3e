import type { PendingCapture } from '../core/capture-enrich';
import { browser } from './browser';

const KEY = 'pendingCaptures';

/**
 * Captures written from a context-menu click and not yet enriched from the
 * page, in `storage.session`: it outlives a stopped worker (the browser stops
 * idle workers after 30 s, or at any time under pressure), not the browser.
 */
async function readAll(): Promise<PendingCapture[]> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return Array.isArray(value) ? (value as PendingCapture[]) : [];
}

export async function rememberPendingCapture(pending: PendingCapture): Promise<void> {
  const others = (await readAll()).filter((p) => p.entry.id !== pending.entry.id);
  await browser.storage.session.set({ [KEY]: [...others, pending] });
}

export async function forgetPendingCapture(entryId: string): Promise<void> {
  const kept = (await readAll()).filter((p) => p.entry.id !== entryId);
  await browser.storage.session.set({ [KEY]: kept });
}

/** The captures a stopped worker left unfinished. */
export function pendingCaptures(): Promise<PendingCapture[]> {
  return readAll();
}
