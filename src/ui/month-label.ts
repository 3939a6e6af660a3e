import { addMonths } from '../core/month';
import type { MonthKey } from '../core/types';
import { uiLanguage } from '../platform/i18n';

/** One formatter per language: making one costs about as much as a render of the month list. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** "March 2019" / "mars 2019" in the UI's language. */
export function monthLabel(key: MonthKey): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const language = uiLanguage();
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 15)));
}

/** The months a capture can go to: the last six, the current one, the next; plus `extra`. */
export function monthChoices(current: MonthKey, extra: MonthKey[] = []): MonthKey[] {
  const around = Array.from({ length: 8 }, (_, i) => addMonths(current, 1 - i));
  return [...new Set([...around, ...extra])].sort().reverse();
}
