import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';

/** Why a write the author started failed, said so that they know their text is kept. */
export function writeFailureMessage(error: unknown): string {
  switch (toStoreError(error).failure) {
    case 'disk-full':
      return t('errorDiskFull');
    case 'not-found':
      return t('errorNotFound');
    case 'duplicate-url':
      return t('errorDuplicateUrl');
    default:
      return t('errorUnknown');
  }
}
