/**
 * The post's date (docs/post-format.md, rule 10): Hugo and Jekyll skip posts dated in
 * the future by default, so the default is today in the author's time zone,
 * and the UI can warn about a date the author set later than that.
 */
import { isIsoDate } from '../dates';
import { dateOf } from '../month';
import type { MonthRecord } from '../types';

/** True for a real calendar date written `YYYY-MM-DD` (src/core/dates.ts). */
export { isIsoDate };

/**
 * The month's chosen date, else today (`now`) in the author's time zone.
 * A stored date that is not a real one (`2024-02-31`, kept by an older
 * version that did not check it) falls back to today too, rather than an
 * error: the export form shows this date for the author to change, and a
 * month without a chosen date gets today as well.
 */
export function defaultPublishDate(month: MonthRecord, now: number, timeZone: string): string {
  const chosen = month.publishDate;
  return chosen !== null && isIsoDate(chosen) ? chosen : dateOf(now, timeZone);
}

/** True when `date` is after today (`now`) in the author's time zone. */
export function isFutureDate(date: string, now: number, timeZone: string): boolean {
  // ISO dates compare as strings.
  return date > dateOf(now, timeZone);
}
