import { describe, expect, it } from 'vitest';
import type { BackupProblem, RecordFault } from '../core/backup';
import { StoreError } from '../db/errors';
import { problemMessage, restoredMessage, storeMessage } from './backup-messages';

const PROBLEMS: BackupProblem[] = [
  'not-json',
  'not-a-backup',
  'newer-version',
  'invalid-records',
  'too-large',
];
const FAULTS: RecordFault[] = [
  'not-object',
  'missing',
  'wrong-type',
  'invalid-value',
  'not-web-url',
  'duplicate-id',
  'duplicate-url',
];

/** `t()` gives the key back when a message is missing. */
const UNTRANSLATED = /\bbackup[A-Z]\w+/;

describe('backup messages', () => {
  it('has a message for every problem and every record fault', () => {
    for (const problem of PROBLEMS) {
      expect(problemMessage({ problem, version: 2 }), problem).not.toMatch(UNTRANSLATED);
    }
    for (const fault of FAULTS) {
      for (const list of ['entries', 'months'] as const) {
        const record = { list, index: 0, field: 'url', fault };
        expect(problemMessage({ problem: 'invalid-records', record }), fault).not.toMatch(
          UNTRANSLATED,
        );
      }
    }
    expect(storeMessage(new StoreError('disk-full'))).toBe('The disk is full.');
    expect(storeMessage(new StoreError('unknown'))).toBe('The database refused the restore.');
  });

  it('counts from 1 and names the field', () => {
    const record = {
      list: 'months',
      index: 2,
      field: 'publishDate',
      fault: 'invalid-value',
    } as const;
    expect(problemMessage({ problem: 'invalid-records', record })).toBe(
      'Month record 3 of the backup is not valid: the field “publishDate” has an invalid value.',
    );
    expect(problemMessage({ problem: 'newer-version', version: 2 })).toBe(
      'This backup was made by a newer version of Veille (format 2): update Veille, then restore it.',
    );
  });

  it('adds deletions, month texts and kept deletions only when there are some', () => {
    const none = {
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 0,
      keptDeleted: 0,
      urlConflicts: 0,
    };
    expect(
      restoredMessage({
        entries: { ...none, added: 12, updated: 3, unchanged: 40 },
        months: { added: 0, updated: 0, unchanged: 2 },
      }),
    ).toBe('Restored: 12 added, 3 updated, 40 unchanged.');
    expect(
      restoredMessage({
        entries: { ...none, deleted: 2, keptDeleted: 1 },
        months: { added: 1, updated: 2, unchanged: 0 },
      }),
    ).toBe(
      'Restored: 0 added, 0 updated, 0 unchanged. ' +
        'Deleted, as the backup deleted them after their last edit here: 2. ' +
        'Month texts added: 1, updated: 2. ' +
        'Entries of the backup that you deleted here after it was made stay deleted: 1.',
    );
  });
});
