/**
 * Sync through a real WebDAV server (Apache mod_dav, started on 127.0.0.1 by
 * the suite; Debian `apache2`), with devices on fake-indexeddb databases
 * running the real client, merge and store code.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSyncService } from '../../src/app/sync/service';
import { serializeBackup } from '../../src/core/backup/file';
import { readBackup } from '../../src/db/backup';
import type { SyncStatus } from '../../src/platform/sync-account';
import { type DavServer, filesOnDisk, startDavServer } from '../helpers/sync/dav-server';
import { type TestDevice, testDevice } from '../helpers/sync/device';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 24 * 60 * 60 * 1000;

let server: DavServer;
const devices: TestDevice[] = [];
let folder = 0;
/** Each test syncs into a folder of its own on the one server. */
let url: string;

beforeAll(async () => {
  server = await startDavServer();
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.close()));
});

async function fresh(count: number, now = NOW): Promise<TestDevice[]> {
  url = `${server.url}test-${++folder}/`;
  await fetch(url, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${btoa(`${server.user}:${server.password}`)}` },
  });
  const made = Array.from({ length: count }, () => testDevice(now));
  devices.push(...made);
  return made;
}

describe('sync through a WebDAV server', () => {
  it('brings a capture from one browser to another, and merges offline changes on both', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    await a.capture('https://example.org/one', 'from A');
    await a.capture('https://example.org/two', 'also from A');
    expect((await a.sync(url)).counts.sent).toBeGreaterThan(0);
    const first = await b.sync(url);
    expect(first.counts.received).toBe(2);
    expect(await b.live()).toEqual(await a.live());

    // Offline: B edits one entry, A deletes the other and B captures a third page.
    b.clock.now += 60_000;
    const one = await b.db.entries.where('url').equals('https://example.org/one').first();
    await b.writer.updateEntry(one?.id as string, { note: 'edited in B' });
    await b.capture('https://example.org/three', 'from B');
    a.clock.now += 120_000;
    const two = await a.db.entries.where('url').equals('https://example.org/two').first();
    await a.writer.deleteEntry(two?.id as string);

    await a.sync(url);
    await b.sync(url);
    await a.sync(url);
    const expected = {
      'https://example.org/one': 'edited in B',
      'https://example.org/three': 'from B',
    };
    expect(await a.live()).toEqual(expected);
    expect(await b.live()).toEqual(expected);
  });

  it('merges, never replaces, when a second device with its own entries connects', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    await a.capture('https://example.org/a', 'A');
    await a.sync(url);
    // B captures the same page later, offline, under an id of its own.
    b.clock.now += 1_000;
    await b.capture('https://example.org/b', 'B');
    await b.capture('https://example.org/a', 'B too');
    await b.sync(url);
    await a.sync(url);
    const expected = { 'https://example.org/a': 'B too', 'https://example.org/b': 'B' };
    expect(await a.live()).toEqual(expected);
    expect(await b.live()).toEqual(expected);
  });

  it('carries the post’s settings: a second browser takes them, a later edit anywhere wins', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    a.settings.seriesName = 'Web, Ops & Data';
    a.settings.postLanguage = 'fr';
    await a.sync(url);
    // B has its defaults: connecting takes A's settings, it does not replace them.
    await b.sync(url);
    expect(b.settings).toEqual({ seriesName: 'Web, Ops & Data', postLanguage: 'fr' });
    // B is ten minutes behind, and edits after A's: its edit still wins.
    b.clock.now -= 10 * 60_000;
    b.settings.seriesName = 'Veille du mois';
    await b.sync(url);
    await a.sync(url);
    expect(a.settings).toEqual({ seriesName: 'Veille du mois', postLanguage: 'fr' });
    await b.sync(url);
    expect(b.settings).toEqual(a.settings);
  });

  it('lets two devices sync at the same moment without overwriting each other', async () => {
    const made = await fresh(3);
    await Promise.all(made.map((device, i) => device.capture(`https://example.org/${i}`, `${i}`)));
    await Promise.all(made.map((device) => device.sync(url, { attempts: 30 })));
    for (const device of made) await device.sync(url, { attempts: 30 });
    const all = {
      'https://example.org/0': '0',
      'https://example.org/1': '1',
      'https://example.org/2': '2',
    };
    for (const device of made) expect(await device.live()).toEqual(all);
  });

  it('keeps a deletion for a device back after six months offline, which then converges', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    const id = await a.capture('https://example.org/old', 'old');
    await a.sync(url);
    await b.sync(url);
    a.clock.now += DAY;
    await a.writer.deleteEntry(id);
    // Half a year: A syncs often, B is away.
    for (let month = 1; month <= 6; month++) {
      a.clock.now += 30 * DAY;
      await a.capture(`https://example.org/month-${month}`, `${month}`);
      await a.sync(url);
    }
    const onServer = [...filesOnDisk(server, path.basename(url)).values()].join('');
    expect(onServer).toContain('https://example.org/old'); // the tombstone waits for B
    b.clock.now += 200 * DAY;
    await b.sync(url);
    expect(await b.live()).toEqual(await a.live());
    expect(Object.keys(await b.live())).not.toContain('https://example.org/old');
    // Now both have seen it: purged on the next syncs.
    await a.sync(url);
    await b.sync(url);
    expect(await a.db.entries.get(id)).toBeUndefined();
    expect(await b.db.entries.get(id)).toBeUndefined();
  });

  it('encrypts every file when a passphrase is given, and refuses a wrong one without changing anything', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    await a.capture('https://secret.example.org/plan', 'confidential note');
    await a.sync(url, { passphrase: 'correct horse battery staple' });
    const onDisk = filesOnDisk(server, path.basename(url));
    expect(onDisk.size).toBeGreaterThan(2);
    for (const [file, text] of onDisk) {
      expect(text, file).not.toContain('secret.example.org');
      expect(text, file).not.toContain('confidential');
      if (!file.endsWith('format.json'))
        expect(JSON.parse(text)).toHaveProperty('veille-sync-sealed');
    }
    await b.capture('https://example.org/b', 'B');
    const before = await b.dump();
    expect((await b.syncFails(url, { passphrase: 'wrong' })).failure).toBe('wrong-passphrase');
    expect((await b.syncFails(url)).failure).toBe('passphrase-needed');
    expect(await b.dump()).toEqual(before);
    expect(filesOnDisk(server, path.basename(url))).toEqual(onDisk);
    await b.sync(url, { passphrase: 'correct horse battery staple' });
    expect(await b.live()).toEqual({
      'https://example.org/b': 'B',
      'https://secret.example.org/plan': 'confidential note',
    });
  });
});

describe('the account’s secrets', () => {
  it('are in no sync file, backup, status or log', async () => {
    const [a] = (await fresh(1)) as [TestDevice];
    await a.capture('https://example.org/a', 'A');
    const account = {
      url,
      user: server.user,
      password: server.password,
      passphrase: 'open sesame',
    };
    const statuses: SyncStatus[] = [];
    const logged = vi.spyOn(console, 'log');
    const service = createSyncService({
      db: a.db,
      writer: a.writer,
      loadAccount: async () => account,
      saveStatus: async (status) => {
        statuses.push(status);
      },
      now: () => a.clock.now,
    });
    expect((await service.syncNow())?.failure).toBe('');
    expect((await service.syncNow())?.failure).toBe('');
    account.passphrase = 'not the right one 42';
    expect((await service.syncNow())?.failure).toBe('wrong-passphrase');
    const { entries, months } = await readBackup(a.db);
    const everything = [
      ...filesOnDisk(server, path.basename(url)).values(),
      serializeBackup(entries, months, a.clock.now),
      JSON.stringify(statuses),
      JSON.stringify(logged.mock.calls),
    ].join('\n');
    for (const secret of [server.password, 'open sesame', 'not the right one 42']) {
      expect(everything).not.toContain(secret);
    }
    logged.mockRestore();
  });
});

describe('the server itself', () => {
  it('refuses a wrong password (401) and a folder whose parent does not exist (409)', async () => {
    const [a] = (await fresh(1)) as [TestDevice];
    await a.capture('https://example.org/a', 'A');
    const before = await a.dump();
    expect((await a.syncFails(url, { password: 'wrong' })).failure).toBe('auth');
    expect((await a.syncFails(`${server.url}no-such-folder/deeper/`)).failure).toBe('not-found');
    expect((await a.syncFails('http://127.0.0.1:9/')).failure).toBe('unreachable');
    expect(await a.dump()).toEqual(before);
    await a.sync(url);
  });
});

describe('a file on the server that sync cannot read', () => {
  it('stops at a truncated or hand-edited file, names it, keeps everything local, and finishes once it is fixed', async () => {
    const [a, b] = (await fresh(2)) as [TestDevice, TestDevice];
    await a.capture('https://example.org/a', 'A');
    await a.sync(url);
    const file = path.join(server.root, path.basename(url), 'veille-sync/months/2026-11.json');
    const good = filesOnDisk(server, path.basename(url)).get(
      `${path.basename(url)}/veille-sync/months/2026-11.json`,
    ) as string;
    await b.capture('https://example.org/b', 'B');
    const before = await b.dump();

    writeFileSync(file, good.slice(0, good.length / 2));
    const truncated = await b.syncFails(url);
    expect(truncated.failure).toBe('invalid-file');
    expect(truncated.detail).toContain('veille-sync/months/2026-11.json');
    expect(await b.dump()).toEqual(before);

    writeFileSync(file, good.replace('https://example.org/a', 'javascript:alert(1)'));
    const edited = await b.syncFails(url);
    expect(edited.failure).toBe('invalid-file');
    expect(edited.detail).toContain('entries.0.url');
    expect(await b.dump()).toEqual(before);

    writeFileSync(file, good);
    await b.sync(url);
    expect(await b.live()).toEqual({ 'https://example.org/a': 'A', 'https://example.org/b': 'B' });
  });

  it('refuses a file written by a newer Veille, and changes nothing', async () => {
    const [a] = (await fresh(1)) as [TestDevice];
    await a.capture('https://example.org/a', 'A');
    await a.sync(url);
    const file = path.join(server.root, path.basename(url), 'veille-sync/format.json');
    writeFileSync(file, JSON.stringify({ format: 'veille-sync', version: 2, encryption: null }));
    await a.capture('https://example.org/b', 'B');
    const before = await a.dump();
    const error = await a.syncFails(url);
    expect(error.failure).toBe('newer-format');
    expect(await a.dump()).toEqual(before);
  });
});
