import { t } from '../ui/i18n';
import type { BlockedReason } from './load-capture';

const messageKey: Record<Exclude<BlockedReason['reason'], 'not-web-page'>, string> = {
  'entry-gone': 'blockedEntryGone',
  'invalid-url': 'blockedInvalidUrl',
  'hidden-url': 'blockedHiddenUrl',
  'no-tab': 'blockedNoTab',
  'store-unavailable': 'blockedStoreUnavailable',
};

/** Says plainly why this page cannot be captured. Nothing was written. */
export function Blocked({ why }: { why: BlockedReason }) {
  const message =
    why.reason === 'not-web-page'
      ? t('blockedNotWebPage', why.scheme.replace(/:$/, ''))
      : t(messageKey[why.reason]);
  return (
    <main class="popup">
      <h1 class="popup-title">{t('extName')}</h1>
      <p role="alert" class="message error">
        {message}
      </p>
      <p class="hint">{t('blockedNothingSaved')}</p>
    </main>
  );
}
