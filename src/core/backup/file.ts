/**
 * The backup file: every entry (tombstones included) and every month record,
 * as JSON. Uninstalling the extension erases its IndexedDB; this file is how
 * an author keeps their veille and brings it back.
 *
 * Reading a backup is all or nothing: one invalid record rejects the whole
 * file, with the record's position and the reason, and nothing is written.
 * A record is restored as written (its URL is checked, not re-cleaned), so a
 * backup made by an older version restores the same records, the same ids.
 *
 * Restoring merges (merge.ts): the later `updatedAt` wins, id by id.
 */
import * as v from 'valibot';
import { isIsoDate, isMonthKey, isValidTime } from '../dates';
import { entryFromVersion1 } from '../entry-upgrade';
import { dateOf } from '../month';
import { withoutStamps } from '../sync/records';
import type { Entry, MonthRecord } from '../types';
import { cleanUrl } from '../url';
import { publishedToSchema } from './published-to';

export const BACKUP_FORMAT = 'veille-backup';
/** 2: entries name their month `monthKey` and the page's date `meta.pageDate` (1 is read too). */
export const BACKUP_VERSION = 2;

/**
 * A file past it is refused unread. An entry takes 0.5 to 1 kB of pretty
 * JSON, so this fits MAX_BACKUP_ENTRIES typical entries.
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
/** 100,000 entries is ten captures a day for 27 years. */
export const MAX_BACKUP_ENTRIES = 100_000;
export const MAX_BACKUP_MONTHS = 10_000;
/** Ids are uuids (36 characters); this only stops junk. */
const MAX_ID_LENGTH = 200;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, when the file was written. */
  exportedAt: string;
  entries: Entry[];
  months: MonthRecord[];
}

export type BackupProblem =
  | 'not-json'
  | 'not-a-backup'
  | 'newer-version'
  | 'invalid-records'
  | 'too-large';

/** Why a record was refused; the UI has a message for each. */
export type RecordFault =
  | 'not-object'
  | 'missing'
  | 'wrong-type'
  | 'invalid-value'
  | 'not-web-url'
  | 'duplicate-id'
  | 'duplicate-url';

/** The first invalid record of a refused file. */
export interface InvalidRecord {
  list: 'entries' | 'months';
  /** 0-based position in its list, in the file's order. */
  index: number;
  /** Dot path of the faulty field (`url`, `meta.author`, `tags.2`); '' for the record itself. */
  field: string;
  fault: RecordFault;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | {
      ok: false;
      problem: BackupProblem;
      /** For developers and logs, in English: `entries[3].url: ...`, the version found... */
      detail?: string;
      /** With 'invalid-records'. */
      record?: InvalidRecord;
      /** With 'newer-version': the file's version. */
      version?: number;
    };

const finite = v.pipe(v.number(), v.finite());
/** Epoch milliseconds that print as a date (src/core/dates.ts): no 1e20, no -1e300, no 1.5. */
const time = v.pipe(
  v.number(),
  v.check((t: number) => isValidTime(t), 'not a time from 1970 to 9999'),
);
const monthKey = v.pipe(v.string(), v.check(isMonthKey, 'not a YYYY-MM month'));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'not a YYYY-MM-DD date'));
const optionalText = v.optional(v.string());
const isWebUrl = (url: string) => url === url.trim() && cleanUrl(url).ok;

export const EntrySchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_ID_LENGTH)),
  url: v.pipe(v.string(), v.check(isWebUrl, 'not an http(s) URL')),
  title: v.string(),
  note: v.string(),
  tags: v.array(v.string()),
  category: v.string(),
  monthKey,
  capturedAt: time,
  updatedAt: time,
  deletedAt: v.nullable(time),
  position: v.optional(finite),
  meta: v.object({
    siteName: optionalText,
    description: optionalText,
    author: optionalText,
    pageDate: optionalText,
    lang: optionalText,
  }),
});

export const MonthSchema = v.object({
  id: monthKey,
  intro: v.string(),
  outro: v.string(),
  sectionIntros: v.record(v.string(), v.string()),
  sectionOrder: v.array(v.string()),
  titleOverride: v.string(),
  publishDate: v.nullable(isoDate),
  publishedAt: v.nullable(time),
  publishedEntryIds: v.array(v.string()),
  publishedTo: v.optional(publishedToSchema(time)),
  updatedAt: time,
  deletedAt: v.nullable(time),
});

/** The envelope, once `format` and `version` are known to be right. */
const EnvelopeSchema = v.object({
  exportedAt: v.string(),
  entries: v.array(v.unknown()),
  months: v.array(v.unknown()),
});

/** The backup's text: pretty JSON, so a person can read it and diff two of them. */
export function serializeBackup(
  entries: readonly Entry[],
  months: readonly MonthRecord[],
  now: number,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    // Without clock stamps: they are this database's (a restore stamps what it writes).
    entries: entries.map(withoutStamps),
    months: months.map(withoutStamps),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `veille-backup-YYYY-MM-DD.json`, the date in the author's time zone. */
export function backupFileName(now: number, timeZone: string): string {
  return `veille-backup-${dateOf(now, timeZone)}.json`;
}

type Failure = Extract<ParseBackupResult, { ok: false }>;
const fail = (problem: BackupProblem, extra: Omit<Failure, 'ok' | 'problem'> = {}): Failure => ({
  ok: false,
  problem,
  ...extra,
});

/**
 * Reads a backup file's text. Refuses, without writing anything: text over
 * MAX_BACKUP_BYTES, what is not JSON, what is not a Veille backup, a newer
 * format, more records than the caps, and any invalid record (the first one
 * is reported). Unknown fields are dropped; known ones are all checked.
 */
export function parseBackup(text: string): ParseBackupResult {
  // A string's length never exceeds its UTF-8 size, so this is a lower bound.
  if (text.length > MAX_BACKUP_BYTES) {
    return fail('too-large', { detail: `${text.length} characters` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('not-json', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail('not-a-backup');
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-a-backup', { detail: `version: ${JSON.stringify(version)}` });
  }
  if (version > BACKUP_VERSION) {
    return fail('newer-version', { detail: `version ${version}`, version });
  }
  const envelope = v.safeParse(EnvelopeSchema, data, { abortEarly: true });
  if (!envelope.success) {
    return fail('not-a-backup', { detail: describeIssue('', envelope.issues[0]) });
  }
  const { exportedAt, entries: rawEntries, months: rawMonths } = envelope.output;
  if (rawEntries.length > MAX_BACKUP_ENTRIES || rawMonths.length > MAX_BACKUP_MONTHS) {
    return fail('too-large', {
      detail: `${rawEntries.length} entries, ${rawMonths.length} months`,
    });
  }

  const entries: Entry[] = [];
  for (const [index, raw] of rawEntries.entries()) {
    const upgraded = version === 1 ? entryFromVersion1(raw) : raw;
    const result = v.safeParse(EntrySchema, upgraded, { abortEarly: true });
    if (!result.success) return invalid('entries', index, result.issues[0]);
    entries.push(result.output);
  }
  const months: MonthRecord[] = [];
  for (const [index, raw] of rawMonths.entries()) {
    const result = v.safeParse(MonthSchema, raw, { abortEarly: true });
    if (!result.success) return invalid('months', index, result.issues[0]);
    months.push(result.output);
  }

  // The database holds one record per id and one per URL (tombstones
  // included): a file breaking that was not written by Veille.
  const duplicate =
    firstDuplicate('entries', entries, (e) => e.id, 'id', 'duplicate-id') ??
    firstDuplicate('entries', entries, (e) => e.url, 'url', 'duplicate-url') ??
    firstDuplicate('months', months, (m) => m.id, 'id', 'duplicate-id');
  if (duplicate) {
    return fail('invalid-records', {
      record: duplicate,
      detail: `${duplicate.list}[${duplicate.index}].${duplicate.field}: ${duplicate.fault}`,
    });
  }

  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, entries, months },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(list: InvalidRecord['list'], index: number, issue: v.BaseIssue<unknown>) {
  const field = v.getDotPath(issue) ?? '';
  const record: InvalidRecord = { list, index, field, fault: faultOf(field, issue) };
  return fail('invalid-records', { record, detail: describeIssue(`${list}[${index}]`, issue) });
}

function faultOf(field: string, issue: v.BaseIssue<unknown>): RecordFault {
  if (field === '') return 'not-object';
  if (issue.kind === 'schema') return issue.received === 'undefined' ? 'missing' : 'wrong-type';
  return field === 'url' ? 'not-web-url' : 'invalid-value';
}

function describeIssue(where: string, issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const at = [where, path].filter(Boolean).join('.');
  return at ? `${at}: ${issue.message}` : issue.message;
}

function firstDuplicate<T>(
  list: InvalidRecord['list'],
  records: readonly T[],
  key: (record: T) => string,
  field: string,
  fault: RecordFault,
): InvalidRecord | undefined {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const value = key(record);
    if (seen.has(value)) return { list, index, field, fault };
    seen.add(value);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------
