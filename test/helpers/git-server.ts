/**
 * A real git server on 127.0.0.1 for the publishing tests: Debian's
 * `git http-backend` (the smart HTTP protocol, fetch and push) behind a small
 * CGI runner. Every request must carry Basic auth whose password is the
 * server's token (any user name, as GitHub, GitLab and Gitea accept a token);
 * a wrong or missing token gets 401, a read-only token 403 on push.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BACKEND = '/usr/lib/git-core/git-http-backend';

export interface GitServer {
  /** `http://127.0.0.1:port` */
  origin: string;
  /** The address of a repository made with `makeRepo`. */
  url(repo: string): string;
  /** The folder holding the bare repositories. */
  root: string;
  /** Runs once, after the next fetch (upload-pack) is answered, before anything else is served. */
  afterNextFetch(action: () => void): void;
  /** Every request's method and path, in order (no headers: no token). */
  requests: string[];
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** The token that may fetch and push. */
  token: string;
  /** A token that may fetch only (push gets 403). */
  readOnlyToken?: string;
  /**
   * A 401 carries `WWW-Authenticate: Basic` (true, the default, as GitHub's
   * does). The Chromium end-to-end run sets false: there, an extension page's
   * fetch answered with a challenge waits on an authentication prompt that
   * the automated browser never answers.
   */
  challenge?: boolean;
}

/** `git` with a fixed identity and no user configuration, in `cwd`. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ana',
      GIT_AUTHOR_EMAIL: 'ana@example.org',
      GIT_COMMITTER_NAME: 'Ana',
      GIT_COMMITTER_EMAIL: 'ana@example.org',
    },
  }).trim();
}

/** Checks the install: the suites fail with the command, they never skip. */
function requireBackend(): void {
  if (!existsSync(BACKEND)) {
    throw new Error(`${BACKEND} not found: install git (apt-get install -y git)`);
  }
}

/**
 * A bare repository `name.git` under `root` whose `branch` holds `files`
 * (path -> text), committed by Ana. Non-fast-forward pushes are refused, as
 * GitHub refuses them.
 */
export function makeRepo(
  root: string,
  name: string,
  files: Record<string, string>,
  branch = 'main',
): string {
  const bare = path.join(root, `${name}.git`);
  git(root, 'init', '--quiet', '--bare', `--initial-branch=${branch}`, bare);
  git(bare, 'config', 'receive.denyNonFastForwards', 'true');
  const work = mkdtempSync(path.join(tmpdir(), 'veille-site-'));
  git(work, 'init', '--quiet', `--initial-branch=${branch}`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), text);
  }
  git(work, 'add', '--all');
  git(work, 'commit', '--quiet', '-m', 'The site');
  git(work, 'push', '--quiet', bare, branch);
  rmSync(work, { recursive: true, force: true });
  return bare;
}

/** Refuses every push to `refs/heads/<prefix>*`, as a protected-branch rule does. */
export function protectBranches(bare: string, prefix: string): void {
  const hook = path.join(bare, 'hooks', 'update');
  writeFileSync(
    hook,
    `#!/bin/sh\ncase "$1" in refs/heads/${prefix}*) echo "protected branch: $1" >&2; exit 1;; esac\nexit 0\n`,
    { mode: 0o755 },
  );
}

function authorized(request: IncomingMessage, tokens: string[]): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Basic (.+)$/.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const password = colon === -1 ? '' : decoded.slice(colon + 1);
  return tokens.includes(password) ? password : null;
}

/** Runs git-http-backend for one request, as a CGI server would. */
function runBackend(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  done: () => void,
): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const child = spawn(BACKEND, [], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      REMOTE_USER: 'ana',
      REMOTE_ADDR: '127.0.0.1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
      GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
    },
  });
  request.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.writeHead(status);
    headersSent = true;
    response.write(head.subarray(end + 4));
  });
  child.stderr.resume();
  child.on('close', () => {
    if (!headersSent) response.writeHead(500);
    response.end();
    done();
  });
}

/** Starts the server on a free port of 127.0.0.1, serving the bare repositories under `root`. */
export async function startGitServer(root: string, options: GitServerOptions): Promise<GitServer> {
  requireBackend();
  const requests: string[] = [];
  const challenge = options.challenge ?? true;
  let afterFetch: (() => void) | null = null;
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const writeTokens = [options.token];
    const anyTokens = options.readOnlyToken ? [...writeTokens, options.readOnlyToken] : writeTokens;
    const token = authorized(request, anyTokens);
    if (token === null) {
      request.resume();
      response.writeHead(401, challenge ? { 'WWW-Authenticate': 'Basic realm="git"' } : {});
      response.end('Authentication required\n');
      return;
    }
    const pushing =
      request.url?.includes('service=git-receive-pack') ||
      request.url?.endsWith('/git-receive-pack');
    if (pushing && !writeTokens.includes(token)) {
      request.resume();
      response.writeHead(403);
      response.end('This token may not push\n');
      return;
    }
    const fetching = request.method === 'POST' && request.url?.endsWith('/git-upload-pack');
    runBackend(root, request, response, () => {
      if (fetching && afterFetch) {
        const action = afterFetch;
        afterFetch = null;
        action();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root,
    url: (repo) => `${origin}/${repo}.git`,
    afterNextFetch: (action) => {
      afterFetch = action;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
