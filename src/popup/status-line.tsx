import type { EditField } from '../core/edit-merge';
import type { Entry } from '../core/types';
import { type MessageKey, t } from '../platform/i18n';
import { ConflictNotice } from './conflict-notice';
import type { SaveFailure } from './save-capture';

/** Where the popup is in saving or deleting, as the status line says it. */
export type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean }
  | { kind: 'deleted'; id: string }
  | { kind: 'failed'; failure: SaveFailure }
  /** Changed elsewhere in fields edited here too: the stored values are shown. */
  | { kind: 'conflict'; stored: Entry; fields: EditField[] };

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

/** The popup's live region: saved, failed (and why), deleted (with Undo). */
export function StatusLine({ status, onUndo }: { status: Status; onUndo(id: string): void }) {
  return (
    <div
      role="status"
      class={`status ${status.kind === 'failed' || status.kind === 'conflict' ? 'error' : ''}`}
    >
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
    </div>
  );
}
