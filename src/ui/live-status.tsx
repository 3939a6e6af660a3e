import { t } from '../platform/i18n';
import type { Live } from './use-live-query';

/**
 * What a list shows before its live query has a result: "Loading…", or,
 * when the database could not be read, that and what to do.
 */
export function LiveStatus({ live }: { live: Live<unknown> }) {
  if (live.state === 'failed') {
    return (
      <p role="alert" class="message error">
        {t('readFailed')}
      </p>
    );
  }
  return <p aria-busy="true">{t('loading')}</p>;
}
