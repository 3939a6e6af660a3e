import { t } from '../platform/i18n';

/** The popup's title, with the way to the library and the monthly export. */
export function PopupHeader({ title, onOpenLibrary }: { title: string; onOpenLibrary(): void }) {
  return (
    <header class="popup-header">
      <h1 class="popup-title">{title}</h1>
      <button type="button" class="link" onClick={onOpenLibrary}>
        {t('openLibrary')}
      </button>
    </header>
  );
}
