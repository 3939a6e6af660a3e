import { useState } from 'preact/hooks';
import {
  type Backup,
  backupFileName,
  MAX_BACKUP_BYTES,
  type MergeCounts,
  parseBackup,
  serializeBackup,
} from '../core/backup';
import { readBackup } from '../db/backup';
import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';
import { problemMessage, restoredMessage, storeMessage } from './backup-messages';
import type { OptionsDeps } from './options-deps';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** `backup` is kept for "Bring them back". */
  | { kind: 'restored'; counts: MergeCounts; backup: Backup }
  | { kind: 'failed'; message: string };

/**
 * Download a backup of the whole database, and restore one: a file is read,
 * checked whole (`parseBackup`), then merged in one transaction. A refused
 * file or a failed write changes nothing, and says so.
 */
export function BackupSection({ deps, timeZone }: { deps: OptionsDeps; timeZone: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [downloadFailed, setDownloadFailed] = useState(false);

  const download = async () => {
    try {
      const { entries, months } = await readBackup(deps.db);
      const now = deps.now();
      deps.download(
        backupFileName(now, timeZone),
        serializeBackup(entries, months, now),
        'application/json',
      );
      setDownloadFailed(false);
    } catch {
      setDownloadFailed(true);
    }
  };

  const merge = async (backup: Backup, reviveDeleted: boolean): Promise<Outcome> => {
    try {
      const counts = await deps.writer.importBackup(backup, { reviveDeleted });
      return { kind: 'restored', counts, backup };
    } catch (error) {
      return { kind: 'failed', message: storeMessage(toStoreError(error)) };
    }
  };

  const readFile = async (file: File): Promise<Outcome> => {
    // Refused unread: a huge file would be loaded whole into memory.
    if (file.size > MAX_BACKUP_BYTES) {
      return { kind: 'failed', message: problemMessage({ problem: 'too-large' }) };
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { kind: 'failed', message: t('backupUnreadable') };
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) return { kind: 'failed', message: problemMessage(parsed) };
    return merge(parsed.backup, false);
  };

  const restore = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy' });
    setOutcome(await readFile(file));
    // Choosing the same file again (after fixing it) fires a change again.
    input.value = '';
  };

  const revive = async (backup: Backup) => {
    setOutcome({ kind: 'busy' });
    setOutcome(await merge(backup, true));
  };

  const busy = outcome.kind === 'busy';
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="hint">{t('backupHint')}</p>
      <button type="button" onClick={download}>
        {t('backupDownload')}
      </button>
      {downloadFailed && (
        <p role="alert" class="message error">
          {t('backupDownloadFailed')}
        </p>
      )}
      <div class="field">
        <label for="restore-backup">{t('backupRestore')}</label>
        <input
          id="restore-backup"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={restore}
        />
      </div>
      <p role="status">
        {busy && t('backupRestoring')}
        {outcome.kind === 'restored' && restoredMessage(outcome.counts)}
      </p>
      {outcome.kind === 'restored' && outcome.counts.entries.keptDeleted > 0 && (
        <button type="button" onClick={() => revive(outcome.backup)}>
          {t('backupRevive')}
        </button>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" class="message error">
          {outcome.message} {t('backupNothingChanged')}
        </p>
      )}
    </section>
  );
}
