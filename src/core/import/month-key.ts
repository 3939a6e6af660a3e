/**
 * Which month a past post is (docs/post-format.md, rule 1): its title ends
 * with the month's name and year ("Web, Ops & Data - Mars 2019"), in French
 * or English. A title that does not say it leaves the publication date,
 * which falls at the end of the month or in the first days of the next one.
 */
import { addMonths, monthName } from '../month';
import type { MonthKey, PostLanguage } from '../types';

const LANGUAGES: readonly PostLanguage[] = ['fr', 'en'];

/** "Février" and "fevrier" alike. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NAMES: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  for (const language of LANGUAGES) {
    for (let m = 1; m <= 12; m += 1) {
      names.set(fold(monthName(`2000-${String(m).padStart(2, '0')}`, language)), m);
    }
  }
  return names;
})();

/** The month a title names at its end ("… Mars 2019"), or null. */
export function monthFromTitle(title: string): MonthKey | null {
  const match = /(\p{L}+)\.?[ \t]+(\d{4})\s*$/u.exec(title);
  if (match === null) return null;
  const month = NAMES.get(fold(match[1] ?? ''));
  if (month === undefined) return null;
  return `${match[2]}-${String(month).padStart(2, '0')}`;
}

/**
 * The month a publication date stands for: a post dated in the first ten
 * days of a month is the previous month's roundup (2019-04-01 is March's);
 * later, its own month (2019-03-29 is March's).
 */
export function monthFromDate(date: string): MonthKey {
  const key = date.slice(0, 7);
  return Number(date.slice(8, 10)) <= 10 ? addMonths(key, -1) : key;
}
