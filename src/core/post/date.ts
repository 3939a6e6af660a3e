/**
 * The post's date (docs/post-format.md, rule 10): Hugo and Jekyll skip posts dated in
 * the future by default, so the default is today in the author's time zone,
 * and the UI can warn about a date the author set later than that.
 */
import { dateOf } from '../month';
import type { MonthRecord } from '../types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The month's chosen date, else today (`now`) in the author's time zone. */
export function defaultPublishDate(month: MonthRecord, now: number, timeZone: string): string {
  return month.publishDate ?? dateOf(now, timeZone);
}

/** True when `date` is after today (`now`) in the author's time zone. */
export function isFutureDate(date: string, now: number, timeZone: string): boolean {
  // ISO dates compare as strings.
  return date > dateOf(now, timeZone);
}
