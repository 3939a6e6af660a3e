import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMonth } from '../month-record';
import type { Entry, MonthRecord } from '../types';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupRecords,
  backupFileName,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_ENTRIES,
  type MergePlan,
  type ParseBackupResult,
  parseBackup,
  planMerge,
  serializeBackup,
} from '.';

const NOW = Date.UTC(2019, 2, 15, 12);

function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'e1',
    url: 'https://example.org/a',
    title: 'A',
    note: 'A note.',
    tags: ['grafana'],
    category: 'Data',
    monthKey: '2019-03',
    capturedAt: 1000,
    updatedAt: 1000,
    deletedAt: null,
    meta: { siteName: 'Example' },
    ...overrides,
  };
}

function month(overrides: Partial<MonthRecord> = {}): MonthRecord {
  return { ...emptyMonth('2019-03'), intro: 'Un mois.', updatedAt: 1000, ...overrides };
}

/** A backup file's text with these records, as the app writes it, or patched by hand. */
function file(records: { entries?: unknown[]; months?: unknown[] } = {}, envelope = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(NOW).toISOString(),
    entries: records.entries ?? [entry()],
    months: records.months ?? [month()],
    ...envelope,
  });
}

function failure(result: ParseBackupResult) {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result;
}

describe('serializeBackup and parseBackup', () => {
  it('round-trips every field, tombstones and optional ones included', () => {
    const entries = [
      entry({ position: 2, meta: { author: 'Ann', lang: 'fr', pageDate: '2019-03-01' } }),
      entry({ id: 'e2', url: 'https://example.org/b', deletedAt: 2000, updatedAt: 2000 }),
    ];
    const months = [
      month({
        sectionIntros: { Data: 'Intro.' },
        sectionOrder: ['Data', 'Logs'],
        publishDate: '2019-04-01',
        publishedAt: 3000,
        publishedEntryIds: ['e1'],
        publishedTo: {
          repository: 'https://git.example.org/ana/blog.git',
          branch: 'veille/2019-03',
          path: 'content/posts/2019-04-01-x.md',
          commit: 'c'.repeat(40),
          at: 3000,
        },
      }),
      month({ id: '2019-02' }),
    ];
    const text = serializeBackup(entries, months, NOW);
    expect(text).toContain('\n  "format": "veille-backup",\n');
    expect(text.endsWith('}\n')).toBe(true);
    const result = parseBackup(text);
    expect(result).toStrictEqual({
      ok: true,
      backup: {
        format: 'veille-backup',
        version: 2,
        exportedAt: '2019-03-15T12:00:00.000Z',
        entries,
        months,
      },
    });
  });

  it('reads a version 1 file, whose entries named their month `month` and the page date `meta.publishedAt`', () => {
    const { monthKey, meta, ...rest } = entry({ meta: { author: 'Ann', pageDate: '2019-03-01' } });
    const written = {
      ...rest,
      month: monthKey,
      meta: { author: 'Ann', publishedAt: '2019-03-01' },
    };
    const result = parseBackup(file({ entries: [written] }, { version: 1 }));
    expect(result.ok && result.backup.entries).toEqual([
      { ...rest, monthKey, meta: { author: 'Ann', pageDate: '2019-03-01' } },
    ]);
    expect(result.ok && result.backup.version).toBe(2);
    expect(meta).toBeDefined();
  });

  it('reads an empty backup', () => {
    const result = parseBackup(serializeBackup([], [], NOW));
    expect(result.ok && result.backup.entries).toEqual([]);
  });

  it('drops unknown fields instead of storing them', () => {
    const result = parseBackup(
      file({ entries: [{ ...entry(), extra: 'x', meta: { siteName: 'S', junk: 1 } }] }),
    );
    expect(result.ok && result.backup.entries[0]).toStrictEqual(entry({ meta: { siteName: 'S' } }));
  });

  it('names the file after the day in the author’s time zone', () => {
    const lateInParis = Date.UTC(2019, 2, 31, 22, 30);
    expect(backupFileName(lateInParis, 'Europe/Paris')).toBe('veille-backup-2019-04-01.json');
    expect(backupFileName(lateInParis, 'UTC')).toBe('veille-backup-2019-03-31.json');
  });
});

describe('parseBackup refuses', () => {
  it('text that is not JSON', () => {
    expect(failure(parseBackup('{"format": "veille-backup",'))).toMatchObject({
      problem: 'not-json',
    });
    expect(failure(parseBackup(''))).toMatchObject({ problem: 'not-json' });
  });

  it('JSON that is not a Veille backup', () => {
    for (const text of ['null', '42', '"veille-backup"', '[]', '{}', '{"format":"other"}']) {
      expect(failure(parseBackup(text)).problem, text).toBe('not-a-backup');
    }
    expect(failure(parseBackup(file({}, { version: '1' }))).problem).toBe('not-a-backup');
    expect(failure(parseBackup(file({}, { version: 0 }))).problem).toBe('not-a-backup');
    expect(failure(parseBackup(file({}, { entries: {} }))).problem).toBe('not-a-backup');
    expect(failure(parseBackup(file({}, { months: undefined }))).problem).toBe('not-a-backup');
    expect(failure(parseBackup(file({}, { exportedAt: 1 }))).problem).toBe('not-a-backup');
  });

  it('a backup from a newer version, before looking at its records', () => {
    expect(failure(parseBackup(file({ entries: [{}] }, { version: 3 })))).toMatchObject({
      problem: 'newer-version',
      version: 3,
    });
  });

  it('the whole file when one record is invalid, naming its index and field', () => {
    const entries = [entry(), entry({ id: 'e2', url: 'https://example.org/b' }), { ...entry() }];
    const bad = { ...entry({ id: 'e4', url: 'https://example.org/d' }), tags: ['ok', 3] };
    const result = failure(parseBackup(file({ entries: [...entries.slice(0, 2), bad] })));
    expect(result).toMatchObject({
      problem: 'invalid-records',
      record: { list: 'entries', index: 2, field: 'tags.1', fault: 'wrong-type' },
    });
    expect(result.detail).toMatch(/^entries\[2\]\.tags\.1: /);
  });

  it('a record with a missing field, a record that is not an object', () => {
    const { title: _, ...untitled } = entry();
    expect(failure(parseBackup(file({ entries: [untitled] }))).record).toEqual({
      list: 'entries',
      index: 0,
      field: 'title',
      fault: 'missing',
    });
    expect(failure(parseBackup(file({ months: [month(), 'March'] }))).record).toEqual({
      list: 'months',
      index: 1,
      field: '',
      fault: 'not-object',
    });
  });

  it('a javascript:, data: or relative URL, even in a tombstone', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/relative',
      ' https://padded.example/',
      '',
    ]) {
      const result = failure(parseBackup(file({ entries: [entry({ url, deletedAt: 5 })] })));
      expect(result.record, url).toEqual({
        list: 'entries',
        index: 0,
        field: 'url',
        fault: 'not-web-url',
      });
    }
  });

  it('bad values: empty id, month key, times, publish date', () => {
    const cases: [unknown, string][] = [
      [{ entries: [entry({ id: '' })] }, 'id'],
      [{ entries: [entry({ monthKey: '2019-13' })] }, 'monthKey'],
      [{ entries: [{ ...entry(), updatedAt: '1000' }] }, 'updatedAt'],
      [{ entries: [{ ...entry(), deletedAt: undefined }] }, 'deletedAt'],
      [{ entries: [{ ...entry(), position: 'first' }] }, 'position'],
      [{ entries: [{ ...entry(), meta: { author: 7 } }] }, 'meta.author'],
      [{ entries: [{ ...entry(), meta: null }] }, 'meta'],
      [{ months: [month({ id: 'March' })] }, 'id'],
      [{ months: [month({ publishDate: '1 April' })] }, 'publishDate'],
      [{ months: [{ ...month(), sectionIntros: { Data: 1 } }] }, 'sectionIntros.Data'],
      [{ months: [{ ...month(), publishedEntryIds: 'e1' }] }, 'publishedEntryIds'],
    ];
    for (const [records, field] of cases) {
      const result = failure(parseBackup(file(records as { entries?: unknown[] })));
      expect(result.problem, field).toBe('invalid-records');
      expect(result.record?.field, JSON.stringify(records)).toBe(field);
    }
  });

  it('infinite numbers, which JSON writes as huge exponents', () => {
    const text = file().replace('"updatedAt": 1000', '"updatedAt": 1e999');
    const huge = file({ entries: [] }).replace('"entries":[]', '"entries":[ENTRY]');
    const withInfinity = huge.replace('ENTRY', JSON.stringify(entry()).replace('1000', '1e999'));
    expect(failure(parseBackup(withInfinity)).record).toMatchObject({ field: 'capturedAt' });
    expect(parseBackup(text).ok).toBe(true);
  });

  it('two records with the same id, two entries with the same URL', () => {
    const twice = file({ entries: [entry(), entry({ url: 'https://example.org/b' })] });
    expect(failure(parseBackup(twice)).record).toEqual({
      list: 'entries',
      index: 1,
      field: 'id',
      fault: 'duplicate-id',
    });
    const sameUrl = file({ entries: [entry(), entry({ id: 'e2', deletedAt: 9 })] });
    expect(failure(parseBackup(sameUrl)).record).toMatchObject({
      index: 1,
      fault: 'duplicate-url',
    });
    const months = file({ months: [month(), month()] });
    expect(failure(parseBackup(months)).record).toMatchObject({ list: 'months', index: 1 });
  });

  it('a huge text before parsing it, and too many records', () => {
    const huge = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(failure(parseBackup(huge)).problem).toBe('too-large');
    const many = file({ entries: new Array(MAX_BACKUP_ENTRIES + 1).fill(0) });
    expect(failure(parseBackup(many)).problem).toBe('too-large');
  });
});

/** The records after a plan is written, as the database would hold them. */
function apply(existing: BackupRecords, plan: MergePlan): BackupRecords {
  const entries = new Map(existing.entries.map((e) => [e.id, e]));
  for (const id of plan.deleteEntryIds) entries.delete(id);
  for (const e of plan.putEntries) entries.set(e.id, e);
  const months = new Map(existing.months.map((m) => [m.id, m]));
  for (const m of plan.putMonths) months.set(m.id, m);
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return { entries: [...entries.values()].sort(byId), months: [...months.values()].sort(byId) };
}

const records = (entries: Entry[], months: MonthRecord[] = []): BackupRecords => ({
  entries,
  months,
});

describe('planMerge: the later update wins, id by id', () => {
  it('adds new records and counts them', () => {
    const plan = planMerge(records([]), records([entry()], [month()]));
    expect(plan.putEntries).toEqual([entry()]);
    expect(plan.putMonths).toEqual([month()]);
    expect(plan.deleteEntryIds).toEqual([]);
    expect(plan.counts).toEqual({
      entries: { added: 1, updated: 0, deleted: 0, unchanged: 0, keptDeleted: 0, urlConflicts: 0 },
      months: { added: 1, updated: 0, unchanged: 0 },
    });
  });

  it('replaces an older record, keeps a newer one, and keeps the existing one on a tie', () => {
    const local = [
      entry({ id: 'old', url: 'https://x.example/old', updatedAt: 1000 }),
      entry({ id: 'new', url: 'https://x.example/new', updatedAt: 3000, note: 'local' }),
      entry({ id: 'tie', url: 'https://x.example/tie', updatedAt: 2000, note: 'local' }),
    ];
    const backup = [
      entry({ id: 'old', url: 'https://x.example/old', updatedAt: 2000, note: 'backup' }),
      entry({ id: 'new', url: 'https://x.example/new', updatedAt: 2000, note: 'backup' }),
      entry({ id: 'tie', url: 'https://x.example/tie', updatedAt: 2000, note: 'backup' }),
    ];
    const plan = planMerge(
      records(local, [month({ updatedAt: 5 })]),
      records(backup, [month({ updatedAt: 9, intro: 'backup' })]),
    );
    expect(plan.putEntries).toEqual([backup[0]]);
    expect(plan.putMonths).toEqual([month({ updatedAt: 9, intro: 'backup' })]);
    expect(plan.counts.entries).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(plan.counts.months).toEqual({ added: 0, updated: 1, unchanged: 0 });
  });

  it('a later deletion in the backup wins over an earlier edit here', () => {
    const plan = planMerge(
      records([entry({ updatedAt: 1000 })]),
      records([entry({ updatedAt: 2000, deletedAt: 2000 })]),
    );
    expect(plan.putEntries).toEqual([entry({ updatedAt: 2000, deletedAt: 2000 })]);
    expect(plan.counts.entries).toMatchObject({ deleted: 1, added: 0, unchanged: 0 });
  });

  it('a later edit here wins over an earlier deletion in the backup', () => {
    const plan = planMerge(
      records([entry({ updatedAt: 3000 })]),
      records([entry({ updatedAt: 2000, deletedAt: 2000 })]),
    );
    expect(plan.putEntries).toEqual([]);
    expect(plan.counts.entries).toMatchObject({ deleted: 0, unchanged: 1 });
  });

  it('a later edit in the backup revives an earlier deletion here', () => {
    const plan = planMerge(
      records([entry({ updatedAt: 1000, deletedAt: 1000 })]),
      records([entry({ updatedAt: 2000, note: 'edited' })]),
    );
    expect(plan.putEntries).toEqual([entry({ updatedAt: 2000, note: 'edited' })]);
    expect(plan.counts.entries).toMatchObject({ added: 1, keptDeleted: 0 });
  });

  it('keeps a later deletion here, and counts the entry as kept deleted', () => {
    const tombstone = entry({ updatedAt: 5000, deletedAt: 5000 });
    const plan = planMerge(records([tombstone]), records([entry()]));
    expect(plan.putEntries).toEqual([]);
    expect(plan.counts.entries).toMatchObject({ added: 0, unchanged: 0, keptDeleted: 1 });
  });

  it('revives it when asked, stamped later than the deletion', () => {
    const tombstone = entry({ updatedAt: 5000, deletedAt: 5000 });
    const revived = planMerge(records([tombstone]), records([entry()]), { reviveAt: 9000 });
    expect(revived.putEntries).toEqual([entry({ updatedAt: 9000 })]);
    expect(revived.counts.entries).toMatchObject({ added: 1, keptDeleted: 0 });
    // A clock behind the tombstone still makes the revival the later update.
    const skewed = planMerge(records([tombstone]), records([entry()]), { reviveAt: 10 });
    expect(skewed.putEntries[0]?.updatedAt).toBe(5001);
    // Only live entries of the backup are revived; tombstones stay tombstones.
    const both = planMerge(records([tombstone]), records([entry({ updatedAt: 1, deletedAt: 1 })]), {
      reviveAt: 9000,
    });
    expect(both.putEntries).toEqual([]);
  });

  it('records a tombstone it did not know, without counting it', () => {
    const plan = planMerge(records([]), records([entry({ deletedAt: 1000 })]));
    expect(plan.putEntries).toHaveLength(1);
    expect(plan.counts.entries).toMatchObject({ added: 0, deleted: 0, unchanged: 0 });
  });
});

describe('planMerge: one record per URL', () => {
  const url = 'https://example.org/same';

  it('two live entries of the same page: the later update wins, the other is removed', () => {
    const local = entry({ id: 'here', url, updatedAt: 1000, note: 'here' });
    const incoming = entry({ id: 'there', url, updatedAt: 2000, note: 'there' });
    const plan = planMerge(records([local]), records([incoming]));
    expect(plan.deleteEntryIds).toEqual(['here']);
    expect(plan.putEntries).toEqual([incoming]);
    expect(plan.counts.entries).toMatchObject({ updated: 1, added: 0, urlConflicts: 1 });

    const older = planMerge(records([local]), records([{ ...incoming, updatedAt: 500 }]));
    expect(older.deleteEntryIds).toEqual([]);
    expect(older.putEntries).toEqual([]);
    expect(older.counts.entries).toMatchObject({ unchanged: 1, added: 0, urlConflicts: 1 });

    const tie = planMerge(records([local]), records([{ ...incoming, updatedAt: 1000 }]));
    expect(tie.putEntries).toEqual([]);
  });

  it('a live entry beats a tombstone of the same URL, whatever their times', () => {
    const tombstone = entry({ id: 'here', url, updatedAt: 9000, deletedAt: 9000 });
    const live = entry({ id: 'there', url, updatedAt: 1000 });
    const plan = planMerge(records([tombstone]), records([live]));
    expect(plan.deleteEntryIds).toEqual(['here']);
    expect(plan.putEntries).toEqual([live]);
    expect(plan.counts.entries).toMatchObject({ added: 1 });

    const reverse = planMerge(
      records([entry({ id: 'here', url, updatedAt: 1000 })]),
      records([entry({ id: 'there', url, updatedAt: 9000, deletedAt: 9000 })]),
    );
    expect(reverse.deleteEntryIds).toEqual([]);
    expect(reverse.putEntries).toEqual([]);
  });

  it('an incoming record that loses its URL takes its older local version with it', () => {
    const local = [
      entry({ id: 'a', url: 'https://example.org/old', updatedAt: 1000 }),
      entry({ id: 'b', url, updatedAt: 5000 }),
    ];
    // Elsewhere, `a` was moved to b's URL, before b was last edited here.
    const plan = planMerge(records(local), records([entry({ id: 'a', url, updatedAt: 2000 })]));
    expect(plan.putEntries).toEqual([]);
    expect(plan.deleteEntryIds).toEqual(['a']);
    expect(apply(records(local), plan).entries.map((e) => e.id)).toEqual(['b']);
  });

  it('follows URLs that move: a record may take the URL another one leaves', () => {
    const local = [
      entry({ id: 'a', url: 'https://example.org/1' }),
      entry({ id: 'b', url: 'https://example.org/2' }),
    ];
    const swapped = [
      entry({ id: 'a', url: 'https://example.org/2', updatedAt: 2000 }),
      entry({ id: 'b', url: 'https://example.org/1', updatedAt: 2000 }),
    ];
    const plan = planMerge(records(local), records(swapped));
    expect(plan.deleteEntryIds).toEqual([]);
    expect(plan.putEntries).toEqual(swapped);
    expect(plan.counts.entries).toMatchObject({ updated: 2, urlConflicts: 0 });
  });
});

// --- Properties --------------------------------------------------------------

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const URLS = ['1', '2', '3', '4', '5'].map((n) => `https://example.org/${n}`);

const entryArb = fc.record({
  id: fc.constantFrom(...IDS),
  url: fc.constantFrom(...URLS),
  note: fc.constantFrom('', 'x', 'y'),
  updatedAt: fc.integer({ min: 0, max: 4 }),
  deleted: fc.boolean(),
});
const monthArb = fc.record({
  id: fc.constantFrom('2019-01', '2019-02', '2019-03'),
  intro: fc.constantFrom('', 'x', 'y'),
  updatedAt: fc.integer({ min: 0, max: 4 }),
});

/** A set of records the database could hold: unique ids, unique URLs. */
const recordsArb = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: IDS.length }),
    months: fc.uniqueArray(monthArb, { selector: (m) => m.id, maxLength: 3 }),
  })
  .map(({ entries, months }) => {
    const seen = new Set<string>();
    return records(
      entries
        .filter((e) => !seen.has(e.url) && seen.add(e.url))
        .map(({ deleted, ...e }) =>
          entry({ ...e, deletedAt: deleted ? e.updatedAt : null, note: e.note }),
        ),
      months.map((m) => month(m)),
    );
  });

function expectStorable(result: BackupRecords) {
  expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length);
  expect(new Set(result.entries.map((e) => e.url)).size).toBe(result.entries.length);
}

describe('planMerge properties', () => {
  it('merging records into themselves changes nothing', () => {
    fc.assert(
      fc.property(recordsArb, (db) => {
        const plan = planMerge(db, db);
        expect(plan.putEntries).toEqual([]);
        expect(plan.putMonths).toEqual([]);
        expect(plan.deleteEntryIds).toEqual([]);
      }),
    );
  });

  it('is idempotent, and the result keeps one record per id and per URL', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, fc.boolean(), (db, backup, revive) => {
        const options = revive ? { reviveAt: 7 } : {};
        const once = apply(db, planMerge(db, backup, options));
        expectStorable(once);
        const again = planMerge(once, backup, options);
        expect(again.putEntries).toEqual([]);
        expect(again.deleteEntryIds).toEqual([]);
        expect(again.putMonths).toEqual([]);
        expect(apply(once, again)).toEqual(once);
      }),
    );
  });

  it('replaces a record only by a later one, or when another id took its URL', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (db, backup) => {
        const result = apply(db, planMerge(db, backup)).entries;
        const byId = new Map(result.map((e) => [e.id, e]));
        const urlHolder = new Map(result.map((e) => [e.url, e.id]));
        for (const e of result) {
          expect([...db.entries, ...backup.entries]).toContain(e);
        }
        for (const l of db.entries) {
          const kept = byId.get(l.id);
          const lostUrl = (urlHolder.get(l.url) ?? l.id) !== l.id;
          if (kept && kept !== l) expect(kept.updatedAt > l.updatedAt || lostUrl).toBe(true);
          if (!kept) expect(lostUrl || backup.entries.some((b) => b.id === l.id)).toBe(true);
        }
        // A live entry of the backup that is the later version of its id
        // leaves its page live (under its id, or a later one of the same page).
        const liveUrls = new Set(result.filter((e) => e.deletedAt === null).map((e) => e.url));
        for (const b of backup.entries) {
          const local = db.entries.find((l) => l.id === b.id);
          const later = !local || b.updatedAt > local.updatedAt;
          if (b.deletedAt === null && later) expect(liveUrls.has(b.url)).toBe(true);
        }
      }),
    );
  });
});
