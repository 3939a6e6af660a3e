import { PublishError, type PublishFailure } from '../app/publish/errors';
import type { PublishReport } from '../app/publish/publish-month';
import type { FrontMatterNote, PublishingProblem } from '../core/publish';
import { StoreError } from '../db/errors';
import { type MessageKey, t } from '../platform/i18n';
import { writeFailureMessage } from '../ui/store-messages';

const FAILURES: Record<PublishFailure, MessageKey> = {
  auth: 'publishFailedAuth',
  forbidden: 'publishFailedForbidden',
  'not-found': 'publishFailedNotFound',
  'no-branch': 'publishFailedNoBranch',
  rejected: 'publishFailedRejected',
  moved: 'publishFailedMoved',
  network: 'publishFailedNetwork',
  'not-a-site': 'publishFailedNotSite',
  unknown: 'publishFailedUnknown',
};

/** Why a connection or a publish failed, in the UI's language; never the token. */
export function publishFailureMessage(error: unknown, branch: string): string {
  if (error instanceof StoreError) return writeFailureMessage(error);
  if (!(error instanceof PublishError)) return t('publishFailedUnknown', String(error));
  const key = FAILURES[error.failure];
  return error.failure === 'no-branch' ? t(key, branch) : t(key, error.detail || error.failure);
}

/** What is wrong in Settings → Publishing, one line per field. */
export function publishingProblemMessage(problem: PublishingProblem, branch: string): string {
  switch (problem.field) {
    case 'repository':
      return t(
        (
          {
            empty: 'repositoryEmpty',
            'not-a-url': 'repositoryNotUrl',
            'not-https': 'repositoryNotHttps',
            credentials: 'repositoryCredentials',
          } as const
        )[problem.problem],
      );
    case 'branch':
      return t('branchInvalid', branch);
    case 'postsFolder':
      return t('postsFolderInvalid');
    case 'token':
      return t('tokenEmpty');
  }
}

/** "Pushed branch veille/2026-11 with content/posts/…", or what changed since the last time. */
export function publishedMessage(report: PublishReport): string {
  const { outcome, changes } = report;
  if (outcome.unchanged) return t('publishedUnchanged', outcome.branch, outcome.path);
  if (changes === null) return t('publishedBranch', outcome.branch, outcome.path);
  return t(
    'publishedAgain',
    outcome.branch,
    outcome.path,
    String(changes.entriesAdded),
    String(changes.entriesRemoved),
    String(changes.linesAdded + changes.linesRemoved),
  );
}

/** What the site will not do with the post's front matter. */
export function frontMatterNoteMessage(note: FrontMatterNote): string {
  return note.note === 'no-tags-taxonomy'
    ? t('siteNoTagPages')
    : t('siteFutureDate', note.date, note.timeZone);
}
