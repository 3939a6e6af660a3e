import type { MonthKey } from './types';

/** True for a real month `YYYY-MM` (the check lives with the other date checks). */
export { isMonthKey } from './dates';

/**
 * The month an instant belongs to in the author's time zone: 31 March 23:30
 * in Paris is March even though it is already April in UTC.
 * An empty or unknown time zone falls back to the runtime's own.
 */
export function monthOf(epochMs: number, timeZone: string): MonthKey {
  const parts = monthFormat(timeZone).formatToParts(new Date(epochMs));
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/**
 * One formatter per named time zone: building one costs about half a
 * millisecond, which an import of 60,000 bookmarks would pay 60,000 times.
 * The runtime's own zone (`''`) is not kept, as it may change.
 */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthFormat(timeZone: string): Intl.DateTimeFormat {
  const kept = monthFormats.get(timeZone);
  if (kept) return kept;
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: safeTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
  });
  if (timeZone) monthFormats.set(timeZone, format);
  return format;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in the author's time zone. */
export function dateOf(epochMs: number, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: safeTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(epochMs));
}

/** The time zone if the runtime knows it, otherwise undefined (the runtime's own). */
export function safeTimeZone(timeZone: string): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** The month after or before `key`, `delta` months away. */
export function addMonths(key: MonthKey, delta: number): MonthKey {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + delta;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The month's name in a language, capitalised as a title wants it
 * ("Avril", not "avril").
 */
export function monthName(key: MonthKey, language: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  // Mid-month at noon UTC: no time zone can move it to another month.
  const name = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15, 12)),
  );
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
