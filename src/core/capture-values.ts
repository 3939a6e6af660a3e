import type { Entry, MonthKey } from './types';

/** The fields of a capture as the author edits them (popup, editor window). */
export interface CaptureValues {
  title: string;
  url: string;
  note: string;
  tags: string[];
  category: string;
  monthKey: MonthKey;
}

export function valuesOf(entry: Entry): CaptureValues {
  const { title, url, note, tags, category, monthKey } = entry;
  return { title, url, note, tags: [...tags], category, monthKey };
}

export function sameValues(a: CaptureValues, b: CaptureValues): boolean {
  return (
    a.title === b.title &&
    a.url === b.url &&
    a.note === b.note &&
    a.category === b.category &&
    a.monthKey === b.monthKey &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
