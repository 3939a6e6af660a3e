/**
 * The sync server's account and the last sync's outcome, in `storage.local`
 * only: never `storage.sync` (it would travel through the browser vendor's
 * servers), never the database (backups and exports read the database).
 * Host access to the server is an optional permission asked on Connect.
 */
import { browser } from './browser';

export interface SyncAccount {
  /** The WebDAV folder's address. */
  url: string;
  user: string;
  password: string;
  /** Empty: the server's files are not encrypted. */
  passphrase: string;
}

/** What the status line says about the last sync. */
export interface SyncStatus {
  /** When it ended (this device's clock). */
  at: number;
  /** A SyncFailure, or '' when it succeeded. */
  failure: string;
  detail: string;
  received: number;
  sent: number;
}

const ACCOUNT = 'syncAccount';
const STATUS = 'syncStatus';
/** The post settings as last agreed with the server, and their stamp. */
const SETTINGS_BASE = 'syncSettingsBase';

export interface SettingsBase {
  values: Record<string, string>;
  hlc: string;
}

export async function loadSettingsBase(): Promise<SettingsBase | undefined> {
  return (await browser.storage.local.get(SETTINGS_BASE))[SETTINGS_BASE] as
    | SettingsBase
    | undefined;
}

export const saveSettingsBase = (base: SettingsBase): Promise<void> =>
  browser.storage.local.set({ [SETTINGS_BASE]: base });

export async function loadSyncAccount(): Promise<SyncAccount | undefined> {
  const stored = (await browser.storage.local.get(ACCOUNT))[ACCOUNT] as SyncAccount | undefined;
  return stored && typeof stored.url === 'string' ? stored : undefined;
}

export const saveSyncAccount = (account: SyncAccount): Promise<void> =>
  browser.storage.local.set({ [ACCOUNT]: account });

export const forgetSyncAccount = (): Promise<void> =>
  browser.storage.local.remove([ACCOUNT, STATUS, SETTINGS_BASE]);

export async function loadSyncStatus(): Promise<SyncStatus | undefined> {
  return (await browser.storage.local.get(STATUS))[STATUS] as SyncStatus | undefined;
}

export const saveSyncStatus = (status: SyncStatus): Promise<void> =>
  browser.storage.local.set({ [STATUS]: status });

/** Calls `listener` with each status saved (a background sync's too); returns the way to stop. */
export function onSyncStatusChange(listener: (status: SyncStatus | undefined) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STATUS in changes) {
      listener(changes[STATUS]?.newValue as SyncStatus | undefined);
    }
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/** `https://host:port/*`, the permission pattern of a server's address. */
export const originPattern = (url: string): string => `${new URL(url).origin}/*`;

/**
 * Asks the browser for access to the server's origin. Call it first thing in
 * the click's handler: the browser grants it only within the user's gesture.
 */
export function requestServerAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

export async function releaseServerAccess(url: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(url)] }).catch(() => false);
}
