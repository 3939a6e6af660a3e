/**
 * Publish, the use case: the month's post committed to its branch of the
 * blog's repository, then the month marked published through the writer with
 * where it went. The git layer is loaded here, by `import()`, on the first
 * publish or connection: the options page does not carry it until then.
 */
import {
  type PostChanges,
  type PublishingFields,
  postChanges,
  postPath,
  pullRequestUrl,
} from '../../core/publish';
import type { EntryId, MonthKey, MonthRecord } from '../../core/types';
import type { Writer } from '../../db/writer';
import type { PublishOutcome } from './git-publish';

export { PublishError, type PublishFailure } from './errors';

export interface MonthPost {
  month: MonthKey;
  text: string;
  fileName: string;
  /** The commit's message: the post's title. */
  title: string;
  entryIds: EntryId[];
  /** Held back for review (`draft: true`): the author's choice in the export view. */
  draft?: boolean;
}

export interface PublishReport {
  outcome: PublishOutcome;
  /** What changed since the post this branch held, or null on the first publish. */
  changes: PostChanges | null;
  /** The host's page to open the pull request, or null for a host Veille does not know. */
  pullRequest: string | null;
  record: MonthRecord;
}

const loadGit = () => import('./git-publish');

/** Checks the repository, its main branch and that the token may push; gives its branches. */
export async function connectRepository(fields: PublishingFields): Promise<string[]> {
  const { checkRepository } = await loadGit();
  return checkRepository({ url: fields.repository, branch: fields.branch }, fields.token);
}

/** `fields` as `checkPublishing` cleaned them. Throws a PublishError, the store's error after a push. */
export async function publishMonth(
  writer: Writer,
  fields: PublishingFields,
  post: MonthPost,
  record: MonthRecord,
  now: number,
): Promise<PublishReport> {
  const { publishPost } = await loadGit();
  const path = postPath(fields.postsFolder, post.fileName);
  const last = record.publishedTo;
  const sameBranch = last?.repository === fields.repository;
  const outcome = await publishPost({
    url: fields.repository,
    branch: fields.branch,
    token: fields.token,
    month: post.month,
    path,
    ...(sameBranch && last.path !== path ? { previousPath: last.path } : {}),
    text: post.text,
    draft: post.draft ?? false,
    message: post.title,
    now,
  });
  const changes =
    outcome.created || outcome.previousText === null
      ? null
      : postChanges(
          { text: outcome.previousText, entryIds: record.publishedEntryIds },
          { text: outcome.text, entryIds: post.entryIds },
        );
  const updated = await writer.markPublished(post.month, post.entryIds, {
    repository: fields.repository,
    branch: outcome.branch,
    path: outcome.path,
    commit: outcome.commit,
    at: now,
  });
  return {
    outcome,
    changes,
    pullRequest: pullRequestUrl(fields.repository, fields.branch, outcome.branch),
    record: updated,
  };
}
