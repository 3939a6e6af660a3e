import { describe, expect, it, vi } from 'vitest';
import { deferredWriter } from './deferred-writer';
import type { EntryWriter } from './entry-writer';

const writer = (): EntryWriter => ({
  saveEntry: vi.fn(async () => ({ entry: { id: 'e' } as never, updated: false })),
  updateEntry: vi.fn(),
  deleteEntry: vi.fn(async () => undefined),
  restoreEntry: vi.fn(),
  purgeTombstones: vi.fn(),
});

describe('deferredWriter', () => {
  it('loads the writer once, on first use, and writes through it', async () => {
    const real = writer();
    const load = vi.fn(async () => real);
    const deferred = deferredWriter(load);
    expect(load).not.toHaveBeenCalled();
    await deferred.deleteEntry('a');
    await deferred.deleteEntry('b');
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.deleteEntry).toHaveBeenCalledWith('b');
  });

  it('fails the write whose code could not load, and loads again for the next', async () => {
    const real = writer();
    const load = vi
      .fn<() => Promise<EntryWriter>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(real);
    const deferred = deferredWriter(load);
    await expect(deferred.deleteEntry('a')).rejects.toThrow('offline');
    await deferred.deleteEntry('a');
    expect(load).toHaveBeenCalledTimes(2);
    expect(real.deleteEntry).toHaveBeenCalledWith('a');
  });
});
