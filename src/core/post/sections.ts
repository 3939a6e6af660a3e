/**
 * The month's entries grouped as the post prints them: sections in the
 * language's (or the author's pinned) order, the fallback section for
 * entries without a category, entries in capture (or the author's) order.
 * Shared by the post and by the library, so both show the same order.
 */
import { fallbackSectionName } from '../settings';
import type { Entry, MonthRecord, Settings } from '../types';
import { oneLine } from './escape';
import { sectionComparator } from './language';
import { compareEntries, orderSections } from './order';

export interface EntrySection {
  name: string;
  isFallback: boolean;
  entries: Entry[];
}

/** Groups entries (already chosen: live, of this month) into ordered sections. */
export function groupIntoSections(
  entries: readonly Entry[],
  month: Pick<MonthRecord, 'sectionOrder'>,
  settings: Settings,
): EntrySection[] {
  const fallback = fallbackSectionName(settings);
  const bySection = new Map<string, Entry[]>();
  for (const entry of entries) {
    const name = oneLine(entry.category) || fallback;
    const section = bySection.get(name);
    if (section) section.push(entry);
    else bySection.set(name, [entry]);
  }
  const names = orderSections(
    new Set(bySection.keys()),
    month.sectionOrder,
    fallback,
    sectionComparator(settings.postLanguage),
  );
  return names.map((name) => ({
    name,
    isFallback: name === fallback,
    entries: [...(bySection.get(name) ?? [])].sort(compareEntries),
  }));
}
