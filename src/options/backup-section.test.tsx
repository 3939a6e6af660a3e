// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOW } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry, testDb } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '../core/backup';
import { readBackup } from '../db/backup';
import { entriesOfMonth } from '../db/entries';
import { BackupSection } from './backup-section';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await deleteTestDbs();
});

function setup(deps = fakeOptionsDeps()) {
  render(<BackupSection deps={deps} timeZone="UTC" />);
  return {
    deps,
    input: screen.getByLabelText('Restore from a backup') as HTMLInputElement,
    status: () => screen.getByRole('status').textContent,
    alert: () => screen.queryByRole('alert')?.textContent,
  };
}

function choose(input: HTMLInputElement, text: string, size?: number) {
  const file = new File([text], 'veille-backup.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(input, { target: { files: [file] } });
}

/** A backup file's text holding what `source` holds. */
async function backupText(source = testDb(), fill = true): Promise<string> {
  if (fill) {
    await seedEntry(source, { url: 'https://example.org/a', title: 'A' }, 1_000);
    await seedEntry(source, { url: 'https://example.org/b', title: 'B' }, 2_000);
  }
  const { entries, months } = await readBackup(source);
  return serializeBackup(entries, months, NOW);
}

describe('BackupSection', () => {
  it('downloads every record as veille-backup-YYYY-MM-DD.json', async () => {
    const deps = fakeOptionsDeps();
    const entry = await seedEntry(deps.db);
    await deps.writer.deleteEntry(entry.id);
    setup(deps);
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(1));
    const [fileName, text, mimeType] = deps.download.mock.calls[0] ?? [];
    expect(fileName).toBe('veille-backup-2019-03-15.json');
    expect(mimeType).toBe('application/json');
    const parsed = parseBackup(text ?? '');
    const { hlc: _stamp, ...unstamped } = entry;
    expect(parsed.ok && parsed.backup.entries).toEqual([
      { ...unstamped, deletedAt: NOW, updatedAt: NOW },
    ]);
    expect(text).not.toContain('"hlc"');
  });

  it('says when the database cannot be read for a download', async () => {
    const { deps, alert } = setup();
    vi.spyOn(deps.db.months, 'toArray').mockRejectedValueOnce(new Error('closed'));
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() =>
      expect(alert()).toBe('The backup could not be made: the database could not be read.'),
    );
    expect(deps.download).not.toHaveBeenCalled();
  });

  it('restores a chosen file and says what it added, updated and left unchanged', async () => {
    const { deps, input, status, alert } = setup();
    expect(input.accept).toContain('.json');
    expect(status()).toBe('');
    choose(input, await backupText());
    await waitFor(() => expect(status()).toBe('Restored: 2 added, 0 updated, 0 unchanged.'));
    expect(alert()).toBeUndefined();
    expect((await entriesOfMonth(deps.db, '2019-03')).map((e) => e.title)).toEqual(['A', 'B']);
    expect(deps.changes).not.toHaveLength(0);
    expect(input.value).toBe('');

    // The same file again changes nothing.
    choose(input, await backupText(deps.db, false));
    await waitFor(() => expect(status()).toBe('Restored: 0 added, 0 updated, 2 unchanged.'));
  });

  it('offers to bring back entries deleted after the backup was made', async () => {
    const deps = fakeOptionsDeps();
    const entry = await seedEntry(deps.db, { title: 'Gone' });
    const text = await backupText(deps.db, false);
    await deps.writer.deleteEntry(entry.id);
    const { input, status } = setup(deps);
    choose(input, text);
    await waitFor(() =>
      expect(status()).toBe(
        'Restored: 0 added, 0 updated, 0 unchanged. ' +
          'Entries of the backup that you deleted here after it was made stay deleted: 1.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Bring them back' }));
    await waitFor(() => expect(status()).toBe('Restored: 1 added, 0 updated, 0 unchanged.'));
    expect((await entriesOfMonth(deps.db, '2019-03')).map((e) => e.title)).toEqual(['Gone']);
    expect(screen.queryByRole('button', { name: 'Bring them back' })).toBeNull();
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const { deps, input, status, alert } = setup();
    await seedEntry(deps.db);
    const before = await readBackup(deps.db);
    choose(input, '{"entries": [');
    await waitFor(() =>
      expect(alert()).toBe(
        'This file is not a Veille backup: it is not JSON. Nothing was changed.',
      ),
    );
    expect(status()).toBe('');
    choose(input, '{"hello": "world"}');
    await waitFor(() =>
      expect(alert()).toBe('This file is not a Veille backup. Nothing was changed.'),
    );
    expect(await readBackup(deps.db)).toEqual(before);
  });

  it('names the invalid record and why', async () => {
    const { input, alert } = setup();
    const text = (await backupText()).replace('"https://example.org/b"', '"javascript:alert(1)"');
    choose(input, text);
    await waitFor(() =>
      expect(alert()).toBe(
        'Entry 2 of the backup is not valid: its URL is not a web address (http or https). ' +
          'Nothing was changed.',
      ),
    );
    choose(input, (await backupText()).replace('"title": "A"', '"title": 1'));
    await waitFor(() =>
      expect(alert()).toMatch(
        /^Entry 1 of the backup is not valid: the field “title” has the wrong type\./,
      ),
    );
  });

  it('refuses a newer format and a file over the size cap without reading it', async () => {
    const { input, alert } = setup();
    choose(input, JSON.stringify({ format: 'veille-backup', version: 3, entries: [], months: [] }));
    await waitFor(() => expect(alert()).toMatch(/newer version of Veille \(format 3\)/));
    const read = vi.spyOn(File.prototype, 'text');
    choose(input, '{}', MAX_BACKUP_BYTES + 1);
    await waitFor(() => expect(alert()).toMatch(/^This file is too large for a Veille backup/));
    expect(read).not.toHaveBeenCalled();
  });

  it('says the disk is full when the restore cannot be written', async () => {
    const { deps, input, alert, status } = setup();
    vi.spyOn(deps.db.entries, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    choose(input, await backupText());
    await waitFor(() => expect(alert()).toBe('The disk is full. Nothing was changed.'));
    expect(status()).toBe('');
    expect(await deps.db.entries.count()).toBe(0);
  });
});
