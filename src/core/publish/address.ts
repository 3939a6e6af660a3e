/**
 * A blog's git repository, as the author types its address: an HTTPS URL
 * (plain HTTP only for this computer, where a local server has no
 * certificate), no credentials in it (the token is kept apart), and the page
 * where its host opens a pull request from the branch Veille pushed.
 */
import type { MonthKey } from '../types';

export type RepoAddressProblem = 'empty' | 'not-a-url' | 'not-https' | 'credentials';

export type RepoAddress =
  | {
      ok: true;
      /** The address to clone, without a trailing slash. */
      url: string;
      /** `https://host[:port]`: the host access Veille asks for. */
      origin: string;
    }
  | { ok: false; problem: RepoAddressProblem };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parseRepoAddress(input: string): RepoAddress {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return { ok: false, problem: 'not-https' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.hostname === '') return { ok: false, problem: 'not-a-url' };
  url.hash = '';
  url.search = '';
  return { ok: true, url: url.href.replace(/\/+$/, ''), origin: url.origin };
}

/** The host access pattern for `permissions.request`: `https://host/*` (ports are not part of it). */
export function hostPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The branch one month's post is pushed to: `veille/2026-11`. */
export function publishBranch(month: MonthKey): string {
  return `veille/${month}`;
}

/** A branch name as git allows it, checked before any network call. */
export function isValidBranchName(name: string): boolean {
  return (
    name !== '' &&
    !/[\s~^:?*[\\]/.test(name) &&
    !hasControl(name) &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.lock') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    !name.startsWith('-')
  );
}

/** Control characters (U+0000-U+001F, U+007F): never in a ref or a path. */
export function hasControl(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/**
 * The host's page that opens a pull (merge) request from `branch` into
 * `base`, or null for a host Veille does not know (then the author is shown
 * the branch's name).
 */
export function pullRequestUrl(repoUrl: string, base: string, branch: string): string | null {
  const url = new URL(repoUrl);
  const path = url.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
  const project = `${url.origin}${path}`;
  const host = url.hostname.toLowerCase();
  const compare = `${encodeRef(base)}...${encodeRef(branch)}`;
  if (host === 'github.com') return `${project}/compare/${compare}?expand=1`;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) {
    const query = new URLSearchParams({
      'merge_request[source_branch]': branch,
      'merge_request[target_branch]': base,
    });
    return `${project}/-/merge_requests/new?${query.toString()}`;
  }
  if (host === 'codeberg.org' || host.startsWith('gitea.') || host.startsWith('forgejo.')) {
    return `${project}/compare/${compare}`;
  }
  return null;
}

/** A ref in a URL path: each segment encoded, the slashes kept. */
function encodeRef(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}
