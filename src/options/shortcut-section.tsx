import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';

/** Shows the capture shortcut and the way to change it in the browser. */
export function ShortcutSection({ deps }: { deps: OptionsDeps }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    // No shortcuts at all (Firefox for Android has no `commands`): no section.
    deps.captureShortcut().then(setShortcut, () => setShortcut(null));
  }, []);
  if (shortcut === null) return null;
  return (
    <section class="shortcut" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <p>
        {shortcut ? t('shortcutIs', shortcut) : t('shortcutNone')}{' '}
        <button type="button" class="link" onClick={() => void deps.openShortcutSettings()}>
          {t('shortcutChange')}
        </button>
      </p>
    </section>
  );
}
