/**
 * Publish, the use case, over a real git server (127.0.0.1) and a real store
 * (fake-indexeddb): the month is marked published with where its post went,
 * a second publish says what changed, and the token is in no backup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { deleteTestDbs, seedEntry, testStore } from '../../../test/helpers/db';
import { type GitServer, git, makeRepo, startGitServer } from '../../../test/helpers/git-server';
import { serializeBackup } from '../../core/backup';
import { exportPost, presetById } from '../../core/post';
import type { PublishingFields } from '../../core/publish';
import { readBackup } from '../../db/backup';
import { getMonth } from '../../db/months';
import { connectRepository, PublishError, publishMonth } from './publish-month';

const TOKEN = 'tok-month-1b2c3d';
const NOW = Date.UTC(2019, 3, 1, 9);
let root = '';
let server: GitServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'veille-git-'));
  server = await startGitServer(root, { token: TOKEN });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(deleteTestDbs);

function fields(name: string): PublishingFields {
  return {
    repository: server.url(name),
    branch: 'main',
    postsFolder: 'content/posts',
    token: TOKEN,
  };
}

/** The month's Hugo post as the export view renders it. */
async function monthPost(db: Parameters<typeof getMonth>[0]) {
  const entries = await db.entries.where('monthKey').equals('2019-03').toArray();
  const month = await getMonth(db, '2019-03');
  const result = exportPost({
    entries,
    month,
    settings: {
      version: 1,
      seriesName: 'Web',
      postLanguage: 'fr',
      timeZone: 'UTC',
      fallbackSection: '',
      preset: 'hugo',
    },
    publishDate: '2019-04-01',
    template: presetById('hugo')?.template ?? '',
  });
  if (!result.ok) throw new Error(result.message);
  return {
    post: {
      month: '2019-03',
      text: result.text,
      fileName: '2019-04-01-web-mars-2019.md',
      title: result.model.title,
      entryIds: entries.map((entry) => entry.id),
    },
    month,
  };
}

it('connects: the branches, once the token may push', async () => {
  makeRepo(root, 'connect', { 'hugo.toml': 'title = "Blog"\n' });
  expect(await connectRepository(fields('connect'))).toEqual(['main']);
  await expect(connectRepository({ ...fields('connect'), token: 'nope' })).rejects.toBeInstanceOf(
    PublishError,
  );
});

it('marks the month published with its branch, file and commit, and says what changed the next time', async () => {
  const bare = makeRepo(root, 'month', { 'hugo.toml': 'title = "Blog"\n' });
  const { db, writer } = testStore(NOW);
  const first = await seedEntry(db, { url: 'https://a.example/', title: 'A', category: 'Web' });
  let { post, month } = await monthPost(db);
  const report = await publishMonth(writer, fields('month'), post, month, NOW);
  expect(report.changes).toBe(null);
  expect(report.pullRequest).toBe(null);
  const stored = await getMonth(db, '2019-03');
  expect(stored).toMatchObject({
    publishedAt: NOW,
    publishedEntryIds: [first.id],
    publishedTo: {
      repository: server.url('month'),
      branch: 'veille/2019-03',
      path: 'content/posts/2019-04-01-web-mars-2019.md',
      commit: git(bare, 'rev-parse', 'veille/2019-03'),
      at: NOW,
    },
  });

  await seedEntry(db, { url: 'https://b.example/', title: 'B', category: 'Web' });
  ({ post, month } = await monthPost(db));
  const again = await publishMonth(writer, fields('month'), post, month, NOW + 1000);
  expect(again.changes).toMatchObject({ entriesAdded: 1, entriesRemoved: 0, linesAdded: 1 });
  expect(git(bare, 'rev-list', '--count', 'main..veille/2019-03')).toBe('2');

  // The token went to the server, and nowhere into the store.
  const backup = await readBackup(db);
  expect(serializeBackup(backup.entries, backup.months, NOW)).not.toContain(TOKEN);
});

it('leaves the month as it was when the publish fails', async () => {
  makeRepo(root, 'not-a-site', { 'README.md': '# Code\n' });
  const { db, writer } = testStore(NOW);
  await seedEntry(db, { url: 'https://a.example/', title: 'A' });
  const { post, month } = await monthPost(db);
  await expect(publishMonth(writer, fields('not-a-site'), post, month, NOW)).rejects.toMatchObject({
    failure: 'not-a-site',
  });
  expect(await getMonth(db, '2019-03')).toMatchObject({ publishedAt: null });
  expect((await getMonth(db, '2019-03')).publishedTo).toBeUndefined();
});
