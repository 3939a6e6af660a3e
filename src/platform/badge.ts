import { browser } from './browser';
import { type MessageKey, t } from './i18n';

/** Shows `count` on the toolbar icon (nothing for zero) and the usual tooltip. */
export async function showBadgeCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  // Clears a failure a context-menu capture may have left there.
  await browser.action.setTitle({ title: t('actionTitle') });
}

/**
 * No popup is open after a context-menu click: the icon says something went
 * wrong with a "!", and its tooltip says what.
 */
export async function showBadgeFailure(messageKey: MessageKey): Promise<void> {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setTitle({ title: t(messageKey) });
}
