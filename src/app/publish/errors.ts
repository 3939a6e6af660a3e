/** Why a publish failed, in the words the page shows; never with the token. */

export type PublishFailure =
  /** 401: the token is wrong or expired. */
  | 'auth'
  /** 403: the token may read but not push, or not see this repository. */
  | 'forbidden'
  /** 404: no repository at this address (or hidden from this token). */
  | 'not-found'
  /** The site's main branch is not in the repository. */
  | 'no-branch'
  /** The server refused the push (a protected branch, a hook). */
  | 'rejected'
  /** The branch moved on the server since it was read. */
  | 'moved'
  /** The server could not be reached. */
  | 'network'
  /** The repository holds neither a Hugo nor a Jekyll site. */
  | 'not-a-site'
  | 'unknown';

export class PublishError extends Error {
  constructor(
    readonly failure: PublishFailure,
    /** What the server or git said, for the details line; the token is removed from it. */
    readonly detail = '',
  ) {
    super(`${failure}${detail ? `: ${detail}` : ''}`);
    this.name = 'PublishError';
  }
}

interface GitErrorLike {
  code?: string;
  name?: string;
  message?: string;
  data?: { statusCode?: number; reason?: string; refs?: Record<string, { error?: string }> };
}

/** isomorphic-git's and fetch's errors as a PublishError, with `secret` blanked out of the detail. */
export function toPublishError(error: unknown, secret: string): PublishError {
  if (error instanceof PublishError) return error;
  const e = (error ?? {}) as GitErrorLike;
  const hide = (text: string) => (secret ? text.split(secret).join('***') : text);
  const detail = hide(String(e.message ?? error));
  if (e.code === 'HttpError') {
    const status = e.data?.statusCode;
    if (status === 401) return new PublishError('auth', detail);
    if (status === 403) return new PublishError('forbidden', detail);
    if (status === 404) return new PublishError('not-found', detail);
    return new PublishError('unknown', detail);
  }
  if (e.code === 'PushRejectedError') {
    return new PublishError(e.data?.reason === 'not-fast-forward' ? 'moved' : 'rejected', detail);
  }
  if (e.code === 'GitPushError') {
    const reasons = Object.values(e.data?.refs ?? {}).map((ref) => ref.error ?? '');
    const moved = reasons.some((reason) => /non-fast-forward|fetch first|stale info/.test(reason));
    return new PublishError(moved ? 'moved' : 'rejected', hide(reasons.join('; ')) || detail);
  }
  if (e.name === 'TypeError' || e.code === 'ECONNREFUSED')
    return new PublishError('network', detail);
  return new PublishError('unknown', detail);
}
