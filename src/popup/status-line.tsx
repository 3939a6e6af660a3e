import { type MessageKey, t } from '../platform/i18n';
import type { SaveFailure } from './save-capture';

/** Where the popup is in saving or deleting, as the status line says it. */
export type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean }
  | { kind: 'deleted'; id: string }
  | { kind: 'failed'; failure: SaveFailure };

const failureMessage: Record<SaveFailure, MessageKey> = {
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
    <p role="status" class={`status ${status.kind === 'failed' ? 'error' : ''}`}>
      {status.kind === 'saved' && t(status.updated ? 'statusUpdated' : 'statusSaved')}
      {status.kind === 'failed' && t(failureMessage[status.failure])}
      {status.kind === 'deleted' && (
        <>
          {t('statusDeleted')}{' '}
          <button type="button" class="link" onClick={() => onUndo(status.id)}>
            {t('undo')}
          </button>
        </>
      )}
    </p>
  );
}
