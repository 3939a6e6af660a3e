/**
 * The records sync moves: an entry or a month record with its clock stamp
 * (`hlc`). Locally a record also remembers the stamp it had when it was last
 * on the server (`syncedHlc`): a record whose stamp moved since was written
 * here after that sync and is sent; one that did not move and is gone from
 * the server was purged there.
 */
import type { Entry, EntryId, MonthKey, MonthRecord } from '../types';
import type { Stamp } from './hlc';

export interface Stamped {
  hlc: Stamp;
  /** The record's stamp when this device last saw it on the server; absent before. */
  syncedHlc?: Stamp;
}

export type SyncEntry = Entry & Stamped;
export type SyncMonth = MonthRecord & Stamped;

/** On the server, a record also carries the stamp of the sync that brought that version there. */
export interface Arrived {
  arrived: Stamp;
}
export type RemoteEntry = Entry & { hlc: Stamp } & Arrived;
export type RemoteMonth = MonthRecord & { hlc: Stamp } & Arrived;

/** The post settings that travel (series name, language, template...), as one register. */
export interface SyncSettings {
  values: Record<string, string>;
  hlc: Stamp;
}

/** A device's whole library, as sync sees it. */
export interface LocalRecords {
  entries: readonly SyncEntry[];
  months: readonly SyncMonth[];
  settings?: SyncSettings;
}

export const isLive = (record: { deletedAt: number | null }): boolean => record.deletedAt === null;

/** JSON with sorted keys: two equal records print the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

/** Deep equality of JSON values, whatever the key order; an undefined field counts as absent. */
export function sameJson(a: unknown, b: unknown, ignore: ReadonlySet<string> = NO_KEYS): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) =>
    Object.keys(o).filter((key) => o[key] !== undefined && !ignore.has(key));
  const leftKeys = keys(left);
  if (leftKeys.length !== keys(right).length) return false;
  return leftKeys.every((key) => sameJson(left[key], right[key]));
}
const NO_KEYS: ReadonlySet<string> = new Set();
/** The marks that are not part of a record's version. */
export const MARKS: ReadonlySet<string> = new Set(['syncedHlc', 'arrived']);

/**
 * Of two versions of one record, the one that wins: the greater stamp; two
 * versions with one stamp (never written by two writes, but a hand-edited
 * file can) are ordered by their content, so every device picks the same.
 */
export function newer<T extends { hlc: Stamp }>(a: T, b: T): T {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (sameJson(a, b, MARKS)) return b;
  return canonicalJson(strip(a)) >= canonicalJson(strip(b)) ? a : b;
}

/** A record as it is compared and stored on the server: without local or server marks. */
export function strip<T extends { hlc: Stamp }>(record: T): T {
  const {
    syncedHlc: _synced,
    arrived: _arrived,
    ...rest
  } = record as T & {
    syncedHlc?: Stamp;
    arrived?: Stamp;
  };
  return rest as T;
}

/** A record without its clock stamp and marks, as a backup file holds it. */
export function withoutStamps<T extends { hlc?: string; syncedHlc?: string }>(record: T): T {
  const { hlc: _hlc, syncedHlc: _synced, ...rest } = record;
  return rest as T;
}

export type { EntryId, MonthKey };
