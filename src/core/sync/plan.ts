/**
 * One sync, decided: the device's records and what it read on the server in,
 * the writes to make on both sides out. Pure; the transport reads and writes.
 *
 * - Record by record, the greater stamp wins (`newer`), tombstones included;
 *   then one live entry per URL (`resolveUrlClashes`).
 * - A record whose winning version is not on the server is sent, marked with
 *   this sync's stamp (`arrived`). Every device's file says the stamp of the
 *   last sync it finished (`lastSeen`); a tombstone that arrived before every
 *   device's `lastSeen` has been seen by all of them, and once it is also
 *   older than `purgeAfterMs` it is removed from the server and from here.
 * - A local tombstone already synced (`syncedHlc` = `hlc`) and gone from the
 *   server was purged there: it goes here too. A local live record gone from
 *   the server is sent again.
 * - Write the server's files first, the local records last: a sync cut off
 *   in between leaves records unmarked, and the next sync sends them again.
 */
import type { EntryId, MonthKey } from '../types';
import {
  type DeviceFile,
  type MonthFile,
  newMonthFile,
  type SettingsFile,
  SYNC_FORMAT,
  SYNC_VERSION,
} from './format';
import { maxStamp, nextStamp, parseStamp, type Stamp } from './hlc';
import {
  isLive,
  type LocalRecords,
  MARKS,
  newer,
  type RemoteEntry,
  type RemoteMonth,
  type SyncEntry,
  type SyncMonth,
  type SyncSettings,
  sameJson,
  strip,
} from './records';
import { resolveUrlClashes } from './urls';

/** What was read on the server. */
export interface RemoteSnapshot {
  months: ReadonlyMap<MonthKey, MonthFile>;
  devices: readonly DeviceFile[];
  settings?: SettingsFile;
}

export interface SyncOptions {
  device: string;
  deviceName?: string;
  now: number;
  /** A tombstone seen by every device is purged once its deletion is this old (default 0). */
  purgeAfterMs?: number;
}

export interface SyncCounts {
  /** Records that came from the server (new or changed here). */
  received: number;
  /** Records sent to the server. */
  sent: number;
  /** Tombstones removed everywhere. */
  purged: number;
}

export interface SyncPlan {
  /** This sync's stamp: past every stamp read on either side. */
  stamp: Stamp;
  /** Month files to write (whole), in month order. */
  writeMonths: MonthFile[];
  writeSettings?: SettingsFile;
  device: DeviceFile;
  /** Local records to write, whole and marked as synced. */
  putEntries: SyncEntry[];
  putMonths: SyncMonth[];
  /** Set when the server's settings won. */
  putSettings?: SyncSettings;
  /** Tombstones purged: removed here. */
  dropEntryIds: EntryId[];
  counts: SyncCounts;
}

type Stamped = { hlc: Stamp; syncedHlc?: Stamp };
const unsent = (record: Stamped): boolean => record.syncedHlc !== record.hlc;

export function planSync(
  local: LocalRecords,
  remote: RemoteSnapshot,
  options: SyncOptions,
): SyncPlan {
  const { device, now } = options;
  const remoteEntries = new Map<EntryId, RemoteEntry>();
  const remoteMonths = new Map<MonthKey, RemoteMonth>();
  for (const file of remote.months.values()) {
    for (const entry of file.entries) {
      const seen = remoteEntries.get(entry.id);
      remoteEntries.set(entry.id, seen ? newer(seen, entry) : entry);
    }
    if (file.record) remoteMonths.set(file.record.id, file.record);
  }
  const stamp = syncStamp(local, remote, remoteEntries, remoteMonths, options);
  const counts: SyncCounts = { received: 0, sent: 0, purged: 0 };

  // Record by record.
  const localEntries = new Map(local.entries.map((entry) => [entry.id, entry]));
  const winners = new Map<EntryId, RemoteEntry | (SyncEntry & { arrived?: Stamp })>();
  const dropEntryIds: EntryId[] = [];
  for (const id of new Set([...localEntries.keys(), ...remoteEntries.keys()])) {
    const mine = localEntries.get(id);
    const theirs = remoteEntries.get(id);
    if (mine && !theirs && !unsent(mine) && !isLive(mine)) {
      dropEntryIds.push(id);
      counts.purged++;
    } else if (mine && theirs) {
      winners.set(id, newer(strip(mine), theirs));
    } else {
      winners.set(id, (theirs ?? strip(mine as SyncEntry)) as RemoteEntry);
    }
  }
  resolveUrlClashes(winners);

  // Purge what every device has seen.
  const horizon = purgeHorizon(remote.devices, device, stamp);
  const purgeBefore = now - (options.purgeAfterMs ?? 0);
  const finalEntries = new Map<EntryId, RemoteEntry>();
  for (const [id, winner] of winners) {
    const theirs = remoteEntries.get(id);
    const arrived = theirs && same(theirs, winner) ? theirs.arrived : stamp;
    const seenByAll = arrived <= horizon && (parseStamp(winner.hlc)?.wall ?? now) <= purgeBefore;
    if (!isLive(winner) && seenByAll) {
      if (localEntries.has(id)) dropEntryIds.push(id);
      counts.purged++;
      continue;
    }
    finalEntries.set(id, { ...strip(winner), arrived });
    if (arrived === stamp) counts.sent++;
  }

  const finalMonths = new Map<MonthKey, RemoteMonth>();
  const localMonths = new Map(local.months.map((month) => [month.id, month]));
  for (const key of new Set([...localMonths.keys(), ...remoteMonths.keys()])) {
    const mine = localMonths.get(key);
    const theirs = remoteMonths.get(key);
    const winner =
      mine && theirs ? newer(strip(mine), theirs) : (theirs ?? strip(mine as SyncMonth));
    const arrived = theirs && same(theirs, winner) ? theirs.arrived : stamp;
    if (arrived === stamp) counts.sent++;
    finalMonths.set(key, { ...strip(winner), arrived });
  }

  // Local writes: what differs from the winner, or is not yet marked.
  const putEntries: SyncEntry[] = [];
  for (const [id, record] of finalEntries) {
    const mine = localEntries.get(id);
    if (mine && same(mine, record) && !unsent(mine)) continue;
    if (!mine || mine.hlc !== record.hlc) counts.received++;
    putEntries.push({ ...strip(record), syncedHlc: record.hlc });
  }
  const putMonths: SyncMonth[] = [];
  for (const [key, record] of finalMonths) {
    const mine = localMonths.get(key);
    if (mine && same(mine, record) && !unsent(mine)) continue;
    if (!mine || mine.hlc !== record.hlc) counts.received++;
    putMonths.push({ ...strip(record), syncedHlc: record.hlc });
  }

  const settings = planSettings(local.settings, remote.settings, stamp);
  return {
    stamp,
    writeMonths: changedMonthFiles(remote.months, finalEntries, finalMonths),
    ...settings,
    device: {
      format: SYNC_FORMAT,
      version: SYNC_VERSION,
      id: device,
      name: options.deviceName ?? '',
      lastSeen: stamp,
      syncedAt: now,
    },
    putEntries,
    putMonths,
    dropEntryIds,
    counts,
  };
}

const same = (a: { hlc: Stamp }, b: { hlc: Stamp }): boolean =>
  a.hlc === b.hlc && sameJson(a, b, MARKS);

/** Past every stamp either side holds: records, arrivals, devices' last syncs. */
function syncStamp(
  local: LocalRecords,
  remote: RemoteSnapshot,
  remoteEntries: Map<EntryId, RemoteEntry>,
  remoteMonths: Map<MonthKey, RemoteMonth>,
  { now, device }: SyncOptions,
): Stamp {
  let latest: Stamp | undefined;
  for (const record of [...local.entries, ...local.months]) latest = maxStamp(latest, record.hlc);
  for (const record of [...remoteEntries.values(), ...remoteMonths.values()]) {
    latest = maxStamp(maxStamp(latest, record.hlc), record.arrived);
  }
  for (const file of remote.devices) latest = maxStamp(latest, file.lastSeen);
  latest = maxStamp(latest, local.settings?.hlc);
  latest = maxStamp(latest, remote.settings?.arrived);
  return nextStamp(now, device, latest);
}

/** The last stamp every device has seen: the least of their last syncs, this one included. */
function purgeHorizon(devices: readonly DeviceFile[], self: string, stamp: Stamp): Stamp {
  let horizon = stamp;
  for (const file of devices) {
    if (file.id !== self && file.lastSeen < horizon) horizon = file.lastSeen;
  }
  return horizon;
}

function changedMonthFiles(
  before: ReadonlyMap<MonthKey, MonthFile>,
  entries: Map<EntryId, RemoteEntry>,
  months: Map<MonthKey, RemoteMonth>,
): MonthFile[] {
  const after = new Map<MonthKey, MonthFile>();
  const fileOf = (key: MonthKey): MonthFile => {
    const file = after.get(key) ?? newMonthFile(key);
    after.set(key, file);
    return file;
  };
  for (const key of before.keys()) fileOf(key);
  for (const record of months.values()) fileOf(record.id).record = record;
  for (const entry of entries.values()) fileOf(entry.monthKey).entries.push(entry);
  const changed: MonthFile[] = [];
  for (const key of [...after.keys()].sort()) {
    const file = after.get(key) as MonthFile;
    file.entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const old = before.get(key);
    if (!old || !sameJson(old, file)) changed.push(file);
  }
  return changed;
}

function planSettings(
  mine: SyncSettings | undefined,
  theirs: SettingsFile | undefined,
  stamp: Stamp,
): { writeSettings?: SettingsFile; putSettings?: SyncSettings } {
  if (theirs && (!mine || theirs.hlc >= mine.hlc)) {
    const won = { values: theirs.values, hlc: theirs.hlc };
    // Taken whole, stamp included, so the next edit here is stamped past it.
    return !mine || mine.hlc !== won.hlc || !sameJson(mine.values, won.values)
      ? { putSettings: won }
      : {};
  }
  if (!mine) return {};
  return {
    // Settings never synced have no stamp yet: this sync's.
    writeSettings: {
      format: SYNC_FORMAT,
      version: SYNC_VERSION,
      values: mine.values,
      hlc: mine.hlc || stamp,
      arrived: stamp,
    },
  };
}
