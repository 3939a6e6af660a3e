import { expect, it } from 'vitest';
import { recallSiteFolder, rememberSiteFolder } from './site-folder';

it('remembers the chosen folder in a database of its own, and gives it back', async () => {
  const name = `site-folder-${crypto.randomUUID()}`;
  expect(await recallSiteFolder(name)).toBe(null);
  // A directory handle is structured-cloned; a plain object stands in for it in Node.
  await rememberSiteFolder({ kind: 'directory', name: 'blog' }, name);
  expect(await recallSiteFolder(name)).toEqual({ kind: 'directory', name: 'blog' });
  await rememberSiteFolder({ kind: 'directory', name: 'other' }, name);
  expect(await recallSiteFolder(name)).toEqual({ kind: 'directory', name: 'other' });
  indexedDB.deleteDatabase(name);
});
