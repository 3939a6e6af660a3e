import type { MonthPost, PublishReport } from '../app/publish/publish-month';
import type { PublishingFields, PublishingSettings } from '../core/publish';
import type { MonthRecord, Settings } from '../core/types';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';
import type { RenderPost } from './render-client';

/** The part of `navigator.storage` the options page uses (durability, Settings → Storage). */
export type StorageAccess = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

/** The site's folder on disk (Chromium's File System Access; src/platform/site-folder.ts). */
export interface SiteFolderDeps {
  supported: boolean;
  recall(): Promise<FileSystemDirectoryHandle | null>;
  remember(handle: FileSystemDirectoryHandle): Promise<void>;
  /** Call it from the click. */
  pick(): Promise<FileSystemDirectoryHandle>;
  canWrite(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean>;
  list(handle: FileSystemDirectoryHandle): Promise<string[]>;
  listFiles(handle: FileSystemDirectoryHandle, folder: string): Promise<string[]>;
  read(handle: FileSystemDirectoryHandle, folder: string, name: string): Promise<string | null>;
  write(
    handle: FileSystemDirectoryHandle,
    folder: string,
    name: string,
    text: string,
  ): Promise<void>;
}

/** Settings → Publishing and Publish: the blog's repository (src/app/publish/). */
export interface PublishingDeps {
  load(): Promise<{ settings: PublishingSettings; token: string }>;
  save(settings: PublishingSettings, token: string): Promise<void>;
  /** Call it from the click, before any await. */
  requestHostAccess(pattern: string): Promise<boolean>;
  openTab(url: string): Promise<void>;
  connect(fields: PublishingFields): Promise<string[]>;
  publish(fields: PublishingFields, post: MonthPost, record: MonthRecord): Promise<PublishReport>;
}

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
  publishing: PublishingDeps;
  siteFolder: SiteFolderDeps;
  now(): number;
  /** `navigator.storage`, absent where the browser has none. */
  storage?: StorageAccess;
  /** Settings → Sync; absent where sync is not wired (tests of other views). */
  sync?: SyncDeps;
}

/** Sync through the author's WebDAV server (src/app/sync/). */
export interface SyncDeps {
  loadAccount(): Promise<SyncAccount | undefined>;
  loadStatus(): Promise<SyncStatus | undefined>;
  /** Hears each status saved, a background sync's too; returns the way to stop. */
  onStatusChange?(listener: (status: SyncStatus | undefined) => void): () => void;
  /** Asks for host access to the server: call it first thing in the click's handler. */
  requestAccess(url: string): Promise<boolean>;
  /** Saves the account (storage.local) and syncs; the background syncs from then on. */
  connect(account: SyncAccount): Promise<SyncStatus | undefined>;
  syncNow(): Promise<SyncStatus | undefined>;
  /** Forgets the account and releases the host access; the library stays as it is. */
  disconnect(): Promise<void>;
}
