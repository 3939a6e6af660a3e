import { useEffect, useState } from 'preact/hooks';
import {
  checkPublishing,
  DEFAULT_PUBLISHING,
  hostPattern,
  type PublishingFields,
} from '../core/publish';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';
import { publishFailureMessage, publishingProblemMessage } from './publish-messages';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'connected'; branches: string[] }
  | { kind: 'failed'; messages: string[] };

const FIELDS = [
  { name: 'repository', id: 'publish-repository', label: 'fieldRepository', type: 'url' },
  { name: 'branch', id: 'publish-branch', label: 'fieldBranch', type: 'text' },
  { name: 'token', id: 'publish-token', label: 'fieldToken', type: 'password' },
  { name: 'postsFolder', id: 'publish-folder', label: 'fieldPostsFolder', type: 'text' },
] as const;

/**
 * Settings → Publishing: the blog's repository, its main branch, a token and
 * the posts folder. `Connect repository` checks them whole, asks host access
 * for the repository's server (from the click), saves them (storage.local) and
 * lists the repository's branches with the token, which must be allowed to push.
 */
export function PublishingSection({ deps }: { deps: OptionsDeps }) {
  const [fields, setFields] = useState<PublishingFields | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    deps.publishing.load().then(
      ({ settings, token }) => setFields({ ...settings, token }),
      () => {
        setFields({ ...DEFAULT_PUBLISHING, token: '' });
        setOutcome({ kind: 'failed', messages: [t('publishingSaveFailed')] });
      },
    );
  }, []);

  if (!fields) return <section aria-busy="true">{t('loading')}</section>;

  const connect = async (event: Event) => {
    event.preventDefault();
    const checked = checkPublishing(fields);
    if (!checked.ok) {
      const messages = checked.problems.map((p) => publishingProblemMessage(p, fields.branch));
      setOutcome({ kind: 'failed', messages });
      return;
    }
    // Asked before any await: the browser grants it only during the click.
    const access = deps.publishing.requestHostAccess(hostPattern(checked.origin));
    setOutcome({ kind: 'busy' });
    const clean = checked.fields;
    const { token, ...settings } = clean;
    const failed = (message: string) => setOutcome({ kind: 'failed', messages: [message] });
    if (!(await access.catch(() => false))) {
      failed(t('hostAccessRefused', checked.origin));
      return;
    }
    try {
      await deps.publishing.save(settings, token);
    } catch {
      failed(t('publishingSaveFailed'));
      return;
    }
    setFields(clean);
    try {
      setOutcome({ kind: 'connected', branches: await deps.publishing.connect(clean) });
    } catch (error) {
      failed(publishFailureMessage(error, clean.branch));
    }
  };

  const busy = outcome.kind === 'busy';
  return (
    <form class="publishing settings" aria-labelledby="publishing-heading" onSubmit={connect}>
      <h2 id="publishing-heading">{t('publishingHeading')}</h2>
      <p class="hint">{t('publishingIntro')}</p>
      {FIELDS.map(({ name, id, label, type }) => (
        <div class="field" key={name}>
          <label for={id}>{t(label)}</label>
          <input
            id={id}
            // One of text, url, password: Preact's types want it narrowed.
            type={type as 'text'}
            value={fields[name]}
            autocomplete={name === 'token' ? 'off' : undefined}
            spellcheck={false}
            aria-describedby={name === 'repository' || name === 'token' ? `${id}-hint` : undefined}
            onInput={(e) => {
              setFields({ ...fields, [name]: e.currentTarget.value });
              setOutcome({ kind: 'idle' });
            }}
          />
          {name === 'repository' && (
            <span id={`${id}-hint`} class="hint">
              {t('repositoryHint')}
            </span>
          )}
          {name === 'token' && (
            <span id={`${id}-hint`} class="hint">
              {t('tokenHint')}
            </span>
          )}
        </div>
      ))}
      <button type="submit" class="primary" disabled={busy}>
        {t('connectRepository')}
      </button>
      <p role="status">
        {busy && t('connecting')}
        {outcome.kind === 'connected' && t('connected', outcome.branches.join(', '))}
      </p>
      {outcome.kind === 'failed' && (
        <div role="alert" class="message error">
          {outcome.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </form>
  );
}
