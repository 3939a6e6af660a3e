/**
 * The git layer against a real git server (git http-backend on 127.0.0.1,
 * test/helpers/git-server.ts) serving bare repositories made in a temporary
 * folder; what it pushed is read back with the git CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type GitServer,
  git,
  makeRepo,
  protectBranches,
  startGitServer,
} from '../../../test/helpers/git-server';
import { checkRepository, PublishError, type PublishInput, publishPost } from './git-publish';

const TOKEN = 'tok-write-5f2c9a';
const READ_ONLY = 'tok-read-77aa01';
const HUGO_SITE = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Blog"\n',
  'content/posts/2026-10-01-october.md': '---\ntitle: "October"\n---\n\nOld post.\n',
  'content/_index.md': '# Blog\n',
};

let root = '';
let server: GitServer;
let repoCount = 0;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'veille-git-'));
  server = await startGitServer(root, { token: TOKEN, readOnlyToken: READ_ONLY });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A fresh bare repository with the Hugo site (or `files`) on main; its name and folder. */
function newRepo(files: Record<string, string> = HUGO_SITE) {
  const name = `blog-${++repoCount}`;
  return { name, bare: makeRepo(root, name, files), url: server.url(name) };
}

function input(url: string, changes: Partial<PublishInput> = {}): PublishInput {
  return {
    url,
    branch: 'main',
    token: TOKEN,
    month: '2026-11',
    path: 'content/posts/2026-12-01-web-novembre-2026.md',
    text: '---\ntitle: "Web - Novembre 2026"\n---\n\n- [A](https://a.example/)\n',
    message: 'Web - Novembre 2026',
    now: Date.UTC(2026, 11, 1, 9),
    ...changes,
  };
}

const branches = (bare: string) =>
  git(bare, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n').sort();

async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

describe('connecting a repository', () => {
  it('lists its branches with a token that may push', async () => {
    const { url } = newRepo();
    expect(await checkRepository({ url, branch: 'main' }, TOKEN)).toEqual(['main']);
  });

  it('says the token is wrong (401) and never repeats it', async () => {
    const { url } = newRepo();
    const error = await failure(checkRepository({ url, branch: 'main' }, 'tok-wrong-123'));
    expect(error.failure).toBe('auth');
    expect(`${error.message} ${error.detail}`).not.toContain('tok-wrong-123');
  });

  it('says a read-only token may not push (403)', async () => {
    const { url } = newRepo();
    expect((await failure(checkRepository({ url, branch: 'main' }, READ_ONLY))).failure).toBe(
      'forbidden',
    );
  });

  it('says when the main branch is not there', async () => {
    const { url } = newRepo();
    const error = await failure(checkRepository({ url, branch: 'master' }, TOKEN));
    expect(error).toMatchObject({ failure: 'no-branch', detail: 'master' });
  });

  it('says when there is no repository at that address (404)', async () => {
    const error = await failure(
      checkRepository({ url: server.url('nothing'), branch: 'main' }, TOKEN),
    );
    expect(error.failure).toBe('not-found');
  });

  it('says when the server cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address() as { port: number };
        probe.close(() => resolve(address.port));
      });
    });
    const error = await failure(
      checkRepository({ url: `http://127.0.0.1:${port}/blog.git`, branch: 'main' }, TOKEN),
    );
    expect(error.failure).toBe('network');
  });
});

describe('publishing a month', () => {
  it('commits the post to a new branch veille/YYYY-MM on top of main, and pushes it', async () => {
    const { bare, url } = newRepo();
    const main = git(bare, 'rev-parse', 'main');
    const outcome = await publishPost(input(url));
    expect(outcome).toMatchObject({
      branch: 'veille/2026-11',
      path: 'content/posts/2026-12-01-web-novembre-2026.md',
      site: { kind: 'hugo', configFile: 'hugo.toml', taxonomies: ['tags', 'categories'] },
      notes: [],
      created: true,
      previousText: null,
      unchanged: false,
    });
    expect(branches(bare)).toEqual(['main', 'veille/2026-11']);
    expect(git(bare, 'rev-parse', 'veille/2026-11')).toBe(outcome.commit);
    expect(git(bare, 'rev-parse', 'veille/2026-11^')).toBe(main);
    expect(git(bare, 'rev-parse', 'main')).toBe(main);
    expect(git(bare, 'show', `veille/2026-11:${outcome.path}`)).toBe(input(url).text.trimEnd());
    // The rest of the site is kept as it was, and the repository is sound.
    expect(git(bare, 'diff', '--name-status', 'main', 'veille/2026-11')).toBe(`A\t${outcome.path}`);
    git(bare, 'fsck', '--strict');
    expect(git(bare, 'log', '-1', '--format=%an <%ae> %s', 'veille/2026-11')).toBe(
      'Veille <veille@users.noreply.invalid> Web - Novembre 2026',
    );
  });

  it('publishing again after edits adds a commit to the same branch and gives the post it replaced', async () => {
    const { bare, url } = newRepo();
    const first = await publishPost(input(url));
    const edited = `${input(url).text}- [B](https://b.example/)\n`;
    const second = await publishPost(input(url, { text: edited, now: Date.UTC(2026, 11, 2) }));
    expect(second).toMatchObject({
      created: false,
      previousText: input(url).text,
      unchanged: false,
    });
    expect(git(bare, 'rev-parse', 'veille/2026-11^')).toBe(first.commit);
    expect(git(bare, 'rev-parse', 'veille/2026-11')).toBe(second.commit);
    expect(`${git(bare, 'show', `veille/2026-11:${second.path}`)}\n`).toBe(edited);
  });

  it('pushes nothing when the branch already holds the same post', async () => {
    const { bare, url } = newRepo();
    const first = await publishPost(input(url));
    const pushesBefore = server.requests.filter((r) => r.endsWith('/git-receive-pack')).length;
    const again = await publishPost(input(url));
    expect(again).toMatchObject({ unchanged: true, commit: first.commit });
    expect(server.requests.filter((r) => r.endsWith('/git-receive-pack')).length).toBe(
      pushesBefore,
    );
    expect(git(bare, 'rev-parse', 'veille/2026-11')).toBe(first.commit);
  });

  it('moves the post when its file name changed since the last publish', async () => {
    const { bare, url } = newRepo();
    const first = await publishPost(input(url));
    const renamed = 'content/posts/2026-12-02-web-novembre-2026.md';
    await publishPost(input(url, { path: renamed, previousPath: first.path }));
    expect(git(bare, 'diff', '--name-status', 'main', 'veille/2026-11')).toBe(`A\t${renamed}`);
  });

  it('holds the post back for review with draft: true, and says what the site will not do with it', async () => {
    const { bare, url } = newRepo({
      'hugo.toml': 'timeZone = "Pacific/Honolulu"\n[taxonomies]\n  category = "categories"\n',
    });
    const text = '---\ntitle: "W"\ndate: 2026-12-01\ntags: ["k8s"]\n---\n\nBody\n';
    // 1 December, 09:00 UTC: still 30 November in Honolulu.
    const outcome = await publishPost(input(url, { text, draft: true }));
    expect(outcome.notes).toEqual([
      { note: 'no-tags-taxonomy' },
      { note: 'future-in-site-zone', date: '2026-12-01', timeZone: 'Pacific/Honolulu' },
    ]);
    expect(outcome.text).toBe(
      '---\ntitle: "W"\ndate: 2026-12-01\ntags: ["k8s"]\ndraft: true\n---\n\nBody\n',
    );
    expect(`${git(bare, 'show', `veille/2026-11:${outcome.path}`)}\n`).toBe(outcome.text);
  });

  it('recognises a Jekyll site', async () => {
    const { url } = newRepo({ '_config.yml': 'title: Blog\n', '_posts/.keep': '' });
    const outcome = await publishPost(input(url, { path: '_posts/2026-12-01-x.md' }));
    expect(outcome.site).toMatchObject({ kind: 'jekyll', configFile: '_config.yml' });
  });
});

describe('a publish that fails leaves nothing on the server', () => {
  it('when the repository holds no Hugo or Jekyll site', async () => {
    const { bare, url } = newRepo({ 'README.md': '# A library\n', 'src/index.js': '' });
    expect((await failure(publishPost(input(url)))).failure).toBe('not-a-site');
    expect(branches(bare)).toEqual(['main']);
  });

  it('when the token is wrong, and the token is in no message or log', async () => {
    const { bare, url } = newRepo();
    const logged: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args) => logged.push(...args));
    }
    const error = await failure(publishPost(input(url, { token: 'tok-stolen-999' })));
    expect(error.failure).toBe('auth');
    expect(JSON.stringify([error.message, error.detail, error.stack, logged])).not.toContain(
      'tok-stolen-999',
    );
    expect(branches(bare)).toEqual(['main']);
  });

  it('when a read-only token tries', async () => {
    const { bare, url } = newRepo();
    expect((await failure(publishPost(input(url, { token: READ_ONLY })))).failure).toBe(
      'forbidden',
    );
    expect(branches(bare)).toEqual(['main']);
  });

  it('when the branch is protected', async () => {
    const { bare, url } = newRepo();
    protectBranches(bare, 'veille/');
    const error = await failure(publishPost(input(url)));
    expect(error.failure).toBe('rejected');
    expect(branches(bare)).toEqual(['main']);
  });

  it('when the branch moved on the server since it was read (non-fast-forward)', async () => {
    const { bare, url } = newRepo();
    await publishPost(input(url));
    // Someone pushes to the branch between Veille's fetch and its push.
    const work = mkdtempSync(path.join(tmpdir(), 'veille-other-'));
    server.afterNextFetch(() => {
      git(work, 'clone', '--quiet', '--branch', 'veille/2026-11', bare, '.');
      git(work, 'commit', '--quiet', '--allow-empty', '-m', 'A fix by hand');
      git(work, 'push', '--quiet', 'origin', 'veille/2026-11');
    });
    const edited = `${input(url).text}- [C](https://c.example/)\n`;
    const error = await failure(publishPost(input(url, { text: edited })));
    rmSync(work, { recursive: true, force: true });
    expect(error.failure).toBe('moved');
    expect(git(bare, 'log', '-1', '--format=%s', 'veille/2026-11')).toBe('A fix by hand');
  });

  it('when the server cannot be reached', async () => {
    const error = await failure(publishPost(input('http://127.0.0.1:9/blog.git')));
    expect(error.failure).toBe('network');
  });
});
