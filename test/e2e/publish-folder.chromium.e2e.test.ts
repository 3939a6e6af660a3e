/**
 * Publish into the site's folder, end to end in Chromium (File System Access;
 * Firefox has none). The end-to-end build hands the page the origin private
 * file system (`navigator.storage.getDirectory()`) where the shipped build
 * shows the folder picker, which a test cannot answer; the test fills that
 * folder with a Hugo site and reads back what Veille wrote.
 */
import { describe, expect, it } from 'vitest';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { shown } from './expect';
import { screenshotPath, useE2eSession } from './session';

const e2e = useE2eSession();

/** Writes `path` in the origin private file system, folders created. */
function writeOpfs(page: E2ePage, path: string, text: string) {
  return page.evaluate(
    async ([file, content]: [string, string]) => {
      const parts = file.split('/');
      const name = parts.pop() as string;
      let dir = await navigator.storage.getDirectory();
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(content);
      await writable.close();
    },
    [path, text] as [string, string],
  );
}

function readOpfs(page: E2ePage, folder: string) {
  return page.evaluate(async (path: string) => {
    let dir = await navigator.storage.getDirectory();
    for (const part of path.split('/')) dir = await dir.getDirectoryHandle(part);
    const files: Record<string, string> = {};
    for await (const [name, handle] of dir as unknown as AsyncIterable<
      [string, FileSystemHandle]
    >) {
      if (handle.kind === 'file')
        files[name] = await (await (handle as FileSystemFileHandle).getFile()).text();
    }
    return files;
  }, folder);
}

describe("publishing into the site's folder", () => {
  it('writes the post byte for byte, and shows the changes before replacing a file edited by hand', async () => {
    const article = await openPage(e2e.browser, e2e.site.url('article.html'));
    const popup = await openPopupFor(e2e.browser, article);
    await popup.getByRole('textbox', { name: 'Note' }).fill('Explore *arrive*.');
    const closed = e2e.browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).click();
    await closed;
    await article.close();

    const options = await e2e.browser.newPage();
    await options.goto(`${e2e.browser.url('src/options/index.html')}#export`);
    await writeOpfs(options, 'hugo.toml', 'title = "Blog"\n');
    await writeOpfs(options, 'content/posts/2026-01-01-first.md', '---\ntitle: "First"\n---\n');
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    await expect.poll(() => post.inputValue()).toContain(e2e.site.url('article.html'));
    const text = await post.inputValue();

    await options.getByRole('button', { name: 'Choose site folder' }).click();
    await shown(options.getByText(/\(Hugo site\): posts go to content\/posts\./));
    await options.getByRole('button', { name: 'Publish to site folder' }).click();
    const written = options.getByText(/^Wrote content\/posts\/.+\.md in the site folder\.$/);
    await shown(written);
    const file = /content\/posts\/(.+\.md)/.exec((await written.first().textContent()) ?? '')?.[1];
    expect(file).toMatch(/^\d{4}-\d\d-\d\d-veille-.+\.md$/);
    let files = await readOpfs(options, 'content/posts');
    // Byte for byte, and no temporary file left beside it.
    expect(files[file as string]).toBe(text);
    expect(Object.keys(files).sort()).toEqual(['2026-01-01-first.md', file].sort());

    // The folder is remembered; a file changed by hand is never replaced silently.
    await options.reload();
    await shown(options.getByText(/\(Hugo site\): posts go to content\/posts\./));
    await writeOpfs(options, `content/posts/${file}`, `${text}\nA line added by hand.\n`);
    await expect.poll(() => post.inputValue()).toBe(text);
    await options.getByRole('button', { name: 'Publish to site folder' }).click();
    await shown(options.getByText(/already exists and differs from this post/));
    await shown(options.getByText('− A line added by hand.'));
    await options.locator('.site-folder').screenshot({ path: screenshotPath('publish-folder') });
    files = await readOpfs(options, 'content/posts');
    expect(files[file as string]).toBe(`${text}\nA line added by hand.\n`);
    await options.getByRole('button', { name: 'Replace the file' }).click();
    await shown(written);
    files = await readOpfs(options, 'content/posts');
    expect(files[file as string]).toBe(text);
    expect(Object.keys(files).length).toBe(2);

    // Draft holds the post back for review in the folder too.
    await options.getByRole('checkbox', { name: 'Draft' }).click();
    await options.getByRole('button', { name: 'Publish to site folder' }).click();
    await options.getByRole('button', { name: 'Replace the file' }).click();
    await shown(written);
    files = await readOpfs(options, 'content/posts');
    expect(files[file as string]).toMatch(/\ndraft: true\n---\n/);
    await options.close();
  });
});
