import { useEffect, useState } from 'preact/hooks';
import type { MonthPost, PublishReport } from '../app/publish/publish-month';
import { checkPublishing, hostPattern, type PublishingFields } from '../core/publish';
import type { MonthRecord } from '../core/types';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';
import {
  frontMatterNoteMessage,
  publishedMessage,
  publishFailureMessage,
} from './publish-messages';

interface PublishToRepositoryProps {
  deps: OptionsDeps;
  record: MonthRecord;
  /** The post on screen, or null while it is not ready (rendering, or an error). */
  post: MonthPost | null;
  /** Held back for review (the export view's `Draft`, shared with the site folder). */
  draft: boolean;
  onPublished(record: MonthRecord): void;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'published'; report: PublishReport }
  | { kind: 'failed'; message: string };

/**
 * `Publish`: the post on screen committed to the month's branch of the blog's
 * repository (Settings → Publishing) and pushed; then the host's page to open
 * the pull request, or the branch's name for a host Veille does not know.
 * A failure says why, and the post stays here to copy or download.
 */
export function PublishToRepository({
  deps,
  record,
  post,
  draft,
  onPublished,
}: PublishToRepositoryProps) {
  const [fields, setFields] = useState<PublishingFields | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    deps.publishing.load().then(
      ({ settings, token }) => setFields({ ...settings, token }),
      () => setFields(null),
    );
  }, []);

  const checked = fields ? checkPublishing(fields) : null;
  if (fields === undefined) return null;
  if (!checked?.ok) {
    return (
      <p class="message info publish-setup">
        <a href="#settings">{t('publishNeedsSetup')}</a>
      </p>
    );
  }

  const publish = async () => {
    if (post === null) return;
    // Asked before any await: the browser grants it only during the click.
    const access = deps.publishing.requestHostAccess(hostPattern(checked.origin));
    setOutcome({ kind: 'busy' });
    if (!(await access.catch(() => false))) {
      setOutcome({ kind: 'failed', message: t('hostAccessRefused', checked.origin) });
      return;
    }
    try {
      const report = await deps.publishing.publish(checked.fields, { ...post, draft }, record);
      onPublished(report.record);
      setOutcome({ kind: 'published', report });
      if (report.pullRequest && !report.outcome.unchanged) {
        deps.publishing.openTab(report.pullRequest).catch(() => undefined);
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: publishFailureMessage(error, checked.fields.branch) });
    }
  };

  const busy = outcome.kind === 'busy';
  const report = outcome.kind === 'published' ? outcome.report : null;
  return (
    <div class="publish-repository actions">
      <button type="button" class="primary" onClick={publish} disabled={busy || post === null}>
        {t('publish')}
      </button>
      <p role="status">
        {busy && t('publishing')}
        {report && publishedMessage(report)}
        {report && report.pullRequest === null && (
          <> {t('pullRequestByHand', report.outcome.branch, checked.fields.branch)}</>
        )}
        {report?.pullRequest && (
          <>
            {' '}
            <a href={report.pullRequest} target="_blank" rel="noopener noreferrer">
              {t('openPullRequest')}
            </a>
          </>
        )}
      </p>
      {report?.outcome.notes.map((note) => (
        <p key={note.note} class="message info">
          {frontMatterNoteMessage(note)}
        </p>
      ))}
      {outcome.kind === 'failed' && (
        <p role="alert" class="message error">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
