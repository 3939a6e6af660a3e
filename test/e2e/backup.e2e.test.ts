import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { countOf, gone, shown, textOf } from './expect';
import { useE2eSession } from './session';

const e2e = useE2eSession();

async function capture(pagePath: string, note: string): Promise<void> {
  const article = await openPage(e2e.browser, e2e.site.url(pagePath));
  const popup = await openPopupFor(e2e.browser, article);
  await popup.getByRole('textbox', { name: 'Note' }).fill(note);
  const closed = e2e.browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await closed;
  await article.close();
}

async function openOptions(view: 'entries' | 'settings'): Promise<E2ePage> {
  return openPage(e2e.browser, `${e2e.browser.url('src/options/index.html')}#${view}`);
}

/** The text of the backup file downloaded from the Settings view. */
let backupFile = '';

describe('backup', () => {
  it('downloads a backup, and restoring it brings back a deleted entry', async () => {
    await capture('article.html', 'Explore arrive.');

    const options = await openOptions('settings');
    const download = await e2e.browser.download(options, () =>
      options.getByRole('button', { name: 'Download backup' }).click(),
    );
    expect(download.name).toMatch(/^veille-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupFile = download.path;
    const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
    expect(backup).toMatchObject({ format: 'veille-backup', version: 2 });
    expect(backup.entries).toEqual([
      expect.objectContaining({ url: e2e.site.url('article.html'), note: 'Explore arrive.' }),
    ]);

    // The author deletes the entry in the library...
    await options.getByRole('link', { name: 'Entries' }).click();
    const title = options.getByRole('link', { name: 'Grafana v6.0 Released' });
    await shown(title);
    await options.getByRole('button', { name: 'Delete “Grafana v6.0 Released”' }).click();
    await gone(title);

    // ...then restores the backup: the deletion is later, so it is kept
    // until the author asks for the deleted entries back.
    await options.getByRole('link', { name: 'Settings' }).click();
    await options.getByLabel('Restore from a backup').setInputFiles(backupFile);
    const status = options.getByRole('status').filter({ hasText: 'Restored' });
    await textOf(status).toBe(
      'Restored: 0 added, 0 updated, 0 unchanged. ' +
        'Entries of the backup that you deleted here after it was made stay deleted: 1.',
    );
    await options.getByRole('button', { name: 'Bring them back' }).click();
    await textOf(status).toBe('Restored: 1 added, 0 updated, 0 unchanged.');

    await options.getByRole('link', { name: 'Entries' }).click();
    await shown(title);
    await shown(options.getByText('Explore arrive.'));
    await options.close();
  });

  it('refuses a malformed file or an invalid record and changes nothing', async () => {
    await capture('other.html', 'Les logs.');
    const options = await openOptions('settings');
    const input = options.getByLabel('Restore from a backup');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "veille-backup", "version": 1, "entries": ['),
    });
    const alert = options.getByRole('alert');
    await textOf(alert).toBe(
      'This file is not a Veille backup: it is not JSON. Nothing was changed.',
    );

    // The real backup, with its entry's note edited and a javascript: URL.
    const hostile = readFileSync(backupFile, 'utf8')
      .replace('Explore arrive.', 'Changed.')
      .replace(e2e.site.url('article.html'), 'javascript:alert(document.domain)');
    await input.setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile),
    });
    await textOf(alert).toBe(
      'Entry 1 of the backup is not valid: its URL is not a web address (http or https). ' +
        'Nothing was changed.',
    );

    await options.getByRole('link', { name: 'Entries' }).click();
    await countOf(options.getByRole('listitem')).toBe(2);
    await shown(options.getByText('Explore arrive.'));
    await shown(options.getByText('Les logs.'));
    await options.close();
  });
});
