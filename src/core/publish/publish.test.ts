import { describe, expect, it } from 'vitest';
import {
  checkPublishing,
  detectSite,
  hostPattern,
  isValidBranchName,
  normalizeFolder,
  parseRepoAddress,
  postChanges,
  postPath,
  publishBranch,
  pullRequestUrl,
} from '.';

describe('the repository address', () => {
  it('is an HTTPS URL without credentials, query or trailing slash', () => {
    expect(parseRepoAddress(' https://github.com/ana/blog.git/ ')).toEqual({
      ok: true,
      url: 'https://github.com/ana/blog.git',
      origin: 'https://github.com',
    });
    expect(parseRepoAddress('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseRepoAddress('github.com/ana/blog')).toEqual({ ok: false, problem: 'not-a-url' });
    expect(parseRepoAddress('http://github.com/ana/blog')).toEqual({
      ok: false,
      problem: 'not-https',
    });
    expect(parseRepoAddress('git@github.com:ana/blog.git')).toEqual({
      ok: false,
      problem: 'not-a-url',
    });
    expect(parseRepoAddress('ssh://git@github.com/ana/blog.git')).toEqual({
      ok: false,
      problem: 'not-https',
    });
    expect(parseRepoAddress('https://ana:ghp_secret@github.com/ana/blog')).toEqual({
      ok: false,
      problem: 'credentials',
    });
  });

  it('may be plain HTTP on this computer only', () => {
    expect(parseRepoAddress('http://127.0.0.1:8123/blog.git')).toMatchObject({
      ok: true,
      origin: 'http://127.0.0.1:8123',
    });
    expect(parseRepoAddress('http://localhost/blog.git')).toMatchObject({ ok: true });
  });

  it('asks host access for its host, any port', () => {
    expect(hostPattern('https://gitlab.example.org')).toBe('https://gitlab.example.org/*');
    expect(hostPattern('http://127.0.0.1:8123')).toBe('http://127.0.0.1/*');
  });
});

describe('the branch', () => {
  it('is veille/ and the month', () => {
    expect(publishBranch('2026-11')).toBe('veille/2026-11');
    expect(isValidBranchName('veille/2026-11')).toBe(true);
  });

  it('is checked as git checks a ref name', () => {
    for (const name of ['main', 'gh-pages', 'release/2026'])
      expect(isValidBranchName(name)).toBe(true);
    for (const name of ['', 'a b', 'a..b', '-x', 'x.lock', 'x/', '/x', 'a:b', 'a~1', 'x@{1}']) {
      expect(isValidBranchName(name), name).toBe(false);
    }
  });
});

describe('the pull request page', () => {
  it('is the compare page on GitHub', () => {
    expect(pullRequestUrl('https://github.com/o/r.git', 'main', 'veille/2026-11')).toBe(
      'https://github.com/o/r/compare/main...veille/2026-11?expand=1',
    );
  });

  it('is a new merge request on GitLab', () => {
    expect(pullRequestUrl('https://gitlab.com/g/sub/r', 'main', 'veille/2026-11')).toBe(
      'https://gitlab.com/g/sub/r/-/merge_requests/new?merge_request%5Bsource_branch%5D=veille%2F2026-11&merge_request%5Btarget_branch%5D=main',
    );
  });

  it('is the compare page on Codeberg, Gitea and Forgejo', () => {
    expect(pullRequestUrl('https://codeberg.org/o/r.git', 'main', 'veille/2026-11')).toBe(
      'https://codeberg.org/o/r/compare/main...veille/2026-11',
    );
    expect(pullRequestUrl('https://gitea.example.org/o/r', 'trunk', 'veille/2026-11')).toBe(
      'https://gitea.example.org/o/r/compare/trunk...veille/2026-11',
    );
  });

  it('is unknown elsewhere', () => {
    expect(pullRequestUrl('https://example.org/git/blog.git', 'main', 'veille/2026-11')).toBe(null);
  });
});

describe('the site', () => {
  it('is Hugo or Jekyll from its configuration', () => {
    expect(detectSite(['hugo.toml', 'content/'])).toBe('hugo');
    expect(detectSite(['config.yaml', 'content/'])).toBe('hugo');
    expect(detectSite(['config/', 'content/'])).toBe('hugo');
    expect(detectSite(['_config.yml', '_posts/', 'Gemfile'])).toBe('jekyll');
    expect(detectSite(['README.md', 'src/', 'package.json'])).toBe(null);
    expect(detectSite(['config/', 'src/'])).toBe(null);
  });

  it('takes a posts folder as a clean relative path inside it', () => {
    expect(normalizeFolder(' /content/posts/ ')).toBe('content/posts');
    expect(normalizeFolder('content\\posts')).toBe('content/posts');
    expect(normalizeFolder('./_posts')).toBe('_posts');
    expect(normalizeFolder('')).toBe('');
    expect(normalizeFolder('../elsewhere')).toBe(null);
    expect(normalizeFolder('content/.git/hooks')).toBe(null);
    expect(postPath('content/posts', '2026-12-01-x.md')).toBe('content/posts/2026-12-01-x.md');
    expect(postPath('', '2026-12-01-x.md')).toBe('2026-12-01-x.md');
  });
});

describe('what changed since the last publish', () => {
  it('counts entries and lines both ways', () => {
    const changes = postChanges(
      { text: 'a\nb\nb\nc\n', entryIds: ['1', '2'] },
      { text: 'a\nb\nc\nd\ne\n', entryIds: ['2', '3', '4'] },
    );
    expect(changes).toEqual({ entriesAdded: 2, entriesRemoved: 1, linesAdded: 2, linesRemoved: 1 });
  });

  it('is nothing for the same post', () => {
    expect(postChanges({ text: 'x\n', entryIds: ['1'] }, { text: 'x\n', entryIds: ['1'] })).toEqual(
      { entriesAdded: 0, entriesRemoved: 0, linesAdded: 0, linesRemoved: 0 },
    );
  });
});

describe('the publishing settings', () => {
  const fields = {
    repository: 'https://github.com/ana/blog.git/',
    branch: ' main ',
    postsFolder: '/content/posts/',
    token: ' ghp_x ',
  };

  it('are cleaned when every field is right', () => {
    expect(checkPublishing(fields)).toEqual({
      ok: true,
      fields: {
        repository: 'https://github.com/ana/blog.git',
        branch: 'main',
        postsFolder: 'content/posts',
        token: 'ghp_x',
      },
      origin: 'https://github.com',
    });
  });

  it('name every field that is wrong', () => {
    expect(
      checkPublishing({
        repository: 'http://x.org/b',
        branch: 'a b',
        postsFolder: '../x',
        token: '',
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'repository', problem: 'not-https' },
        { field: 'branch', problem: 'invalid' },
        { field: 'postsFolder', problem: 'invalid' },
        { field: 'token', problem: 'empty' },
      ],
    });
  });
});
