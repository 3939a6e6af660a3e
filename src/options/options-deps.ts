import type { Settings } from '../core/types';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';
import type { RenderPost } from './render-client';

/** What the options page needs from the browser; main.tsx wires the real one. */
export interface OptionsDeps {
  db: VeilleDatabase;
  /** Every write goes through it: stamped, announced, and the badge follows. */
  writer: Writer;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  loadCustomTemplate(): Promise<string>;
  saveCustomTemplate(template: string): Promise<void>;
  /** Copies the post; an HTML one as rich text as well. */
  copyPost(text: string, isHtml: boolean): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
  /** Renders a post away from the page (a worker), within a time and size budget. */
  renderPost: RenderPost;
  /** The capture shortcut as the browser shows it, '' when none is set. */
  captureShortcut(): Promise<string>;
  openShortcutSettings(): Promise<void>;
  /** URL of the capture editor on an entry. */
  editorUrl(entryId: string): string;
  now(): number;
  /** Settings → Sync; absent where sync is not wired (tests of other views). */
  sync?: SyncDeps;
}

/** Sync through the author's WebDAV server (src/app/sync/). */
export interface SyncDeps {
  loadAccount(): Promise<SyncAccount | undefined>;
  loadStatus(): Promise<SyncStatus | undefined>;
  /** Asks for host access to the server: call it first thing in the click's handler. */
  requestAccess(url: string): Promise<boolean>;
  /** Saves the account (storage.local), syncs, and keeps syncing while the page is open. */
  connect(account: SyncAccount): Promise<SyncStatus | undefined>;
  syncNow(): Promise<SyncStatus | undefined>;
  /** Forgets the account and releases the host access; the library stays as it is. */
  disconnect(): Promise<void>;
}
