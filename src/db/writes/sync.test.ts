import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, entryInput, testStore } from '../../../test/helpers/db';
import { newMonthFile } from '../../core/sync/format';
import { nextStamp } from '../../core/sync/hlc';
import { planSync, type RemoteSnapshot } from '../../core/sync/plan';
import { type RemoteEntry, strip } from '../../core/sync/records';
import type { VeilleDatabase } from '../database';
import { readSyncRecords } from '../sync-records';
import type { Writer } from '../writer';

afterEach(deleteTestDbs);

const NOW = Date.UTC(2026, 10, 30, 12);
const URL = 'https://example.org/same-page';

/** One sync against a server holding `entries`, as the sync runs it: plan, then the local half. */
async function syncWith(db: VeilleDatabase, writer: Writer, entries: RemoteEntry[]) {
  const file = { ...newMonthFile('2026-11'), entries };
  const remote: RemoteSnapshot = { months: new Map([['2026-11', file]]), devices: [] };
  const plan = planSync(await readSyncRecords(db), remote, {
    device: 'mydevice0001',
    now: NOW,
    purgeAfterMs: 90 * 24 * 60 * 60_000,
  });
  await writer.applySync(plan);
  return plan;
}

describe('a tombstone whose URL another entry holds here', () => {
  it('is kept apart, received once, and leaves when the server purges it', async () => {
    const { db, writer } = testStore(NOW);
    const { entry } = await writer.saveEntry(entryInput({ url: URL, monthKey: '2026-11' }));
    const arrived = nextStamp(NOW, 'server000001', entry.hlc);
    const live = { ...strip({ ...entry, hlc: entry.hlc as string }), arrived };
    // Another device captured the same page offline; its entry lost the URL and is a tombstone.
    const dead: RemoteEntry = {
      ...live,
      id: 'other-device-entry',
      note: 'captured offline elsewhere',
      deletedAt: NOW - 1,
      hlc: nextStamp(NOW, 'otherdevice1', arrived),
    };
    const first = await syncWith(db, writer, [live, dead]);
    expect(first.counts.received).toBe(1);
    // The unique URL index keeps one record of the URL: the live entry.
    expect((await db.entries.toArray()).map((stored) => stored.id)).toEqual([entry.id]);
    expect((await readSyncRecords(db)).entries.map((record) => record.id).sort()).toEqual(
      [entry.id, dead.id].sort(),
    );

    // The next syncs find it here as on the server: nothing received again.
    for (let round = 0; round < 2; round++) {
      const again = await syncWith(db, writer, [live, dead]);
      expect(again.counts.received).toBe(0);
      expect(again.putEntries).toEqual([]);
    }

    // Purged on the server (every device saw it, 90 days later): gone from here too.
    const purged = await syncWith(db, writer, [live]);
    expect(purged.dropEntryIds).toEqual([dead.id]);
    expect((await readSyncRecords(db)).entries.map((record) => record.id)).toEqual([entry.id]);
    expect((await db.entries.get(entry.id))?.deletedAt).toBeNull();
  });
});
