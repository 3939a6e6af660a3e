import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Op, type Server, SimDevice, simDeviceId } from '../../../test/helpers/sync/simulator';
import { parseMonthFile } from './format';
import { isLive, strip } from './records';

const START = Date.UTC(2026, 10, 1);
const MINUTE = 60_000;
const MONTHS = ['2026-10', '2026-11', '2026-12'];
const URLS = [
  'https://a.example/',
  'https://b.example/x',
  'https://c.example/y',
  'https://d.example/',
];

type Command =
  | { kind: 'capture'; device: number; url: number; month: number; text: string }
  | { kind: 'edit' | 'delete' | 'restore'; device: number; n: number; text: string }
  | { kind: 'month'; device: number; month: number; text: string }
  | { kind: 'sync'; device: number; cut: boolean }
  | { kind: 'wait'; ms: number };

const device = fc.nat({ max: 4 });
const text = fc.string({ maxLength: 6 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('capture' as const),
    device,
    url: fc.nat({ max: URLS.length - 1 }),
    month: fc.nat({ max: MONTHS.length - 1 }),
    text,
  }),
  fc.record({
    kind: fc.constantFrom('edit' as const, 'delete' as const, 'restore' as const),
    device,
    n: fc.nat(9),
    text,
  }),
  fc.record({
    kind: fc.constant('month' as const),
    device,
    month: fc.nat({ max: MONTHS.length - 1 }),
    text,
  }),
  fc.record({ kind: fc.constant('sync' as const), device, cut: fc.boolean() }),
  // From a second to half a year: a device offline for months, then back.
  fc.record({
    kind: fc.constant('wait' as const),
    ms: fc.oneof(fc.nat({ max: 5_000 }), fc.constant(183 * 24 * 60 * MINUTE)),
  }),
);

interface World {
  devices: SimDevice[];
  server: Server;
  ops: Op[];
  monthOps: Op[];
  now: number;
}

function run(count: number, skews: number[], commands: Command[]): World {
  const ops: Op[] = [];
  const monthOps: Op[] = [];
  const devices = skews.slice(0, count).map((skew, i) => new SimDevice(simDeviceId(i), skew, ops));
  const server: Server = new Map();
  let now = START;
  for (const step of commands) {
    now += 1_000;
    if (step.kind === 'wait') {
      now += step.ms;
      continue;
    }
    const at = devices[step.device % count] as SimDevice;
    if (step.kind === 'capture') {
      at.capture(URLS[step.url] as string, step.text, MONTHS[step.month] as string, now);
    } else if (step.kind === 'month') {
      at.editMonth(MONTHS[step.month] as string, step.text, now, monthOps);
    } else if (step.kind === 'sync') {
      at.sync(server, now, { cutAfterWrites: step.cut });
    } else {
      at.change(step.kind, step.n, step.text, now);
    }
  }
  // Everyone back online, syncing in turn until a whole round changes nothing.
  for (let round = 0, quiet = false; !quiet; round++) {
    if (round === 12) throw new Error('no quiescence after 12 rounds');
    quiet = true;
    for (const at of devices) {
      now += 1_000;
      const plan = at.sync(server, now);
      const changed = plan.writeMonths.length + plan.putEntries.length + plan.putMonths.length;
      if (changed + plan.dropEntryIds.length > 0) quiet = false;
    }
  }
  return { devices, server, ops, monthOps, now };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const latest = (ops: Op[]): Op | undefined =>
  ops.reduce<Op | undefined>((best, op) => (!best || op.hlc > best.hlc ? op : best), undefined);

describe('sync between 2 to 5 devices with skewed clocks', () => {
  it('converges, loses no live entry and revives no deleted one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.integer({ min: -10 * MINUTE, max: 10 * MINUTE }), {
          minLength: 5,
          maxLength: 5,
        }),
        fc.array(command, { maxLength: 60 }),
        (count, skews, commands) => {
          const { devices, server, ops, monthOps } = run(count, skews, commands);
          const first = devices[0] as SimDevice;
          for (const other of devices.slice(1)) expect(other.view()).toEqual(first.view());

          // The server holds what the devices hold.
          const onServer = [...server.entries()]
            .filter(([path]) => path.includes('/months/'))
            .flatMap(([path, text]) => parseMonthFile(path, text).entries);
          expect(Object.fromEntries(onServer.map((entry) => [entry.id, strip(entry)]))).toEqual(
            first.view().entries,
          );

          const finalEntries = [...first.entries.values()];
          // An entry whose last write (by stamp) is a deletion is not live.
          const byId = groupBy(ops, (op) => op.id);
          for (const [id, idOps] of byId) {
            if (!latest(idOps)?.live) expect(first.entries.get(id)?.deletedAt ?? 1).not.toBeNull();
          }
          // A URL whose last write, over every entry of it, left it live has a live entry.
          for (const [url, urlOps] of groupBy(ops, (op) => op.url)) {
            if (latest(urlOps)?.live) {
              expect(finalEntries.some((entry) => entry.url === url && isLive(entry))).toBe(true);
            }
          }
          // One live entry per URL.
          const live = finalEntries.filter(isLive).map((entry) => entry.url);
          expect(new Set(live).size).toBe(live.length);
          // A month's text is its last edit's.
          for (const [key, keyOps] of groupBy(monthOps, (op) => op.id)) {
            expect(first.months.get(key)?.intro).toBe(latest(keyOps)?.url);
          }
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 300) },
    );
  }, 120_000);

  it('an edit on a device ten minutes behind wins over the older edit it follows', () => {
    const ops: Op[] = [];
    const server: Server = new Map();
    const ahead = new SimDevice(simDeviceId(1), 0, ops);
    const behind = new SimDevice(simDeviceId(2), -10 * MINUTE, ops);
    ahead.capture(URLS[0] as string, 'first', '2026-11', START);
    ahead.sync(server, START + 1_000);
    behind.sync(server, START + 2_000);
    behind.change('edit', 0, 'second, later', START + 3_000);
    behind.sync(server, START + 4_000);
    ahead.sync(server, START + 5_000);
    expect([...ahead.entries.values()].map((entry) => entry.note)).toEqual(['second, later']);
  });

  it('keeps a tombstone until every device has seen it, then purges it everywhere', () => {
    const ops: Op[] = [];
    const server: Server = new Map();
    const [a, b] = [new SimDevice(simDeviceId(1), 0, ops), new SimDevice(simDeviceId(2), 0, ops)];
    a.capture(URLS[0] as string, '', '2026-11', START);
    a.sync(server, START + 1);
    b.sync(server, START + 2);
    a.change('delete', 0, '', START + 3);
    a.sync(server, START + 4);
    expect(server.get('veille-sync/months/2026-11.json')).toContain('"deletedAt": 17');
    // Half a year offline: B has not seen the deletion, so it stays.
    a.sync(server, START + 183 * 24 * 60 * MINUTE);
    expect(server.get('veille-sync/months/2026-11.json')).toContain('"deletedAt": 17');
    expect(b.entries.size).toBe(1);
    b.sync(server, START + 184 * 24 * 60 * MINUTE);
    expect([...b.entries.values()].every((entry) => entry.deletedAt !== null)).toBe(true);
    a.sync(server, START + 185 * 24 * 60 * MINUTE);
    b.sync(server, START + 186 * 24 * 60 * MINUTE);
    expect(a.entries.size).toBe(0);
    expect(b.entries.size).toBe(0);
    expect(server.get('veille-sync/months/2026-11.json')).not.toContain('https://a.example/');
  });
});
