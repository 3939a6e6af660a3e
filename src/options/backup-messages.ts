import {
  type BackupProblem,
  type InvalidRecord,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_ENTRIES,
  type MergeCounts,
  type RecordFault,
} from '../core/backup';
import type { StoreError } from '../db/errors';
import { type MessageKey, t } from '../platform/i18n';

const FAULTS: Record<RecordFault, MessageKey> = {
  'not-object': 'backupFaultNotObject',
  missing: 'backupFaultMissing',
  'wrong-type': 'backupFaultWrongType',
  'invalid-value': 'backupFaultInvalidValue',
  'not-web-url': 'backupFaultNotWebUrl',
  'duplicate-id': 'backupFaultDuplicateId',
  'duplicate-url': 'backupFaultDuplicateUrl',
};

/** "Entry 4 of the backup is not valid: the field “tags.1” has the wrong type." (1-based) */
function invalidRecordMessage(record: InvalidRecord): string {
  const key = record.list === 'entries' ? 'backupInvalidEntry' : 'backupInvalidMonth';
  return t(key, String(record.index + 1), t(FAULTS[record.fault], record.field));
}

/** Why a file cannot be restored, in the UI's language. */
export function problemMessage(refusal: {
  problem: BackupProblem;
  version?: number;
  record?: InvalidRecord;
}): string {
  switch (refusal.problem) {
    case 'not-json':
      return t('backupNotJson');
    case 'not-a-backup':
      return t('backupNotABackup');
    case 'newer-version':
      return t('backupNewerVersion', String(refusal.version ?? '?'));
    case 'too-large':
      return t(
        'backupTooLarge',
        String(MAX_BACKUP_BYTES / 1024 / 1024),
        MAX_BACKUP_ENTRIES.toLocaleString(),
      );
    case 'invalid-records':
      return refusal.record ? invalidRecordMessage(refusal.record) : t('backupNotABackup');
  }
}

export function storeMessage(error: StoreError): string {
  return error.failure === 'disk-full' ? t('backupDiskFull') : t('backupWriteFailed');
}

/** The status after a restore: what was added, updated, deleted, kept. */
export function restoredMessage({ entries, months }: MergeCounts): string {
  const sentences = [
    t('backupRestored', String(entries.added), String(entries.updated), String(entries.unchanged)),
  ];
  if (entries.deleted > 0) sentences.push(t('backupRestoredDeleted', String(entries.deleted)));
  if (months.added + months.updated > 0) {
    sentences.push(t('backupRestoredMonths', String(months.added), String(months.updated)));
  }
  if (entries.keptDeleted > 0) {
    sentences.push(t('backupKeptDeleted', String(entries.keptDeleted)));
  }
  return sentences.join(' ');
}
