import { t, uiLanguage } from './i18n';

/** Sets `<html lang>` and the page title from the UI language (screen readers read both). */
export function applyDocumentLanguage(titleKey = 'extName'): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
