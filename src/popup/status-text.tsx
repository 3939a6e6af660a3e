import { type MessageKey, t } from '../platform/i18n';
import { ConflictNotice } from './conflict-notice';
import type { SaveFailure } from './save-capture';
import type { Status } from './status-line';

const failureMessage: Record<SaveFailure, MessageKey> = {
  conflict: 'conflictChangedElsewhere',
  'needs-upgrade': 'errorNeedsUpgrade',
  'unknown-version': 'errorUnknownVersion',
  'invalid-url': 'errorInvalidUrl',
  'invalid-month': 'errorInvalidMonth',
  'disk-full': 'errorDiskFull',
  'duplicate-url': 'errorDuplicateUrl',
  'not-found': 'errorNotFound',
  unknown: 'errorUnknown',
};

/**
 * What the status line says once something happened: saved, failed (and
 * why), deleted (with Undo). Loaded after the form is on screen (deferred.ts).
 */
export function StatusText({ status, onUndo }: { status: Status; onUndo(id: string): void }) {
  return (
    <>
      {status.kind === 'saved' && t(status.updated ? 'statusUpdated' : 'statusSaved')}
      {status.kind === 'failed' && t(failureMessage[status.failure])}
      {status.kind === 'conflict' && (
        <ConflictNotice stored={status.stored} fields={status.fields} />
      )}
      {status.kind === 'deleted' && (
        <>
          {t('statusDeleted')}{' '}
          <button type="button" class="link" onClick={() => onUndo(status.id)}>
            {t('undo')}
          </button>
        </>
      )}
    </>
  );
}
