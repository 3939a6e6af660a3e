import type { Entry, MonthKey } from '../core/types';

/** The fields of the capture form, as the author edits them. */
export interface FormValues {
  title: string;
  url: string;
  note: string;
  tags: string[];
  category: string;
  month: MonthKey;
}

export function valuesOf(entry: Entry): FormValues {
  const { title, url, note, tags, category, month } = entry;
  return { title, url, note, tags: [...tags], category, month };
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return (
    a.title === b.title &&
    a.url === b.url &&
    a.note === b.note &&
    a.category === b.category &&
    a.month === b.month &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
