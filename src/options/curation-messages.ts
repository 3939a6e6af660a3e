import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';

/** Why a bulk or manager write failed; such a write is one transaction, so nothing changed. */
export function curationFailureMessage(error: unknown): string {
  return toStoreError(error).failure === 'disk-full' ? t('curationDiskFull') : t('curationFailed');
}
