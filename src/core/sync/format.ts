/**
 * The files on the author's server, human-readable JSON under `veille-sync/`:
 *
 *     veille-sync/format.json          {"format": "veille-sync", "version": 1, ...}
 *     veille-sync/months/2026-11.json  that month's record and entries
 *     veille-sync/devices/<id>.json    each device: the last sync it finished
 *     veille-sync/settings.json        the settings that shape the post
 *
 * Every file says its format and version. A newer version is refused (a newer
 * Veille wrote it); a truncated or hand-edited file is refused with its path
 * and the faulty field. Nothing is merged from a refused file.
 */
import * as v from 'valibot';
import { EntrySchema, MonthSchema } from '../backup/file';
import { isMonthKey } from '../dates';
import { isDeviceId, isStamp, type Stamp } from './hlc';
import type { RemoteEntry, RemoteMonth } from './records';

export const SYNC_FORMAT = 'veille-sync';
export const SYNC_VERSION = 1;
export const SYNC_ROOT = 'veille-sync';

export const formatPath = (): string => `${SYNC_ROOT}/format.json`;
export const monthPath = (key: string): string => `${SYNC_ROOT}/months/${key}.json`;
export const devicePath = (id: string): string => `${SYNC_ROOT}/devices/${id}.json`;
export const settingsPath = (): string => `${SYNC_ROOT}/settings.json`;

/** How a file's payload is sealed: plain JSON, or AES-GCM with a key from the passphrase. */
export interface Encryption {
  cipher: 'AES-GCM';
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 of the remote's random salt. */
  salt: string;
  /** A known text sealed with the key: a wrong passphrase cannot open it. */
  check: string;
}

export interface FormatFile {
  format: typeof SYNC_FORMAT;
  version: number;
  encryption: Encryption | null;
}

export interface MonthFile {
  format: typeof SYNC_FORMAT;
  version: number;
  month: string;
  record: RemoteMonth | null;
  entries: RemoteEntry[];
}

export interface DeviceFile {
  format: typeof SYNC_FORMAT;
  version: number;
  id: string;
  /** A name the author recognises ("Firefox on Linux"). */
  name: string;
  /** The stamp of the last sync this device finished: it has seen everything that arrived before. */
  lastSeen: Stamp;
  /** The device's wall clock then, for the author's eyes only. */
  syncedAt: number;
}

export interface SettingsFile {
  format: typeof SYNC_FORMAT;
  version: number;
  values: Record<string, string>;
  hlc: Stamp;
  arrived: Stamp;
}

export type SyncFileProblem = 'not-json' | 'not-sync-file' | 'newer-version' | 'invalid';

/** A file that sync refuses to merge; the message names it. */
export class SyncFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: SyncFileProblem,
    readonly detail: string,
    readonly version?: number,
  ) {
    super(`${path}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'SyncFileError';
  }
}

const stamp = v.pipe(v.string(), v.check(isStamp, 'not a clock stamp'));
const marks = { hlc: stamp, arrived: stamp };
const RemoteEntrySchema = v.object({ ...EntrySchema.entries, ...marks });
const RemoteMonthSchema = v.object({ ...MonthSchema.entries, ...marks });
const envelope = { format: v.literal(SYNC_FORMAT), version: v.literal(SYNC_VERSION) };

const FormatSchema = v.object({
  ...envelope,
  encryption: v.nullable(
    v.object({
      cipher: v.literal('AES-GCM'),
      kdf: v.literal('PBKDF2-SHA256'),
      iterations: v.pipe(v.number(), v.integer(), v.minValue(600_000)),
      salt: v.pipe(v.string(), v.nonEmpty()),
      check: v.pipe(v.string(), v.nonEmpty()),
    }),
  ),
});
const MonthFileSchema = v.object({
  ...envelope,
  month: v.pipe(v.string(), v.check(isMonthKey, 'not a YYYY-MM month')),
  record: v.nullable(RemoteMonthSchema),
  entries: v.array(RemoteEntrySchema),
});
const DeviceFileSchema = v.object({
  ...envelope,
  id: v.pipe(v.string(), v.check(isDeviceId, 'not a device id')),
  name: v.string(),
  lastSeen: stamp,
  syncedAt: v.number(),
});
const SettingsFileSchema = v.object({
  ...envelope,
  values: v.record(v.string(), v.string()),
  ...marks,
});

function parseWith<T>(schema: v.GenericSchema<unknown, T>, path: string, text: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SyncFileError(path, 'not-json', error instanceof Error ? error.message : '');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== SYNC_FORMAT) {
    throw new SyncFileError(path, 'not-sync-file', '');
  }
  const { version } = data as { version?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > SYNC_VERSION) {
    throw new SyncFileError(path, 'newer-version', `version ${version}`, version);
  }
  const result = v.safeParse(schema, data, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const field = v.getDotPath(issue) ?? '';
    throw new SyncFileError(path, 'invalid', `${field}: ${issue.message}`);
  }
  return result.output;
}

export const parseFormatFile = (text: string): FormatFile =>
  parseWith(FormatSchema, formatPath(), text);

export function parseMonthFile(path: string, text: string): MonthFile {
  const file = parseWith(MonthFileSchema, path, text) as MonthFile;
  const key = file.month;
  if (path !== monthPath(key)) throw new SyncFileError(path, 'invalid', `month: ${key}`);
  if (file.record && file.record.id !== key) {
    throw new SyncFileError(path, 'invalid', `record.id: ${file.record.id}`);
  }
  const ids = new Set<string>();
  for (const [index, entry] of file.entries.entries()) {
    if (entry.monthKey !== key || ids.has(entry.id)) {
      throw new SyncFileError(path, 'invalid', `entries.${index}: ${entry.id}`);
    }
    ids.add(entry.id);
  }
  return file;
}

export function parseDeviceFile(path: string, text: string): DeviceFile {
  const file = parseWith(DeviceFileSchema, path, text);
  if (path !== devicePath(file.id)) throw new SyncFileError(path, 'invalid', `id: ${file.id}`);
  return file;
}

export const parseSettingsFile = (text: string): SettingsFile =>
  parseWith(SettingsFileSchema, settingsPath(), text);

/** A file's text: pretty JSON with sorted lists, so that two devices write the same bytes. */
export const serializeSyncFile = (
  file: FormatFile | MonthFile | DeviceFile | SettingsFile,
): string => `${JSON.stringify(file, null, 1)}\n`;

export const newMonthFile = (month: string): MonthFile => ({
  format: SYNC_FORMAT,
  version: SYNC_VERSION,
  month,
  record: null,
  entries: [],
});
