/**
 * What a WebDAV server may answer, through a fault-injecting proxy in front
 * of the real server (Apache mod_dav on 127.0.0.1). Each fault: a clear
 * failure, nothing changed in the library, and the next sync finishes the job.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DavServer, startDavServer } from '../helpers/sync/dav-server';
import { type TestDevice, testDevice } from '../helpers/sync/device';
import { type Fault, type FaultProxy, startFaultProxy } from '../helpers/sync/fault-proxy';

const NOW = Date.UTC(2026, 10, 30, 12);
let server: DavServer;
let proxy: FaultProxy;
let folder = 0;
const devices: TestDevice[] = [];

beforeAll(async () => {
  server = await startDavServer();
  proxy = await startFaultProxy(server.url);
});
afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});
afterEach(async () => {
  proxy.up();
  proxy.disarm();
  await Promise.all(devices.splice(0).map((device) => device.close()));
});

/** A folder of its own behind the proxy, and two devices; A has synced one entry there. */
async function setUp(): Promise<{ url: string; a: TestDevice; b: TestDevice }> {
  const name = `faults-${++folder}/`;
  await fetch(`${server.url}${name}`, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${btoa(`${server.user}:${server.password}`)}` },
  });
  const a = testDevice(NOW);
  const b = testDevice(NOW);
  devices.push(a, b);
  await a.capture('https://example.org/first', 'first');
  await a.sync(`${proxy.url}${name}`);
  a.clock.now += 60_000;
  await a.capture('https://example.org/second', 'second');
  return { url: `${proxy.url}${name}`, a, b };
}

/** After the fault: A's sync finishes, B receives both entries. */
async function nextSyncFinishes(url: string, a: TestDevice, b: TestDevice) {
  await a.sync(url);
  await b.sync(url);
  expect(await b.live()).toEqual({
    'https://example.org/first': 'first',
    'https://example.org/second': 'second',
  });
  const marked = (await a.db.entries.toArray()).every((entry) => entry.syncedHlc === entry.hlc);
  expect(marked).toBe(true);
}

describe('sync when the server fails', () => {
  const answers: [string, { method?: string; path?: string }, Fault, string][] = [
    ['401 (wrong password)', {}, { status: 401 }, 'auth'],
    ['403 (no write access)', { method: 'PUT' }, { status: 403 }, 'forbidden'],
    ['404 (no such folder)', {}, { status: 404 }, 'not-found'],
    ['409 (parent folder missing)', {}, { status: 409 }, 'not-found'],
    ['423 (a file is locked)', { method: 'PUT' }, { status: 423 }, 'locked'],
    ['507 (storage full)', { method: 'PUT' }, { status: 507 }, 'quota'],
    ['500 (a server error)', { method: 'PROPFIND' }, { status: 500 }, 'server'],
    ['412 on every write (others keep writing)', { method: 'PUT' }, { status: 412 }, 'busy'],
    ['a connection cut before the answer', { method: 'GET' }, { drop: true }, 'unreachable'],
  ];
  it.each(answers)(
    '%s: says so, changes nothing, and the next sync finishes',
    async (_name, match, fault, failure) => {
      const { url, a, b } = await setUp();
      const before = await a.dump();
      proxy.arm(match, fault, 1_000);
      const error = await a.syncFails(url, { attempts: 3 });
      expect(error.failure).toBe(failure);
      expect(await a.dump()).toEqual(before);
      proxy.disarm();
      await nextSyncFinishes(url, a, b);
    },
  );

  it('the server going down in the middle of a sync (month written, device file not)', async () => {
    const { url, a, b } = await setUp();
    const before = await a.dump();
    proxy.arm({ method: 'PUT', path: '/devices/' }, { drop: true });
    expect((await a.syncFails(url)).failure).toBe('unreachable');
    expect(await a.dump()).toEqual(before);
    proxy.down();
    expect((await a.syncFails(url)).failure).toBe('unreachable');
    expect(await a.dump()).toEqual(before);
    proxy.up();
    await nextSyncFinishes(url, a, b);
  });

  it('a server whose clock is years wrong changes nothing: stamps come from the devices', async () => {
    const { url, a, b } = await setUp();
    proxy.arm({}, { date: 'Mon, 01 Jan 2001 00:00:00 GMT' }, 1_000);
    await nextSyncFinishes(url, a, b);
    for (const entry of await b.db.entries.toArray()) {
      expect(Number(entry.hlc?.slice(0, 13))).toBeGreaterThanOrEqual(NOW);
    }
  });
});
