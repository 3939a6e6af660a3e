import { useEffect, useState } from 'preact/hooks';
import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';
import type { CaptureDeps, Deferred, PopupParams } from './capture-deps';
import { CaptureEditor } from './capture-editor';
import { type LoadResult, loadCapture } from './load-capture';

/** Why it cannot capture, said by deferred.ts's Blocked; or plainly when that code could not load. */
type BlockedView = Deferred['Blocked'] | 'unavailable';

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
  const [blocked, setBlocked] = useState<BlockedView | null>(null);
  useEffect(() => {
    if (loaded?.ok || blocked) onShown?.();
  }, [loaded, blocked]);
  useEffect(() => {
    // Tab and page failures are answered inside loadCapture; what throws is the database.
    loadCapture(deps, params)
      .catch(
        (error: unknown): LoadResult => ({
          ok: false,
          reason:
            toStoreError(error).failure === 'unknown-version'
              ? 'store-too-new'
              : 'store-unavailable',
        }),
      )
      .then((result) => {
        setLoaded(result);
        // The explanation's code is not part of the first paint: a refused page is rare.
        if (!result.ok) {
          deps.deferred().then(
            (code) => setBlocked(() => code.Blocked),
            () => setBlocked('unavailable'),
          );
        }
      });
  }, []);

  if (loaded?.ok) {
    return <CaptureEditor deps={deps} form={loaded.form} refined={loaded.refined} />;
  }
  if (loaded && blocked === 'unavailable') {
    return (
      <main class="popup">
        <p role="alert" class="message error">
          {t('viewLoadFailed')}
        </p>
      </main>
    );
  }
  if (loaded && blocked && blocked !== 'unavailable') {
    const Blocked = blocked;
    return <Blocked why={loaded} onOpenLibrary={deps.openLibrary} />;
  }
  // Until then the page's static frame shows the form's shape (index.html);
  // screen readers hear that it is loading.
  return (
    <main aria-busy="true">
      <p class="visually-hidden" role="status">
        {t('loading')}
      </p>
    </main>
  );
}
