import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { Blocked } from './blocked';
import type { CaptureDeps, PopupParams } from './capture-deps';
import { CaptureEditor } from './capture-editor';
import { type LoadResult, loadCapture } from './load-capture';

/** The capture popup: loads what it is about, then shows the editor or why it cannot. */
export function PopupApp({ deps, params }: { deps: CaptureDeps; params: PopupParams }) {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  useEffect(() => {
    // Tab and page failures are answered inside loadCapture; what throws is the database.
    loadCapture(deps, params).then(setLoaded, () =>
      setLoaded({ ok: false, reason: 'store-unavailable' }),
    );
  }, []);

  if (!loaded) {
    return (
      <main class="popup" aria-busy="true">
        <p class="hint">{t('loading')}</p>
      </main>
    );
  }
  return loaded.ok ? (
    <CaptureEditor deps={deps} form={loaded.form} />
  ) : (
    <Blocked why={loaded} onOpenLibrary={deps.openLibrary} />
  );
}
