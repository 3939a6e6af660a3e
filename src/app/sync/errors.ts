/**
 * Why a sync stopped, in the words the author reads (the options page maps
 * each kind to a message). A sync that stops has changed nothing locally that
 * it had not also written to the server; the next sync picks up from there.
 */
export type SyncFailure =
  /** No answer: the server is down, the address is wrong, or the network is off. */
  | 'unreachable'
  /** 401: the user name or password is wrong. */
  | 'auth'
  /** 403: the account may not write there. */
  | 'forbidden'
  /** 404 or 409 on the folder itself: the address points nowhere. */
  | 'not-found'
  /** 423: a file is locked by another program. */
  | 'locked'
  /** 507: the server's storage is full. */
  | 'quota'
  /** 412 again and again: other devices keep writing; the next sync will retry. */
  | 'busy'
  /** Another answer the server should not give (5xx, 400...). */
  | 'server'
  /** A file on the server was written by a newer Veille. */
  | 'newer-format'
  /** A file on the server is truncated or was edited by hand: its path is in `detail`. */
  | 'invalid-file'
  /** The server's files are encrypted and no passphrase was given. */
  | 'passphrase-needed'
  /** The passphrase does not open the server's files. */
  | 'wrong-passphrase';

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    /** For logs and the status line's details: a path, a status code. Never a secret. */
    readonly detail = '',
  ) {
    super(`sync: ${failure}${detail ? ` (${detail})` : ''}`);
    this.name = 'SyncError';
  }
}

/** The failure a status code means, for a request on a file. */
export function failureOfStatus(status: number): SyncFailure {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 409) return 'not-found';
  if (status === 412) return 'busy';
  if (status === 423) return 'locked';
  if (status === 507) return 'quota';
  return 'server';
}
