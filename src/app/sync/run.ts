/**
 * One sync with the author's WebDAV folder: read the server's files, plan
 * (src/core/sync/plan.ts), write the server's half with conditional PUTs,
 * then the local half. A PUT that loses to another device (412) starts the
 * round again from the reading, after a pause; the local half is written
 * only once the server's is, so a sync cut off anywhere loses nothing and
 * the next one finishes the job.
 */
import {
  type DeviceFile,
  devicePath,
  type FormatFile,
  formatPath,
  type MonthFile,
  monthPath,
  parseDeviceFile,
  parseFormatFile,
  parseMonthFile,
  parseSettingsFile,
  type SettingsFile,
  SYNC_FORMAT,
  SYNC_ROOT,
  SYNC_VERSION,
  SyncFileError,
  serializeSyncFile,
  settingsPath,
} from '../../core/sync/format';
import { planSync, type SyncCounts, type SyncPlan } from '../../core/sync/plan';
import type { LocalRecords } from '../../core/sync/records';
import { SyncError } from './errors';
import { newEncryption, openEncryption, plain, type Sealer } from './seal';
import { localSettings, type SettingsSide } from './settings-side';
import { type WebDav, WriteConflict } from './webdav';

/** The library's side of a sync. */
export interface LocalSide {
  read(): Promise<LocalRecords>;
  apply(plan: SyncPlan): Promise<void>;
  /** The post's settings, when this browser syncs them. */
  settings?: SettingsSide;
}

export interface SyncRunOptions {
  device: string;
  deviceName?: string;
  now(): number;
  passphrase?: string;
  purgeAfterMs?: number;
  /** Rounds lost to other devices' writes before giving up with `busy`. */
  attempts?: number;
  /** The pause before round n (ms); tests make it instant. */
  pause?(attempt: number): Promise<void>;
}

export interface SyncReport {
  counts: SyncCounts;
  /** This device's wall clock at the end of the sync. */
  at: number;
}

const MONTHS = `${SYNC_ROOT}/months/`;
const DEVICES = `${SYNC_ROOT}/devices/`;

/** The sealer the server's `format.json` asks for; a new server gets one. */
async function connect(dav: WebDav, passphrase: string | undefined): Promise<Sealer> {
  await dav.mkcol(SYNC_ROOT);
  await dav.mkcol(MONTHS);
  await dav.mkcol(DEVICES);
  const found = await dav.get(formatPath());
  if (!found) {
    const fresh = passphrase ? await newEncryption(passphrase) : undefined;
    const file: FormatFile = {
      format: SYNC_FORMAT,
      version: SYNC_VERSION,
      encryption: fresh?.encryption ?? null,
    };
    try {
      await dav.put(formatPath(), serializeSyncFile(file), null);
    } catch (error) {
      // Another device created it first: use theirs.
      if (error instanceof WriteConflict) return connect(dav, passphrase);
      throw error;
    }
    return fresh?.sealer ?? plain;
  }
  const format = readFile(() => parseFormatFile(found.text));
  if (!format.encryption) {
    if (passphrase) throw new SyncError('wrong-passphrase', 'the server is not encrypted');
    return plain;
  }
  if (!passphrase) throw new SyncError('passphrase-needed');
  return openEncryption(passphrase, format.encryption);
}

function readFile<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof SyncFileError) {
      throw new SyncError(
        error.problem === 'newer-version' ? 'newer-format' : 'invalid-file',
        `${error.path}: ${error.detail}`,
      );
    }
    throw error;
  }
}

interface Snapshot {
  months: Map<string, MonthFile>;
  devices: DeviceFile[];
  settings?: SettingsFile;
  /** Path -> ETag of every file read. */
  etags: Map<string, string>;
}

/** Reads every file; a file already read at the same ETag is taken from `cache`. */
async function readServer(
  dav: WebDav,
  sealer: Sealer,
  cache: Map<string, { etag: string; text: string }>,
): Promise<Snapshot> {
  const snapshot: Snapshot = { months: new Map(), devices: [], etags: new Map() };
  const listed = [...(await dav.list(MONTHS)), ...(await dav.list(DEVICES))];
  const read = async (path: string, etag?: string) => {
    const cached = cache.get(path);
    if (cached && etag && cached.etag === etag) return cached;
    const found = await dav.get(path);
    if (!found) return undefined;
    const text = await sealer.open(found.text, path);
    const fresh = { etag: found.etag, text };
    if (found.etag) cache.set(path, fresh);
    return fresh;
  };
  for (const { path, etag } of listed) {
    if (!path.endsWith('.json')) continue;
    const file = await read(path, etag);
    if (!file) continue;
    snapshot.etags.set(path, file.etag);
    if (path.startsWith(MONTHS)) {
      const month = readFile(() => parseMonthFile(path, file.text));
      snapshot.months.set(month.month, month);
    } else {
      snapshot.devices.push(readFile(() => parseDeviceFile(path, file.text)));
    }
  }
  const settings = await read(settingsPath());
  if (settings) {
    snapshot.etags.set(settingsPath(), settings.etag);
    snapshot.settings = readFile(() => parseSettingsFile(settings.text));
  }
  return snapshot;
}

/** Throws WriteConflict when the server's file lacks a version this sync wrote. */
async function readBack(dav: WebDav, sealer: Sealer, written: MonthFile): Promise<void> {
  const path = monthPath(written.month);
  const found = await dav.get(path);
  if (!found) throw new WriteConflict(path);
  const text = await sealer.open(found.text, path);
  const file = readFile(() => parseMonthFile(path, text));
  const stored = new Map(file.entries.map((entry) => [entry.id, entry.hlc]));
  for (const entry of written.entries) {
    if ((stored.get(entry.id) ?? '') < entry.hlc) throw new WriteConflict(path);
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one sync; throws a SyncError saying why it stopped. */
export async function runSync(
  dav: WebDav,
  local: LocalSide,
  options: SyncRunOptions,
  cache: Map<string, { etag: string; text: string }> = new Map(),
): Promise<SyncReport> {
  const sealer = await connect(dav, options.passphrase);
  const attempts = options.attempts ?? 6;
  const pause = options.pause ?? ((attempt: number) => wait(Math.min(1_000 * attempt, 5_000)));
  for (let attempt = 1; ; attempt++) {
    const snapshot = await readServer(dav, sealer, cache);
    const settings = local.settings
      ? await localSettings(local.settings, options.device, options.now())
      : undefined;
    const plan = planSync({ ...(await local.read()), settings }, snapshot, {
      device: options.device,
      deviceName: options.deviceName,
      now: options.now(),
      purgeAfterMs: options.purgeAfterMs,
    });
    try {
      const put = async (path: string, file: Parameters<typeof serializeSyncFile>[0]) =>
        dav.put(path, await sealer.seal(serializeSyncFile(file)), snapshot.etags.get(path) ?? null);
      for (const file of plan.writeMonths) await put(monthPath(file.month), file);
      if (plan.writeSettings) await put(settingsPath(), plan.writeSettings);
      // Read back: a server may let two conditional writes through at the same
      // instant (Apache checks If-Match, then writes); a lost one is merged again.
      for (const file of plan.writeMonths) await readBack(dav, sealer, file);
      // Only this device writes its own file: no condition.
      const device = await sealer.seal(serializeSyncFile(plan.device));
      await dav.put(devicePath(options.device), device, undefined);
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
      if (attempt >= attempts) throw new SyncError('busy', error.path);
      await pause(attempt);
      continue;
    }
    await local.apply(plan);
    if (local.settings && settings) {
      if (plan.putSettings) await local.settings.write(plan.putSettings.values);
      await local.settings.saveBase(plan.putSettings ?? settings);
    }
    return { counts: plan.counts, at: options.now() };
  }
}
