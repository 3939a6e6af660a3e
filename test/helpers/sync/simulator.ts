/**
 * Devices and a server, simulated for the sync engine's tests: each device
 * holds its records as the store would (with `syncedHlc`), stamps its writes
 * with its own skewed clock, and syncs through the real file format (the
 * server is a map of paths to file texts).
 */

import type { MonthFile } from '../../../src/core/sync/format';
import {
  devicePath,
  monthPath,
  parseDeviceFile,
  parseMonthFile,
  parseSettingsFile,
  SYNC_ROOT,
  serializeSyncFile,
  settingsPath,
} from '../../../src/core/sync/format';
import { nextStamp, type Stamp } from '../../../src/core/sync/hlc';
import { planSync, type SyncPlan } from '../../../src/core/sync/plan';
import { isLive, type SyncEntry, type SyncMonth, strip } from '../../../src/core/sync/records';

export type Server = Map<string, string>;

/** What a user did, for the oracle: the version each write left. */
export interface Op {
  id: string;
  url: string;
  hlc: Stamp;
  live: boolean;
}

export class SimDevice {
  entries = new Map<string, SyncEntry>();
  months = new Map<string, SyncMonth>();
  private created = 0;

  constructor(
    readonly id: string,
    /** How far this device's clock is from the true time, in ms. */
    readonly skew: number,
    readonly ops: Op[],
  ) {}

  private stamp(now: number, ...after: (Stamp | undefined)[]): Stamp {
    return nextStamp(now + this.skew, this.id, ...after);
  }

  private byUrl(url: string): SyncEntry | undefined {
    const all = [...this.entries.values()].filter((entry) => entry.url === url);
    return all.find(isLive) ?? all.sort((a, b) => (a.hlc < b.hlc ? 1 : -1))[0];
  }

  private write(entry: SyncEntry): void {
    this.entries.set(entry.id, entry);
    this.ops.push({ id: entry.id, url: entry.url, hlc: entry.hlc, live: isLive(entry) });
  }

  capture(url: string, note: string, monthKey: string, now: number): void {
    const existing = this.byUrl(url);
    const hlc = this.stamp(now, existing?.hlc);
    const time = now + this.skew;
    if (existing) {
      this.write({ ...existing, note, monthKey, updatedAt: time, deletedAt: null, hlc });
      return;
    }
    this.write({
      id: `${this.id}-${++this.created}`,
      url,
      title: url,
      note,
      tags: [],
      category: '',
      monthKey,
      capturedAt: time,
      updatedAt: time,
      deletedAt: null,
      meta: {},
      hlc,
    });
  }

  /** Edits, deletes or restores the n-th entry (of the live ones, or of the tombstones). */
  change(kind: 'edit' | 'delete' | 'restore', n: number, text: string, now: number): void {
    const candidates = [...this.entries.values()]
      .filter((entry) => isLive(entry) === (kind !== 'restore'))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const entry = candidates[n % Math.max(1, candidates.length)];
    if (!entry) return;
    const hlc = this.stamp(now, entry.hlc);
    const time = now + this.skew;
    if (kind === 'edit') this.write({ ...entry, note: text, updatedAt: time, hlc });
    else if (kind === 'delete') this.write({ ...entry, deletedAt: time, updatedAt: time, hlc });
    else this.write({ ...entry, deletedAt: null, updatedAt: time, hlc });
  }

  editMonth(key: string, intro: string, now: number, monthOps: Op[]): void {
    const existing = this.months.get(key);
    const hlc = this.stamp(now, existing?.hlc);
    const time = now + this.skew;
    this.months.set(key, {
      id: key,
      outro: '',
      sectionIntros: {},
      sectionOrder: [],
      titleOverride: '',
      publishDate: null,
      publishedAt: null,
      publishedEntryIds: [],
      ...existing,
      intro,
      updatedAt: time,
      deletedAt: null,
      hlc,
    } as SyncMonth);
    monthOps.push({ id: key, url: intro, hlc, live: true });
  }

  /** One whole sync against the server; `cutAfterWrites` stops it before the local writes. */
  sync(server: Server, now: number, options: { cutAfterWrites?: boolean } = {}): SyncPlan {
    const months = new Map<string, MonthFile>();
    const devices = [];
    let settings: ReturnType<typeof parseSettingsFile> | undefined;
    for (const [path, text] of server) {
      if (path.startsWith(`${SYNC_ROOT}/months/`)) {
        const file = parseMonthFile(path, text);
        months.set(file.month, file);
      } else if (path.startsWith(`${SYNC_ROOT}/devices/`)) {
        devices.push(parseDeviceFile(path, text));
      } else if (path === settingsPath()) {
        settings = parseSettingsFile(text);
      }
    }
    const plan = planSync(
      { entries: [...this.entries.values()], months: [...this.months.values()] },
      { months, devices, settings },
      { device: this.id, now: now + this.skew },
    );
    for (const file of plan.writeMonths) server.set(monthPath(file.month), serializeSyncFile(file));
    server.set(devicePath(this.id), serializeSyncFile(plan.device));
    if (options.cutAfterWrites) return plan;
    for (const entry of plan.putEntries) this.entries.set(entry.id, entry);
    for (const month of plan.putMonths) this.months.set(month.id, month);
    for (const id of plan.dropEntryIds) this.entries.delete(id);
    return plan;
  }

  /** The records as they should be identical on every device. */
  view(): { entries: Record<string, unknown>; months: Record<string, unknown> } {
    const sorted = <T extends { id: string; hlc: Stamp }>(records: Iterable<T>) =>
      Object.fromEntries(
        [...records].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => [r.id, strip(r)]),
      );
    return { entries: sorted(this.entries.values()), months: sorted(this.months.values()) };
  }
}

/** Twelve characters, as device ids are. */
export const simDeviceId = (n: number): string => `device${String(n).padStart(6, '0')}`;
