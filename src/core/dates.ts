/**
 * What a date or a time must be to enter Veille (a backup, later an import
 * or a sync): something every part of Veille can print. Checked where values
 * come in, so the library never shows "Invalid Date" and a post is never
 * dated 2024-02-31.
 *
 * The range is what can be printed, not what is plausible. Times are stamped
 * by the browser's clock, and a clock reset by a dead battery (to 1970 or
 * 2000) still stamped real captures: refusing them would refuse the whole
 * backup (restoring is all or nothing) and lose the author's veille.
 *
 * - A calendar date or month has a four-digit year without a leading zero
 *   (1000 to 9999): `YYYY` says four digits, and years below 100 are read as
 *   1900 + year by `Date.UTC`.
 * - A time is an integer number of milliseconds since 1970-01-01T00:00Z
 *   (the epoch a clock counts from; never negative), up to the end of
 *   9999-12-30 UTC: one day short of year 10000, so that its date and month
 *   in any time zone (UTC-12 to UTC+14) are still a `YYYY-MM-DD` and a
 *   `YYYY-MM` of the range above.
 */
import type { MonthKey } from './types';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
/** 1970-01-01T00:00:00.000Z. */
export const MIN_TIME = 0;
/** 9999-12-30T23:59:59.999Z. */
export const MAX_TIME = Date.UTC(MAX_YEAR, 11, 31) - 1;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** True for an integer epoch-millisecond time in [MIN_TIME, MAX_TIME]. */
export function isValidTime(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_TIME && (value as number) <= MAX_TIME;
}

/** True for a real month written `YYYY-MM` (month 01 to 12, year 1000 to 9999). */
export function isMonthKey(value: string): value is MonthKey {
  const match = MONTH_KEY.exec(value);
  if (match === null) return false;
  const [year, month] = match.slice(1).map(Number) as [number, number];
  return isYear(year) && month >= 1 && month <= 12;
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2019-02-29, no 2024-02-31). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Days in `month` (1-12) of `year`, Gregorian leap years. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
