import { useEffect, useState } from 'preact/hooks';
import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';
import { Blocked } from './blocked';
import type { CaptureDeps, PopupParams } from './capture-deps';
import { CaptureEditor } from './capture-editor';
import { type LoadResult, loadCapture } from './load-capture';

/** The capture popup: loads what it is about, then shows the editor or why it cannot. */
export function PopupApp({
  deps,
  params,
  onShown,
}: {
  deps: CaptureDeps;
  params: PopupParams;
  /** Called once the form (or why it cannot capture) is on screen. */
  onShown?(): void;
}) {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded]);
  useEffect(() => {
    // Tab and page failures are answered inside loadCapture; what throws is the database.
    loadCapture(deps, params).then(setLoaded, (error: unknown) =>
      setLoaded({
        ok: false,
        reason:
          toStoreError(error).failure === 'unknown-version' ? 'store-too-new' : 'store-unavailable',
      }),
    );
  }, []);

  // Until then the page's static frame shows the form's shape (index.html);
  // screen readers hear that it is loading.
  if (!loaded) {
    return (
      <main aria-busy="true">
        <p class="visually-hidden" role="status">
          {t('loading')}
        </p>
      </main>
    );
  }
  return loaded.ok ? (
    <CaptureEditor deps={deps} form={loaded.form} refined={loaded.refined} />
  ) : (
    <Blocked why={loaded} onOpenLibrary={deps.openLibrary} />
  );
}
