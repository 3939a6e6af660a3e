import type { MonthKey, MonthRecord } from './types';

/** The record a month has before the author writes anything for it. */
export function emptyMonth(id: MonthKey): MonthRecord {
  return {
    id,
    intro: '',
    outro: '',
    sectionIntros: {},
    sectionOrder: [],
    titleOverride: '',
    publishDate: null,
    publishedAt: null,
    publishedEntryIds: [],
    updatedAt: 0,
    deletedAt: null,
  };
}
