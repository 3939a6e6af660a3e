import { afterEach, expect, it } from 'vitest';
import { VeilleDatabase } from './database';

const opened: VeilleDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/**
 * Version 1 shipped. If this test fails, a shipped `version(1)` was edited:
 * restore it and add `version(2)` with an `upgrade()` instead, with a test
 * that opens a database filled at version 1.
 */
it('keeps the shipped version 1 schema as it was', async () => {
  const db = new VeilleDatabase(`schema-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(1);
  const schema = Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
    ]),
  );
  expect(schema).toEqual({
    entries: 'id, &url, month, *tags, category, capturedAt, updatedAt, deletedAt',
    months: 'id, updatedAt',
    drafts: 'url, updatedAt',
  });
});
