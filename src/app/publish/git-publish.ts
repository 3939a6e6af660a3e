/**
 * The post into the blog's git repository, from the options page: a shallow
 * clone (depth 1, one branch, no checkout) into memory, the post written as a
 * blob into the tree of the month's branch (`veille/YYYY-MM`, started from the
 * site's main branch the first time), one commit, one push. The push is the
 * only write on the server: when it fails, the server has nothing new.
 * Loaded by `import()` when the author connects or publishes.
 */
import './buffer-global';
import git from 'isomorphic-git';
import web from 'isomorphic-git/http/web';
import {
  configFileOf,
  detectSite,
  type FrontMatterNote,
  frontMatterNotes,
  publishBranch,
  readSiteConfig,
  type SiteFacts,
  withDraft,
} from '../../core/publish';
import type { MonthKey } from '../../core/types';
import { PublishError, toPublishError } from './errors';
import { createMemoryFs } from './memory-fs';

export { PublishError };

export interface RepoSettings {
  /** The repository's HTTPS address, checked by `parseRepoAddress`. */
  url: string;
  /** The site's main branch. */
  branch: string;
}

export interface PublishInput extends RepoSettings {
  token: string;
  month: MonthKey;
  /** Where the post goes inside the repository (`content/posts/2026-12-01-x.md`). */
  path: string;
  /** The post last published there, when its name has changed since: removed in the same commit. */
  previousPath?: string;
  text: string;
  /** Held back for review: `draft: true` (Hugo) or `published: false` (Jekyll) in the front matter. */
  draft?: boolean;
  message: string;
  now: number;
}

export interface PublishOutcome {
  branch: string;
  path: string;
  commit: string;
  site: SiteFacts;
  /** What the site will not do with this front matter (no tag pages, a future date there). */
  notes: FrontMatterNote[];
  /** The file as committed: the post, with the draft line when asked. */
  text: string;
  /** The branch did not exist on the server before this publish. */
  created: boolean;
  /** The post as the branch (or the main branch) held it before, or null. */
  previousText: string | null;
  /** Nothing to commit: the branch already holds this post. */
  unchanged: boolean;
}

const DIR = '/site';
/**
 * How long a server may take to start answering one request. A browser may
 * hold an answer back behind its own sign-in prompt (a 401 with
 * `WWW-Authenticate`); the page says so rather than waiting for ever.
 */
const ANSWER_TIMEOUT_MS = 30_000;

/** isomorphic-git's fetch client, with no cookies or cache, and a deadline for each answer. */
const http: typeof web = {
  async request(request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ANSWER_TIMEOUT_MS);
    try {
      return await web.request({
        ...request,
        signal: controller.signal,
        fetchOptions: { credentials: 'omit', cache: 'no-store' },
      } as Parameters<typeof web.request>[0]);
    } finally {
      // Once the answer has started, its body streams in at its own pace.
      clearTimeout(timer);
    }
  },
};
const AUTHOR_NAME = 'Veille';
const AUTHOR_EMAIL = 'veille@users.noreply.invalid';

/** Basic auth with the token as password, as GitHub, GitLab and Gitea take a token over HTTPS. */
function headersFor(token: string): Record<string, string> {
  const bytes = new TextEncoder().encode(`oauth2:${token}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

/** The server's branches, as a push would see them: this also checks the token may push. */
async function remoteBranches(url: string, token: string): Promise<Map<string, string>> {
  const info = await git.getRemoteInfo2({
    http,
    url,
    headers: headersFor(token),
    forPush: true,
    // Pushing speaks protocol version 1; git's own server answers a version 2 request without its service line.
    protocolVersion: 1,
  });
  const branches = new Map<string, string>();
  for (const ref of info.refs ?? []) {
    if (ref.ref.startsWith('refs/heads/')) branches.set(ref.ref.slice(11), ref.oid);
  }
  return branches;
}

/** Checks the address, the token and the main branch; lists the branches. */
export async function checkRepository(settings: RepoSettings, token: string): Promise<string[]> {
  try {
    const branches = await remoteBranches(settings.url, token);
    if (!branches.has(settings.branch)) throw new PublishError('no-branch', settings.branch);
    return [...branches.keys()].sort();
  } catch (error) {
    throw toPublishError(error, token);
  }
}

type Fs = ReturnType<typeof createMemoryFs>;

/**
 * The tree `treeOid` with `parts` (a path) set to `blobOid`, or removed when
 * it is null; null when the tree ends up empty.
 */
async function putPath(
  fs: Fs,
  treeOid: string | null,
  parts: readonly string[],
  blobOid: string | null,
): Promise<string | null> {
  const entries = treeOid ? (await git.readTree({ fs, dir: DIR, oid: treeOid })).tree : [];
  const [name, ...rest] = parts as [string, ...string[]];
  const current = entries.find((entry) => entry.path === name);
  const others = entries.filter((entry) => entry.path !== name);
  let oid: string | null;
  if (rest.length === 0) {
    oid = blobOid;
  } else {
    if (current && current.type !== 'tree') throw new PublishError('unknown', `${name} is a file`);
    oid = await putPath(fs, current?.oid ?? null, rest, blobOid);
  }
  if (oid !== null) {
    others.push(
      rest.length === 0
        ? { mode: '100644', path: name, oid, type: 'blob' }
        : { mode: '040000', path: name, oid, type: 'tree' },
    );
  }
  if (others.length === 0) return null;
  return git.writeTree({ fs, dir: DIR, tree: others });
}

async function readText(fs: Fs, commit: string, filepath: string): Promise<string | null> {
  try {
    const { blob } = await git.readBlob({ fs, dir: DIR, oid: commit, filepath });
    return new TextDecoder().decode(blob);
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return null;
    throw error;
  }
}

/** Commits the post to the month's branch and pushes it. Throws a PublishError. */
export async function publishPost(input: PublishInput): Promise<PublishOutcome> {
  const { url, token, path } = input;
  const headers = headersFor(token);
  const branch = publishBranch(input.month);
  try {
    const branches = await remoteBranches(url, token);
    if (!branches.has(input.branch)) throw new PublishError('no-branch', input.branch);
    const created = !branches.has(branch);
    const base = created ? input.branch : branch;
    const fs = createMemoryFs();
    await git.clone({
      fs,
      http,
      dir: DIR,
      url,
      ref: base,
      singleBranch: true,
      depth: 1,
      noCheckout: true,
      headers,
    });
    const parent = await git.resolveRef({ fs, dir: DIR, ref: `refs/remotes/origin/${base}` });
    const { tree: rootTree, commit: parentCommit } = await git
      .readCommit({
        fs,
        dir: DIR,
        oid: parent,
      })
      .then(async ({ commit }) => ({
        commit,
        tree: (await git.readTree({ fs, dir: DIR, oid: commit.tree })).tree,
      }));
    const rootNames = rootTree.map((e) => (e.type === 'tree' ? `${e.path}/` : e.path));
    const kind = detectSite(rootNames);
    if (kind === null) throw new PublishError('not-a-site');
    const configFile = configFileOf(kind, rootNames);
    const config = configFile ? ((await readText(fs, parent, configFile)) ?? '') : '';
    const site = readSiteConfig(kind, configFile, config);
    const text = input.draft ? withDraft(input.text, kind) : input.text;
    const notes = frontMatterNotes(text, site, input.now);

    const previousText = await readText(fs, parent, path);
    const stale =
      input.previousPath && input.previousPath !== path
        ? (await readText(fs, parent, input.previousPath)) !== null
        : false;
    if (previousText === text && !stale) {
      return {
        ...{ branch, path, commit: parent, site, notes, text },
        ...{ created, previousText, unchanged: true },
      };
    }

    const blob = await git.writeBlob({ fs, dir: DIR, blob: new TextEncoder().encode(text) });
    let tree = await putPath(fs, parentCommit.tree, path.split('/'), blob);
    if (stale && input.previousPath && tree) {
      tree = await putPath(fs, tree, input.previousPath.split('/'), null);
    }
    const signature = {
      name: AUTHOR_NAME,
      email: AUTHOR_EMAIL,
      timestamp: Math.floor(input.now / 1000),
      timezoneOffset: 0,
    };
    const commit = await git.writeCommit({
      fs,
      dir: DIR,
      commit: {
        message: input.message.endsWith('\n') ? input.message : `${input.message}\n`,
        tree: tree ?? parentCommit.tree,
        parent: [parent],
        author: signature,
        committer: signature,
      },
    });
    await git.writeRef({ fs, dir: DIR, ref: `refs/heads/${branch}`, value: commit, force: true });
    await git.push({ fs, http, dir: DIR, url, ref: branch, remoteRef: branch, headers });
    return {
      ...{ branch, path, commit, site, notes, text },
      ...{ created, previousText, unchanged: false },
    };
  } catch (error) {
    throw toPublishError(error, token);
  }
}
