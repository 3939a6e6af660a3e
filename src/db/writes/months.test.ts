import { afterEach, beforeEach, expect, it } from 'vitest';
import { VeilleDatabase } from '../database';
import { getMonth, publishedMonths, publishedPlaces } from '../months';
import { markPublished, saveMonthText } from './months';

let db: VeilleDatabase;
beforeEach(() => {
  db = new VeilleDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

it('gives an empty month before anything is written', async () => {
  expect(await getMonth(db, '2019-03')).toMatchObject({
    id: '2019-03',
    intro: '',
    publishedAt: null,
  });
});

it('saves the month text and keeps other fields', async () => {
  await saveMonthText(db, '2019-03', { intro: 'Hello' }, 10);
  await saveMonthText(db, '2019-03', { outro: 'Bye', sectionIntros: { Data: 'd' } }, 20);
  expect(await getMonth(db, '2019-03')).toMatchObject({
    intro: 'Hello',
    outro: 'Bye',
    sectionIntros: { Data: 'd' },
    updatedAt: 20,
  });
});

it('marks a month as published with its entries', async () => {
  await saveMonthText(db, '2019-03', { intro: 'Hello' });
  await markPublished(db, '2019-03', ['a', 'b'], 30);
  expect(await getMonth(db, '2019-03')).toMatchObject({
    intro: 'Hello',
    publishedAt: 30,
    publishedEntryIds: ['a', 'b'],
  });
  expect(await publishedMonths(db)).toEqual(new Set(['2019-03']));
});

it('records where a published post went, and keeps it through a later plain mark', async () => {
  const publishedTo = {
    repository: 'https://git.example.org/ana/blog.git',
    branch: 'veille/2019-03',
    path: 'content/posts/2019-04-01-x.md',
    commit: 'a'.repeat(40),
    at: 30,
  };
  await markPublished(db, '2019-03', ['a'], 30, publishedTo);
  expect((await getMonth(db, '2019-03')).publishedTo).toEqual(publishedTo);
  await markPublished(db, '2019-03', ['a', 'b'], 40);
  expect(await getMonth(db, '2019-03')).toMatchObject({ publishedAt: 40, publishedTo });
  await markPublished(db, '2019-01', [], 50);
  expect(await publishedPlaces(db)).toEqual(new Map([['2019-03', publishedTo]]));
});
