import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../core/bytes';
import { t, uiLanguage } from '../platform/i18n';
import type { StorageAccess } from './options-deps';

interface Usage {
  used: string | null;
  persisted: boolean;
}

/** Settings → Storage: how much the database uses, and whether the browser may clear it. */
export function StorageSection({ storage }: { storage: StorageAccess | undefined }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    if (!storage) {
      setUsage({ used: null, persisted: false });
      return;
    }
    let current = true;
    const read = async (): Promise<Usage> => {
      const [estimate, persisted] = await Promise.all([
        storage.estimate().catch(() => null),
        storage.persisted().catch(() => false),
      ]);
      const used = typeof estimate?.usage === 'number' ? estimate.usage : null;
      return { used: used === null ? null : formatBytes(used, uiLanguage()), persisted };
    };
    void read().then((next) => {
      if (current) setUsage(next);
    });
    return () => {
      current = false;
    };
  }, [storage]);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      {usage === null ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <p>{usage.used === null ? t('storageUsedUnknown') : t('storageUsed', usage.used)}</p>
          <p class="hint">{t(usage.persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
        </>
      )}
    </section>
  );
}
