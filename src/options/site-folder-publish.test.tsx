// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import type { SiteFolderDeps } from './options-deps';
import { SiteFolderPublish } from './site-folder-publish';

afterEach(cleanup);

/**
 * A site folder as paths -> text, behind the same deps as Chromium's File
 * System Access (which Node has not: the real one runs end to end).
 */
function folder(name: string, files: Record<string, string>) {
  const handle = { name, kind: 'directory' } as FileSystemDirectoryHandle;
  const remembered: FileSystemDirectoryHandle[] = [];
  const deps: SiteFolderDeps = {
    supported: true,
    recall: async () => remembered.at(-1) ?? null,
    remember: async (h) => {
      remembered.push(h);
    },
    pick: async () => handle,
    canWrite: async () => true,
    list: async () => [
      ...new Set(Object.keys(files).map((p) => (p.includes('/') ? `${p.split('/')[0]}/` : p))),
    ],
    listFiles: async (_, under) => Object.keys(files).filter((p) => p.startsWith(`${under}/`)),
    read: async (_, dir, file) => files[dir ? `${dir}/${file}` : file] ?? null,
    write: async (_, dir, file, text) => {
      files[dir ? `${dir}/${file}` : file] = text;
    },
  };
  return { deps, files, remembered };
}

const post = { text: '---\ntitle: "X"\n---\n\nNew line\n', fileName: '2019-03-31-x.md' };

function show(siteFolder: SiteFolderDeps, options: { draft?: boolean; text?: string } = {}) {
  const deps = { ...fakeOptionsDeps(), siteFolder };
  const shown = { ...post, text: options.text ?? post.text };
  render(<SiteFolderPublish deps={deps} post={shown} draft={options.draft ?? false} />);
}

/** Chooses the folder and waits until Veille has read the site in it. */
async function choose() {
  fireEvent.click(screen.getByRole('button', { name: 'Choose site folder' }));
  return screen.findByRole('button', { name: 'Publish to site folder' });
}

it('refuses a folder that holds no site, and remembers nothing', async () => {
  const { deps, remembered } = folder('code', { 'package.json': '{}', 'src/index.ts': '' });
  show(deps);
  fireEvent.click(screen.getByRole('button', { name: 'Choose site folder' }));
  expect((await screen.findByRole('alert')).textContent).toContain(
    '“code” holds no Hugo or Jekyll site',
  );
  expect(remembered).toEqual([]);
  expect(screen.queryByRole('button', { name: 'Publish to site folder' })).toBe(null);
});

it('suggests where earlier roundups live and writes the post there', async () => {
  const { deps, files } = folder('blog', {
    'hugo.toml': '',
    'content/blog/2019-02-28-february.md': 'old',
  });
  show(deps);
  fireEvent.click(screen.getByRole('button', { name: 'Choose site folder' }));
  await screen.findByText('Site folder “blog” (Hugo site): posts go to content/blog.');
  fireEvent.click(screen.getByRole('button', { name: 'Publish to site folder' }));
  await screen.findByText('Wrote content/blog/2019-03-31-x.md in the site folder.');
  expect(files['content/blog/2019-03-31-x.md']).toBe(post.text);
});

it('shows the changes before replacing a different file, and keeps it when asked', async () => {
  const { deps, files } = folder('site', {
    '_config.yml': '',
    '_posts/2019-03-31-x.md': '---\ntitle: "X"\n---\n\nOld line\n',
  });
  show(deps);
  fireEvent.click(screen.getByRole('button', { name: 'Choose site folder' }));
  await screen.findByText(/\(Jekyll site\): posts go to _posts\./);
  fireEvent.click(screen.getByRole('button', { name: 'Publish to site folder' }));
  await screen.findByText(/already exists and differs from this post/);
  expect(screen.getByText('− Old line')).toBeTruthy();
  expect(screen.getByText('+ New line')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Keep the file' }));
  expect(files['_posts/2019-03-31-x.md']).toContain('Old line');
  fireEvent.click(screen.getByRole('button', { name: 'Publish to site folder' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Replace the file' }));
  await screen.findByText('Wrote _posts/2019-03-31-x.md in the site folder.');
  expect(files['_posts/2019-03-31-x.md']).toBe(post.text);
});

it('says Download stands in where the browser gives no folder access', () => {
  show({ ...folder('x', {}).deps, supported: false });
  expect(screen.getByText(/gives extensions no access to folders/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Choose site folder' })).toBe(null);
});

it('reads the site’s configuration, says before writing what it will not do, and writes the draft', async () => {
  const { deps, files } = folder('blog', {
    'hugo.toml': 'timeZone = "Pacific/Kiritimati"\n[taxonomies]\n  category = "categories"\n',
    'content/posts/2019-02-28-february.md': 'old',
  });
  const text = '---\ntitle: "X"\ndate: 2999-01-01\ntags: ["k8s"]\n---\n\nBody\n';
  show(deps, { draft: true, text });
  const publish = await choose();
  // Said before anything is written.
  expect(screen.getByText(/this site makes no tag pages/)).toBeTruthy();
  expect(screen.getByText(/the post is dated 2999-01-01/).textContent).toContain(
    '(Pacific/Kiritimati)',
  );
  expect(files['content/posts/2019-03-31-x.md']).toBeUndefined();
  fireEvent.click(publish);
  await screen.findByText('Wrote content/posts/2019-03-31-x.md in the site folder.');
  expect(files['content/posts/2019-03-31-x.md']).toBe(
    '---\ntitle: "X"\ndate: 2999-01-01\ntags: ["k8s"]\ndraft: true\n---\n\nBody\n',
  );
});

it('holds a Jekyll post back with published: false, and says nothing for a site that builds it', async () => {
  const { deps, files } = folder('site', { '_config.yml': 'future: true\n' });
  const text = '---\ntitle: "X"\ndate: 2999-01-01\ntags: ["k8s"]\n---\n\nBody\n';
  show(deps, { draft: true, text });
  fireEvent.click(await choose());
  await screen.findByText('Wrote _posts/2019-03-31-x.md in the site folder.');
  expect(files['_posts/2019-03-31-x.md']).toContain('tags: ["k8s"]\npublished: false\n---\n');
  expect(screen.queryByText(/Note:/)).toBe(null);
});

it('writes nothing when the folder no longer holds a site', async () => {
  const { deps, files } = folder('blog', { 'hugo.toml': '' });
  show(deps);
  const publish = await choose();
  delete files['hugo.toml'];
  fireEvent.click(publish);
  expect((await screen.findByRole('alert')).textContent).toContain(
    '“blog” holds no Hugo or Jekyll site',
  );
  expect(Object.keys(files)).toEqual([]);
});

it.each([
  ['refused', async () => false],
  [
    'withdrawn',
    async () => {
      throw new DOMException('gone', 'NotAllowedError');
    },
  ],
])('writes nothing when access is %s when asked again', async (_, canWrite) => {
  const { deps, files } = folder('blog', { 'hugo.toml': '' });
  show({ ...deps, canWrite });
  fireEvent.click(await choose());
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Veille may not write in this folder: allow it when the browser asks, or choose the folder again.',
  );
  expect(Object.keys(files)).toEqual(['hugo.toml']);
  expect(screen.queryByRole('status')?.textContent).toBe('');
});

it.each(['NotAllowedError', 'NoModificationAllowedError'])(
  'says the folder is read-only when the write fails with %s',
  async (name) => {
    const { deps, files } = folder('blog', { 'hugo.toml': '' });
    show({
      ...deps,
      write: async () => {
        throw new DOMException('read-only', name);
      },
    });
    fireEvent.click(await choose());
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Veille may not write in the site folder (${name}): it is read-only, or the browser withdrew access. Nothing was written; make the folder writable or choose it again.`,
    );
    expect(Object.keys(files)).toEqual(['hugo.toml']);
    // Nothing stuck: the author may try again.
    expect(screen.getByRole('button', { name: 'Publish to site folder' })).toHaveProperty(
      'disabled',
      false,
    );
  },
);
