import type { Entry } from '../core/types';
import { t } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';

/**
 * What the popup says above the form: the entry it edits, a page found to be
 * captured already while the author typed (announced: it appears after the
 * form), a draft restored.
 */
export function FormNotices({
  editing,
  captured,
  draftRestored,
  onDiscardDraft,
}: {
  editing: Entry | undefined;
  captured: Entry | undefined;
  draftRestored: boolean;
  onDiscardDraft(): void;
}) {
  return (
    <>
      {editing && (
        <p class="message info">
          {t(
            'alreadyCaptured',
            new Date(editing.capturedAt).toLocaleDateString(),
            monthLabel(editing.monthKey),
          )}
        </p>
      )}
      {captured && (
        <p class="message info" role="status">
          {t(
            'alreadyCapturedWillAdd',
            new Date(captured.capturedAt).toLocaleDateString(),
            monthLabel(captured.monthKey),
          )}
        </p>
      )}
      {draftRestored && (
        <p class="message info">
          {t('draftRestored')}{' '}
          <button type="button" class="link" onClick={onDiscardDraft}>
            {t('discardDraft')}
          </button>
        </p>
      )}
    </>
  );
}
