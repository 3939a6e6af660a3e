import type { ComponentType } from 'preact';
import type { EditField } from '../core/edit-merge';
import type { Entry } from '../core/types';
import { t } from '../platform/i18n';
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

export type StatusTextView = ComponentType<{ status: Status; onUndo(id: string): void }>;

/**
 * The popup's live region, on screen (empty) from the start so that what it
 * says later is announced. Its words (`text`, status-text.tsx) load after the
 * form is on screen; nothing is said before a save or a delete, which load them.
 */
export function StatusLine({
  status,
  text: Text,
  onUndo,
}: {
  status: Status;
  text: StatusTextView | null;
  onUndo(id: string): void;
}) {
  return (
    <div
      role="status"
      class={`status ${status.kind === 'failed' || status.kind === 'conflict' ? 'error' : ''}`}
    >
      {Text ? (
        <Text status={status} onUndo={onUndo} />
      ) : (
        // The words could not load: still, a failure is said.
        status.kind === 'failed' && t('errorUnknown')
      )}
    </div>
  );
}
