/**
 * A hybrid logical clock: wall milliseconds, a counter and the device's id,
 * written as one string that sorts as the clock does:
 *
 *     1764500000000.000003.k3x9q2m7ab1z
 *
 * Sync merges record by record and the greater stamp wins, so a device whose
 * wall clock is behind cannot lose to an older edit: an edit is stamped past
 * the stamp of the record it edits (`nextStamp`), whatever the wall says.
 */

/** Thirteen digits of epoch milliseconds reach the year 2286. */
const WALL_DIGITS = 13;
const COUNTER_DIGITS = 6;
const MAX_WALL = 10 ** WALL_DIGITS - 1;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
/** A device id: twelve characters of `0-9a-z`, the same length for every device. */
export const DEVICE_ID_LENGTH = 12;
const DEVICE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A serialised clock reading: compare two with `<` (or `compareStamps`). */
export type Stamp = string;

export interface ClockReading {
  wall: number;
  counter: number;
  device: string;
}

const STAMP_PATTERN = /^(\d{13})\.(\d{6})\.([0-9a-z]{12})((?:\+)*)$/;

export const isDeviceId = (id: string): boolean =>
  id.length === DEVICE_ID_LENGTH && /^[0-9a-z]+$/.test(id);

/** A fresh device id, from the platform's random source. */
export function newDeviceId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(DEVICE_ID_LENGTH));
  return Array.from(bytes, (byte) => DEVICE_ALPHABET[byte % DEVICE_ALPHABET.length]).join('');
}

export function formatStamp({ wall, counter, device }: ClockReading): Stamp {
  return `${String(wall).padStart(WALL_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}.${device}`;
}

/** The reading of a stamp, or undefined when it is not one. */
export function parseStamp(stamp: string): ClockReading | undefined {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) return undefined;
  return { wall: Number(match[1]), counter: Number(match[2]), device: match[3] as string };
}

export const isStamp = (value: string): boolean => STAMP_PATTERN.test(value);

export const compareStamps = (a: Stamp, b: Stamp): number => (a < b ? -1 : a > b ? 1 : 0);

export const maxStamp = (a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

/**
 * The stamp of a write made now on `device`, greater than every stamp in
 * `after` (the device's last stamp, the record being edited): the wall clock
 * when it is ahead of them, otherwise their wall with the counter moved on.
 */
export function nextStamp(now: number, device: string, ...after: (Stamp | undefined)[]): Stamp {
  let latest: ClockReading | undefined;
  for (const stamp of after) {
    const reading = stamp === undefined ? undefined : parseStamp(stamp);
    if (reading && (!latest || formatStamp(reading) > formatStamp(latest))) latest = reading;
  }
  const wall = Math.min(Math.max(0, Math.floor(now)), MAX_WALL);
  if (!latest || wall > latest.wall) return formatStamp({ wall, counter: 0, device });
  if (latest.counter < MAX_COUNTER) {
    return formatStamp({ wall: latest.wall, counter: latest.counter + 1, device });
  }
  return formatStamp({ wall: Math.min(latest.wall + 1, MAX_WALL), counter: 0, device });
}

/**
 * The stamp of a record known only by its update time (a record written
 * before sync, a backup): its wall time, counter 0, the writing device.
 */
export const stampOfTime = (updatedAt: number, device: string): Stamp =>
  formatStamp({ wall: Math.min(Math.max(0, Math.floor(updatedAt)), MAX_WALL), counter: 0, device });

/**
 * The first stamp after `stamp` and before any other stamp that is greater
 * than it: what a merge writes when it decides on its own (a URL held by two
 * entries), so that two devices deciding the same thing write the same stamp.
 */
export const successorStamp = (stamp: Stamp): Stamp => `${stamp}+`;
