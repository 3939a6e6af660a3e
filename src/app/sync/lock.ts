/**
 * One sync at a time across the extension's pages: the options page and the
 * background's sync document share one Web Lock (same origin, same profile).
 * Where the browser has no `navigator.locks`, the caller's own single flight
 * (one sync per page) is all there is.
 */
export const SYNC_LOCK = 'veille-sync';

type Locks = Pick<LockManager, 'request'>;

export function withSyncLock<T>(
  run: () => Promise<T>,
  locks: Locks | undefined = globalThis.navigator?.locks,
): Promise<T> {
  if (!locks) return run();
  return locks.request(SYNC_LOCK, () => run()) as Promise<T>;
}
