/**
 * Sync against the real WebDAV server (Apache mod_dav on 127.0.0.1): a
 * library of 10,000 entries over 24 months into an empty device, and a
 * one-entry change after that. fake-indexeddb stands for the browser's
 * IndexedDB, so the store's share is slower than in a browser.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { Entry } from '../../src/core/types';
import { type DavServer, startDavServer } from '../helpers/sync/dav-server';
import { type TestDevice, testDevice } from '../helpers/sync/device';

const NOW = Date.UTC(2026, 10, 30, 12);
const SIZE = 10_000;
let server: DavServer;
let url: string;
let writer: TestDevice;
let reader: TestDevice;
let n = 0;

function library(): Entry[] {
  return Array.from({ length: SIZE }, (_, i) => ({
    id: crypto.randomUUID(),
    url: `https://example.org/articles/${i}`,
    title: `Article ${i}`,
    note: `A note for article ${i}, with **Markdown**.`,
    tags: [`tag${i % 37}`],
    category: `Category ${i % 20}`,
    monthKey: `${2025 + Math.floor((i % 24) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    capturedAt: NOW - i * 60_000,
    updatedAt: NOW - i * 60_000,
    deletedAt: null,
    meta: {},
  }));
}

beforeAll(async () => {
  server = await startDavServer();
  url = server.url;
  writer = testDevice(NOW);
  await writer.writer.importBackup({ entries: library(), months: [] });
  await writer.sync(url);
  reader = testDevice(NOW);
  await reader.sync(url);
}, 600_000);
afterAll(async () => {
  await writer?.close();
  await reader?.close();
  await server?.stop();
});

describe('sync with a WebDAV server', () => {
  bench(
    `${SIZE.toLocaleString('en')} entries into an empty device`,
    async () => {
      const empty = testDevice(NOW);
      await empty.sync(url);
      await empty.close();
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
  bench(
    'a one-entry change, sent by one device and received by another',
    async () => {
      writer.clock.now += 2_000;
      await writer.capture(`https://example.org/new/${++n}`, 'new');
      await writer.sync(url);
      await reader.sync(url);
    },
    { iterations: 5, warmupIterations: 0, time: 0 },
  );
});
