// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { PublishError } from '../app/publish/errors';
import type { PublishReport } from '../app/publish/publish-month';
import { ExportView } from './export-view';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const postBox = () => screen.getByRole('textbox', { name: 'Post' }) as HTMLTextAreaElement;

async function configured() {
  const deps = fakeOptionsDeps(); // March 2019, UTC
  const entry = await seedEntry(deps.db, { url: 'https://example.org/m', title: 'March entry' });
  deps.publishing.stored.settings = {
    repository: 'https://github.com/ana/blog.git',
    branch: 'main',
    postsFolder: 'content/posts',
  };
  deps.publishing.stored.token = 'tok-gh';
  return { deps, entry };
}

function report(changes: Partial<PublishReport> = {}): PublishReport {
  return {
    outcome: {
      branch: 'veille/2019-03',
      path: 'content/posts/2019-03-15-veille-march-2019.md',
      commit: 'abcdef1234567890abcdef1234567890abcdef12',
      site: {
        kind: 'hugo',
        configFile: 'hugo.toml',
        timeZone: null,
        taxonomies: ['tags', 'categories'],
        buildFuture: false,
      },
      notes: [],
      text: '',
      created: true,
      previousText: null,
      unchanged: false,
    },
    changes: null,
    pullRequest: 'https://github.com/ana/blog/compare/main...veille/2019-03?expand=1',
    record: {
      id: '2019-03',
      intro: '',
      outro: '',
      sectionIntros: {},
      sectionOrder: [],
      titleOverride: '',
      publishDate: null,
      publishedAt: 1000,
      publishedEntryIds: [],
      publishedTo: {
        repository: 'https://github.com/ana/blog.git',
        branch: 'veille/2019-03',
        path: 'content/posts/2019-03-15-veille-march-2019.md',
        commit: 'abcdef1234567890abcdef1234567890abcdef12',
        at: 1000,
      },
      updatedAt: 1000,
      deletedAt: null,
    },
    ...changes,
  };
}

it('points to Settings → Publishing until a repository is set up', async () => {
  const deps = fakeOptionsDeps();
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  const link = await screen.findByRole('link', { name: /set it up in Settings → Publishing/ });
  expect(link.getAttribute('href')).toBe('#settings');
  expect(screen.queryByRole('button', { name: 'Publish' })).toBe(null);
});

it('publishes the post on screen, names the branch and the file, and opens the pull request page', async () => {
  const { deps, entry } = await configured();
  deps.publishing.publish.mockResolvedValue(report());
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await waitFor(() => expect(postBox().value).toContain('March entry'));
  const publish = await screen.findByRole('button', { name: 'Publish' });
  await waitFor(() => expect(publish).toHaveProperty('disabled', false));
  fireEvent.click(publish);
  expect(deps.publishing.requestHostAccess).toHaveBeenCalledWith('https://github.com/*');
  await screen.findByText(/Pushed branch veille\/2019-03/);
  const [fields, post] = deps.publishing.publish.mock.calls[0] ?? [];
  expect(fields).toMatchObject({ repository: 'https://github.com/ana/blog.git', token: 'tok-gh' });
  expect(post).toMatchObject({ month: '2019-03', text: postBox().value, entryIds: [entry.id] });
  expect(post?.fileName).toMatch(/^2019-03-\d\d-veille-march-2019\.md$/);
  const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Pushed'));
  expect(status?.textContent).toContain(
    'Pushed branch veille/2019-03 with content/posts/2019-03-15-veille-march-2019.md.',
  );
  expect(deps.publishing.openTab).toHaveBeenCalledWith(report().pullRequest);
  expect(screen.getByRole('link', { name: 'Open the pull request' })).toHaveProperty(
    'href',
    report().pullRequest,
  );
  expect(await screen.findByText(/Last published to branch veille\/2019-03/)).toBeTruthy();
});

it('says what changed since the last publish, and the branch alone for an unknown host', async () => {
  const { deps } = await configured();
  deps.publishing.publish.mockResolvedValue(
    report({
      pullRequest: null,
      changes: { entriesAdded: 2, entriesRemoved: 1, linesAdded: 3, linesRemoved: 1 },
    }),
  );
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await waitFor(() => expect(postBox().value).toContain('March entry'));
  const publish = await screen.findByRole('button', { name: 'Publish' });
  await waitFor(() => expect(publish).toHaveProperty('disabled', false));
  fireEvent.click(publish);
  expect(await screen.findByText(/Pushed a new commit to branch veille\/2019-03/)).toHaveProperty(
    'textContent',
    'Pushed a new commit to branch veille/2019-03 (content/posts/2019-03-15-veille-march-2019.md): 2 entries added, 1 removed, 4 lines changed since the last publish. Open a pull request from veille/2019-03 into main on your repository’s site.',
  );
  expect(deps.publishing.openTab).not.toHaveBeenCalled();
});

it('says why a publish failed and keeps the post to copy or download', async () => {
  const { deps } = await configured();
  deps.publishing.publish.mockRejectedValue(new PublishError('moved'));
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await waitFor(() => expect(postBox().value).toContain('March entry'));
  const publish = await screen.findByRole('button', { name: 'Publish' });
  await waitFor(() => expect(publish).toHaveProperty('disabled', false));
  fireEvent.click(publish);
  expect((await screen.findByRole('alert')).textContent).toContain(
    'The branch changed on the server while Veille was publishing: nothing was pushed.',
  );
  expect(postBox().value).toContain('March entry');
  expect(screen.getByRole('button', { name: 'Download' })).toHaveProperty('disabled', false);
  expect(screen.queryByText(/Last published to/)).toBe(null);
});

it('publishes as a draft when asked, and says what the site will not do with the post', async () => {
  const { deps } = await configured();
  const published = report();
  published.outcome.notes = [
    { note: 'no-tags-taxonomy' },
    { note: 'future-in-site-zone', date: '2019-03-16', timeZone: 'Pacific/Honolulu' },
  ];
  deps.publishing.publish.mockResolvedValue(published);
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await waitFor(() => expect(postBox().value).toContain('March entry'));
  const publish = await screen.findByRole('button', { name: 'Publish' });
  await waitFor(() => expect(publish).toHaveProperty('disabled', false));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Draft' }));
  fireEvent.click(publish);
  await screen.findByText(/Pushed branch veille\/2019-03/);
  expect(deps.publishing.publish.mock.calls[0]?.[1]).toMatchObject({ draft: true });
  expect(screen.getByText(/this site makes no tag pages/)).toBeTruthy();
  expect(screen.getByText(/the post is dated 2019-03-16/).textContent).toContain(
    '(Pacific/Honolulu): the site will not build it until then.',
  );
});

it('shows one Draft for both ways of publishing, and the site folder honours it too', async () => {
  const { deps } = await configured();
  deps.publishing.publish.mockResolvedValue(report());
  const written: Record<string, string> = {};
  const handle = { name: 'blog', kind: 'directory' } as FileSystemDirectoryHandle;
  deps.siteFolder = {
    ...deps.siteFolder,
    supported: true,
    pick: async () => handle,
    canWrite: async () => true,
    list: async () => ['hugo.toml', 'content/'],
    read: async (_, dir, name) => (dir === '' && name === 'hugo.toml' ? '' : null),
    write: async (_, dir, name, text) => {
      written[`${dir}/${name}`] = text;
    },
  };
  render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
  await waitFor(() => expect(postBox().value).toContain('March entry'));
  fireEvent.click(screen.getByRole('button', { name: 'Choose site folder' }));
  const toFolder = await screen.findByRole('button', { name: 'Publish to site folder' });
  await waitFor(() => expect(toFolder).toHaveProperty('disabled', false));
  expect(screen.getAllByRole('checkbox', { name: 'Draft' })).toHaveLength(1);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Draft' }));
  fireEvent.click(toFolder);
  await screen.findByText(/^Wrote content\/posts\/.+ in the site folder\.$/);
  const [file] = Object.values(written);
  expect(file).toMatch(/\ndraft: true\n---\n/);
  fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
  await screen.findByText(/Pushed branch veille\/2019-03/);
  expect(deps.publishing.publish.mock.calls[0]?.[1]).toMatchObject({ draft: true });
});
