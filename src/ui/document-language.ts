import { type MessageKey, t, uiLanguage } from '../platform/i18n';

/** Sets `<html lang>` and the page title from the UI language (screen readers read both). */
export function applyDocumentLanguage(titleKey: MessageKey = 'extName'): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
