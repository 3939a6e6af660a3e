import { describe, expect, it } from 'vitest';
import { SCHEMA, SCHEMA_VERSION } from '../../src/db/schema';
import { dbFixtures } from '../e2e/db-fixtures';

/**
 * The migration harness (test/e2e/migration.chromium.e2e.test.ts) opens a
 * database filled at every past schema version in a real browser: each
 * version has its fixture, test/fixtures/db/vN.json.
 */
describe('the database fixtures', () => {
  const fixtures = dbFixtures();

  it('hold one database per schema version, up to the current one', () => {
    expect(fixtures.map(({ file }) => file)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => `v${i + 1}.json`),
    );
    for (const { file, fixture } of fixtures) {
      expect(fixture.schemaVersion, file).toBe(Number(file.slice(1, -5)));
    }
  });

  it('describe the current version’s stores as the schema does', () => {
    const current = fixtures.find(({ fixture }) => fixture.schemaVersion === SCHEMA_VERSION);
    expect(current?.fixture.stores).toEqual(JSON.parse(JSON.stringify(SCHEMA)));
  });

  it('expect every record they hold, by key', () => {
    for (const { file, fixture } of fixtures) {
      for (const [store, records] of Object.entries(fixture.records)) {
        const keyPath = fixture.stores[store]?.keyPath ?? '';
        const keys = (list: Record<string, unknown>[] = []) => list.map((r) => r[keyPath]).sort();
        expect(records.length, `${file} ${store}`).toBeGreaterThan(0);
        expect(keys(fixture.expected[store]), `${file} ${store}`).toEqual(keys(records));
      }
    }
  });
});
