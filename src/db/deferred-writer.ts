import type { EntryWriter } from './entry-writer';

/**
 * A writer whose code loads on first use (or earlier, when `load` is called
 * ahead): the popup paints its form without the write rules, the search
 * index and the clock stamps, and loads them once the form is on screen.
 * A write waits for the code if it is not there yet; a failed load fails
 * that write (and the next write tries again).
 */
export function deferredWriter(load: () => Promise<EntryWriter>): EntryWriter {
  let loading: Promise<EntryWriter> | undefined;
  const writer = () => {
    loading ??= load();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  return {
    saveEntry: async (input) => (await writer()).saveEntry(input),
    updateEntry: async (id, changes, base) => (await writer()).updateEntry(id, changes, base),
    deleteEntry: async (id) => (await writer()).deleteEntry(id),
    restoreEntry: async (id) => (await writer()).restoreEntry(id),
    purgeTombstones: async () => (await writer()).purgeTombstones(),
  };
}
