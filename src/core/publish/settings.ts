/** Settings → Publishing as typed, checked whole before anything is saved or sent. */
import { isValidBranchName, parseRepoAddress, type RepoAddressProblem } from './address';
import { normalizeFolder } from './site';

/** Settings → Publishing as stored (storage.local); the token is kept beside it. */
export interface PublishingSettings {
  /** The repository's HTTPS address. */
  repository: string;
  /** The site's main branch. */
  branch: string;
  /** Where posts go inside the site (`content/posts`). */
  postsFolder: string;
}

export const DEFAULT_PUBLISHING: PublishingSettings = {
  repository: '',
  branch: 'main',
  postsFolder: 'content/posts',
};

export interface PublishingFields {
  repository: string;
  branch: string;
  postsFolder: string;
  token: string;
}

export type PublishingProblem =
  | { field: 'repository'; problem: RepoAddressProblem }
  | { field: 'branch'; problem: 'invalid' }
  | { field: 'postsFolder'; problem: 'invalid' }
  | { field: 'token'; problem: 'empty' };

export type CheckedPublishing =
  | {
      ok: true;
      /** The fields cleaned: the address without a trailing slash, the folder relative. */
      fields: PublishingFields;
      /** The server's origin, for host access. */
      origin: string;
    }
  | { ok: false; problems: PublishingProblem[] };

export function checkPublishing(fields: PublishingFields): CheckedPublishing {
  const problems: PublishingProblem[] = [];
  const address = parseRepoAddress(fields.repository);
  if (!address.ok) problems.push({ field: 'repository', problem: address.problem });
  const branch = fields.branch.trim();
  if (!isValidBranchName(branch)) problems.push({ field: 'branch', problem: 'invalid' });
  const postsFolder = normalizeFolder(fields.postsFolder);
  if (postsFolder === null) problems.push({ field: 'postsFolder', problem: 'invalid' });
  const token = fields.token.trim();
  if (token === '') problems.push({ field: 'token', problem: 'empty' });
  if (!address.ok || problems.length > 0 || postsFolder === null) return { ok: false, problems };
  return {
    ok: true,
    fields: { repository: address.url, branch, postsFolder, token },
    origin: address.origin,
  };
}
