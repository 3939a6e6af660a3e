/**
 * Publish into the blog's git repository, end to end, as one scenario run by
 * publish-git.chromium.e2e.test.ts and publish-git.firefox.e2e.test.ts: a
 * real git server on 127.0.0.1 (git http-backend, test/helpers/git-server.ts)
 * holds a Hugo site; Settings → Publishing connects it, Publish pushes the
 * month's branch; the branch is cloned with the git CLI and built with Hugo,
 * and the month's page links every captured page. A wrong token is said
 * plainly and leaves no branch.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitServer, git, makeRepo, startGitServer } from '../helpers/git-server';
import { buildHugo, hugoSiteFiles } from '../helpers/hugo-site';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { shown } from './expect';
import { screenshotPath, useE2eSession } from './session';

const TOKEN = 'tok-e2e-9c1d7f';

/** The scenario; `challenge`: whether the server's 401 asks the browser to sign in (see GitServerOptions). */
export function describePublishing({ challenge }: { challenge: boolean }): void {
  const e2e = useE2eSession();
  let root = '';
  let server: GitServer;
  let bare = '';

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'veille-e2e-git-'));
    bare = makeRepo(root, 'blog', hugoSiteFiles());
    server = await startGitServer(root, { token: TOKEN, challenge });
  });
  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function capture(pagePath: string, note: string, category: string): Promise<void> {
    const article = await openPage(e2e.browser, e2e.site.url(pagePath));
    const popup = await openPopupFor(e2e.browser, article);
    await popup.getByRole('textbox', { name: 'Note' }).fill(note);
    await popup.getByRole('combobox', { name: 'Category' }).fill(category);
    const closed = e2e.browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).click();
    await closed;
    await article.close();
  }

  async function connect(token: string): Promise<E2ePage> {
    const settings = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#settings`,
    );
    await settings.getByRole('textbox', { name: 'Repository address' }).fill(server.url('blog'));
    await settings.getByRole('textbox', { name: 'Branch' }).fill('main');
    await settings.getByLabel('Token').fill(token);
    await settings.getByRole('textbox', { name: 'Posts folder' }).fill('content/posts');
    await settings.getByRole('button', { name: 'Connect repository' }).click();
    return settings;
  }

  const branches = () =>
    git(bare, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n').sort();

  describe('publishing into the blog', () => {
    it('says plainly when the token is wrong, and pushes nothing', async () => {
      const settings = await connect('tok-wrong');
      await shown(settings.getByText(/refused the token \(401\)/));
      await settings.close();
      expect(branches()).toEqual(['main']);
    });

    it('commits the month’s post to its branch; the branch builds with Hugo and links every capture', async () => {
      await capture('article.html', 'Explore *arrive*.', 'Data');
      await capture('other.html', 'Les logs façon Prometheus.', 'Logs');
      const settings = await connect(TOKEN);
      await shown(
        settings.getByText(/Connected: Veille may push to this repository \(branches: main\)/),
      );
      await settings.close();

      const options = await e2e.browser.newPage();
      await options.setViewportSize({ width: 1280, height: 1000 });
      await options.goto(`${e2e.browser.url('src/options/index.html')}#export`);
      const post = options.getByRole('textbox', { name: 'Post', exact: true });
      await expect.poll(() => post.inputValue()).toContain(e2e.site.url('other.html'));
      const text = await post.inputValue();
      await options.getByRole('button', { name: 'Publish', exact: true }).click();
      const pushed = options.getByText(/^Pushed branch veille\//);
      await shown(pushed, 60_000);
      const status = (await pushed.first().textContent()) ?? '';
      const match = /Pushed branch (veille\/\d{4}-\d\d) with (content\/posts\/[^ ]+\.md)\./.exec(
        status,
      );
      expect(match, status).not.toBe(null);
      const [, branch, file] = match as unknown as [string, string, string];
      // 127.0.0.1 is no host Veille knows: the branch is named for a pull request by hand.
      expect(status).toContain(`Open a pull request from ${branch} into main`);
      await shown(options.getByText(new RegExp(`Last published to branch ${branch}`)));
      await options.locator('.options').screenshot({ path: screenshotPath('publish') });

      // The branch, cloned with the git CLI (from the server's folder: a synchronous
      // clone over HTTP would block the server in this same process): the post byte
      // for byte, then the built page.
      const clone = mkdtempSync(path.join(tmpdir(), 'veille-clone-'));
      try {
        git(clone, 'clone', '--quiet', '--branch', branch, bare, '.');
        expect(readFileSync(path.join(clone, file), 'utf8')).toBe(text);
        buildHugo(clone);
        const slug = path.basename(file, '.md');
        const page = path.join(clone, 'public', 'posts', slug, 'index.html');
        expect(existsSync(page), readdirSync(path.join(clone, 'public', 'posts')).join(', ')).toBe(
          true,
        );
        const html = readFileSync(page, 'utf8');
        for (const link of [e2e.site.url('article.html'), e2e.site.url('other.html')]) {
          expect(html).toContain(`href="${link}"`);
        }
      } finally {
        rmSync(clone, { recursive: true, force: true });
      }

      // Publishing again after an edit: a new commit on the same branch, and what changed.
      const intro = options.getByRole('textbox', { name: 'Intro', exact: true });
      await intro.fill('Un mois chargé.');
      await expect.poll(() => post.inputValue()).toContain('Un mois chargé.');
      await options.getByRole('button', { name: 'Publish', exact: true }).click();
      await shown(options.getByText(/^Pushed a new commit to branch/), 60_000);
      expect(
        await options
          .getByText(/^Pushed a new commit to branch/)
          .first()
          .textContent(),
      ).toContain('0 entries added, 0 removed');
      expect(git(bare, 'rev-list', '--count', `main..${branch}`)).toBe('2');
      expect(git(bare, 'show', `${branch}:${file}`)).toContain('Un mois chargé.');
      await options.close();
    });
  });
}
