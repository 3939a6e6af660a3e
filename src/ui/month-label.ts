import { addMonths } from '../core/month';
import type { MonthKey } from '../core/types';
import { uiLanguage } from '../platform/i18n';

/** "March 2019" / "mars 2019" in the UI's language. */
export function monthLabel(key: MonthKey): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(uiLanguage(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** The months a capture can go to: the last six, the current one, the next; plus `extra`. */
export function monthChoices(current: MonthKey, extra: MonthKey[] = []): MonthKey[] {
  const around = Array.from({ length: 8 }, (_, i) => addMonths(current, 1 - i));
  return [...new Set([...around, ...extra])].sort().reverse();
}
