import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';
import type { SyncDeps } from './options-deps';
import { isServerAddress, syncStatusText } from './sync-messages';

type Notice = '' | 'syncAccessRefused' | 'syncAccessUnanswered' | 'syncBadAddress';

/** How long the browser's access prompt may stay unanswered before Connect gives up. */
export const ACCESS_WAIT_MS = 60_000;
const UNANSWERED = 'unanswered';

/**
 * Settings → Sync: the WebDAV account, Connect / Sync now / Disconnect, and
 * the last sync's outcome, kept live (the background's syncs save theirs).
 */
export function SyncSection({
  sync,
  accessWaitMs = ACCESS_WAIT_MS,
}: {
  sync: SyncDeps;
  accessWaitMs?: number;
}) {
  const [account, setAccount] = useState<SyncAccount | undefined>();
  const [fields, setFields] = useState<SyncAccount>({
    url: '',
    user: '',
    password: '',
    passphrase: '',
  });
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const [awaitingAccess, setAwaitingAccess] = useState(false);
  const [notice, setNotice] = useState<Notice>('');

  useEffect(() => {
    void Promise.all([sync.loadAccount(), sync.loadStatus()]).then(
      ([stored, last]) => {
        if (stored) {
          setAccount(stored);
          setFields({ ...stored, password: '', passphrase: '' });
        }
        setStatus(last);
      },
      () => undefined,
    );
    // A background sync's outcome, as it is saved.
    return sync.onStatusChange?.(setStatus);
  }, [sync]);

  const update = (changes: Partial<SyncAccount>) => {
    setFields({ ...fields, ...changes });
    setNotice('');
  };

  const running = async (work: () => Promise<SyncStatus | undefined>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      // Saving the account or loading the sync code failed: said, never left on "Syncing…".
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ at: Date.now(), failure: 'local', detail, received: 0, sent: 0 });
    } finally {
      setBusy(false);
    }
  };

  const connect = (event: Event) => {
    event.preventDefault();
    const url = fields.url.trim();
    if (!isServerAddress(url)) {
      setNotice('syncBadAddress');
      return;
    }
    // First thing in the click: the browser grants access only within the gesture.
    const access = sync.requestAccess(url);
    void running(async () => {
      // A prompt left unanswered (Firefox's stays open) must not leave the page on "Syncing…".
      setAwaitingAccess(true);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answer = await Promise.race([
        access.catch(() => false),
        new Promise<typeof UNANSWERED>((resolve) => {
          timer = setTimeout(() => resolve(UNANSWERED), accessWaitMs);
        }),
      ]);
      clearTimeout(timer);
      setAwaitingAccess(false);
      if (answer !== true) {
        setNotice(answer === UNANSWERED ? 'syncAccessUnanswered' : 'syncAccessRefused');
        return status;
      }
      // Reconnecting leaves a secret field empty when it is unchanged.
      const next = {
        ...fields,
        url,
        password: fields.password || (account?.password ?? ''),
        passphrase: fields.passphrase || (account?.passphrase ?? ''),
      };
      const result = await sync.connect(next);
      setAccount(next);
      return result;
    });
  };

  const disconnect = () => {
    void running(async () => {
      await sync.disconnect();
      setAccount(undefined);
      setFields({ url: fields.url, user: fields.user, password: '', passphrase: '' });
      return undefined;
    });
  };

  return (
    <section class="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <p>{t('syncIntro')}</p>
      <p>{t('syncWhen')}</p>
      <form onSubmit={connect} noValidate>
        <div class="field">
          <label for="sync-url">{t('syncServer')}</label>
          <input
            id="sync-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://cloud.example.org/remote.php/dav/files/me/veille/"
            value={fields.url}
            onInput={(e) => update({ url: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="sync-user">{t('syncUser')}</label>
          <input
            id="sync-user"
            type="text"
            autoComplete="username"
            value={fields.user}
            onInput={(e) => update({ user: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="sync-password">{t('syncPassword')}</label>
          <input
            id="sync-password"
            type="password"
            autoComplete="current-password"
            value={fields.password}
            onInput={(e) => update({ password: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="sync-passphrase">{t('syncPassphrase')}</label>
          <input
            id="sync-passphrase"
            type="password"
            autoComplete="off"
            aria-describedby="sync-passphrase-hint"
            value={fields.passphrase}
            onInput={(e) => update({ passphrase: e.currentTarget.value })}
          />
          <p id="sync-passphrase-hint" class="hint">
            {t('syncPassphraseHint')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('syncConnect')}
          </button>
          {account && (
            <>
              <button type="button" disabled={busy} onClick={() => void running(sync.syncNow)}>
                {t('syncNow')}
              </button>
              <button type="button" disabled={busy} onClick={disconnect}>
                {t('syncDisconnect')}
              </button>
            </>
          )}
        </div>
      </form>
      {account && <p>{t('syncConnectedTo', account.url, account.user)}</p>}
      <p role="status" class={notice || status?.failure ? 'error' : ''}>
        {notice
          ? t(notice)
          : awaitingAccess
            ? t('syncAwaitingAccess')
            : busy
              ? t('syncRunning')
              : account || status
                ? syncStatusText(status)
                : ''}
      </p>
    </section>
  );
}
