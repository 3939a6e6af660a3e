import type { Settings } from '../core/types';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import type { RenderPost } from './render-client';

/** The part of `navigator.storage` the options page uses (durability, Settings → Storage). */
export type StorageAccess = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

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
  /** `navigator.storage`, absent where the browser has none. */
  storage?: StorageAccess;
}
