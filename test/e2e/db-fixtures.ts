import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A database at one schema version, as stored: test/fixtures/db/vN.json. */
export interface DbFixture {
  /** Dexie's schema version; IndexedDB's version is ten times it. */
  schemaVersion: number;
  /** That version's stores: key path and indexes (as src/db/schema.ts writes them). */
  stores: Record<
    string,
    { keyPath: string; indexes: { field: string; unique?: boolean; multiEntry?: boolean }[] }
  >;
  /** The records in that version's shape, per store. */
  records: Record<string, Record<string, unknown>[]>;
  /** Every record as the current schema must read it after the upgrade, per store. */
  expected: Record<string, Record<string, unknown>[]>;
}

export const DB_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/db');

/** Every fixture, oldest version first: a new schema version adds its file, nothing else. */
export function dbFixtures(): { file: string; fixture: DbFixture }[] {
  return readdirSync(DB_FIXTURES)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => ({
      file,
      fixture: JSON.parse(readFileSync(path.join(DB_FIXTURES, file), 'utf8')) as DbFixture,
    }))
    .sort((a, b) => a.fixture.schemaVersion - b.fixture.schemaVersion);
}
