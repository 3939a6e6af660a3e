import type { Settings } from '../core/types';
import type { EntryWriter } from '../db/entry-writer';
import type { HotStore } from '../db/hot-store';
import type { TargetTab } from '../platform/tabs';

/** The popup's code loaded after its form is on screen (deferred.ts). */
export type Deferred = typeof import('./deferred');

/**
 * Everything the popup needs from the outside world. main.tsx wires the real
 * browser; component tests pass fakes. Keeps webextension-polyfill out of the
 * components.
 */
export interface CaptureDeps {
  /** The store's reads and drafts (idb: the popup must open fast). */
  store: HotStore;
  /** Every write goes through it: stamped, announced, and the badge follows. */
  writer: EntryWriter;
  /** The popup's code its first paint does not need (deferred.ts), loaded once. */
  deferred(): Promise<Deferred>;
  loadSettings(): Promise<Settings>;
  findTargetTab(tabId: number | null): Promise<TargetTab | null>;
  /** Closes the popup or editor window. */
  close(): void;
  /** Opens the options page: the library and the monthly export. */
  openLibrary(): void;
  now(): number;
}

/** What the popup was opened on: `?tabId=N`, `?entryId=ID`, or neither (the active tab). */
export interface PopupParams {
  tabId: number | null;
  entryId: string | null;
}

export function parsePopupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tabId = Number.parseInt(params.get('tabId') ?? '', 10);
  return {
    tabId: Number.isSafeInteger(tabId) && tabId >= 0 ? tabId : null,
    entryId: params.get('entryId') || null,
  };
}
