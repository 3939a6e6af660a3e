import { type MessageKey, t } from '../platform/i18n';
import type { BlockedReason } from './load-capture';
import { PopupHeader } from './popup-header';

const messageKey: Record<Exclude<BlockedReason['reason'], 'not-web-page'>, MessageKey> = {
  'entry-gone': 'blockedEntryGone',
  'invalid-url': 'blockedInvalidUrl',
  'hidden-url': 'blockedHiddenUrl',
  'no-tab': 'blockedNoTab',
  'store-unavailable': 'blockedStoreUnavailable',
  'store-too-new': 'errorUnknownVersion',
};

/** Says plainly why this page cannot be captured. Nothing was written. */
export function Blocked({ why, onOpenLibrary }: { why: BlockedReason; onOpenLibrary(): void }) {
  const message =
    why.reason === 'not-web-page'
      ? t('blockedNotWebPage', why.scheme.replace(/:$/, ''))
      : t(messageKey[why.reason]);
  return (
    <main class="popup">
      <PopupHeader title={t('extName')} onOpenLibrary={onOpenLibrary} />
      <p role="alert" class="message error">
        {message}
      </p>
      <p class="hint">{t('blockedNothingSaved')}</p>
    </main>
  );
}
