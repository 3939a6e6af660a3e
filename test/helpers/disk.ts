import { type MockInstance, vi } from 'vitest';

type WriteMethod = 'add' | 'put';

/**
 * A full disk, at the IndexedDB level, so it reaches both doors (Dexie and
 * idb) as a real one would: the next `times` adds (or puts) of any store fail
 * with QuotaExceededError; later ones go through. With `after`, that many
 * go through first: the disk fills in the middle of a write.
 */
export function fillDisk(
  method: WriteMethod,
  times = Number.POSITIVE_INFINITY,
  { after = 0 }: { after?: number } = {},
): MockInstance {
  const original = IDBObjectStore.prototype[method];
  let failed = 0;
  let passed = 0;
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<typeof original>
  ) {
    if (passed < after) {
      passed += 1;
      return original.apply(this, args);
    }
    if (failed < times) {
      failed += 1;
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
    return original.apply(this, args);
  });
}
