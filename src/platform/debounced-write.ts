/**
 * Coalesces bursts of writes into few: `storage.sync` allows 120 writes a
 * minute in Chrome (then it refuses them), and a template typed key by key
 * would spend that in seconds. A write waits for `delayMs` of quiet, but
 * never more than `maxWaitMs` after the first unwritten change, so that
 * steady typing is still saved every few seconds (at most 60000 / maxWaitMs
 * writes a minute). Every caller's promise settles with the write that
 * carried its value, so a failure is still seen by whoever asked.
 */
export interface DebouncedWrite<T> {
  (value: T): Promise<void>;
  /** Writes the pending value now (the page is being hidden). */
  flush(): Promise<void>;
}

export function debounceWrite<T>(
  write: (value: T) => Promise<void>,
  { delayMs = 500, maxWaitMs = 2000 }: { delayMs?: number; maxWaitMs?: number } = {},
): DebouncedWrite<T> {
  let pending: { value: T; since: number } | undefined;
  let waiting: { resolve(): void; reject(error: unknown): void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    const settle = waiting;
    pending = undefined;
    waiting = [];
    try {
      await write(value);
      for (const caller of settle) caller.resolve();
    } catch (error) {
      for (const caller of settle) caller.reject(error);
    }
  };

  const debounced = (value: T) =>
    new Promise<void>((resolve, reject) => {
      const now = Date.now();
      const since = pending?.since ?? now;
      pending = { value, since };
      waiting.push({ resolve, reject });
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, since + maxWaitMs - now));
      timer = setTimeout(() => void flush(), wait);
    });
  debounced.flush = flush;
  return debounced;
}
