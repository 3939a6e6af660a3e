import { t } from '../platform/i18n';
import type { MessageKey } from '../platform/message-keys';
import type { SyncStatus } from '../platform/sync-account';

const ERRORS: Record<string, MessageKey> = {
  unreachable: 'syncErrorUnreachable',
  auth: 'syncErrorAuth',
  forbidden: 'syncErrorForbidden',
  'not-found': 'syncErrorNotFound',
  locked: 'syncErrorLocked',
  quota: 'syncErrorQuota',
  busy: 'syncErrorBusy',
  server: 'syncErrorServer',
  'newer-format': 'syncErrorNewerFormat',
  'invalid-file': 'syncErrorInvalidFile',
  'passphrase-needed': 'syncErrorPassphraseNeeded',
  'wrong-passphrase': 'syncErrorWrongPassphrase',
  background: 'syncErrorBackground',
};

/** The status line's words for the last sync. */
export function syncStatusText(status: SyncStatus | undefined): string {
  if (!status) return t('syncNever');
  const time = new Date(status.at).toLocaleTimeString();
  if (!status.failure) {
    return t('syncDone', time, String(status.received), String(status.sent));
  }
  // The detail of an invalid file is its path on the server; of another error, the status code.
  const detail = status.detail.replace(/^sync: [\w-]+ \((.*)\)$/, '$1');
  const reason = t(ERRORS[status.failure] ?? 'syncErrorLocal', detail);
  return t('syncFailedAt', time, reason);
}

/** A WebDAV folder's address the browser can ask access to: http(s) with a host. */
export function isServerAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
