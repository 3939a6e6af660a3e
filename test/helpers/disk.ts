import { type MockInstance, vi } from 'vitest';

type WriteMethod = 'add' | 'put';

/**
 * A full disk, at the IndexedDB level, so it reaches both doors (Dexie and
 * idb) as a real one would: the next `times` adds (or puts) of any store fail
 * with QuotaExceededError; later ones go through.
 */
export function fillDisk(method: WriteMethod, times = Number.POSITIVE_INFINITY): MockInstance {
  const original = IDBObjectStore.prototype[method];
  let failed = 0;
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<typeof original>
  ) {
    if (failed < times) {
      failed += 1;
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
    return original.apply(this, args);
  });
}
