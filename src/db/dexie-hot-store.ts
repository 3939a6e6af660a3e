import type { VeilleDatabase } from './database';
import { clearDraft, loadDraft, purgeOldDrafts, saveDraft } from './drafts';
import { countMonth, findEntryByUrl, getEntry, recentEntries } from './entries';
import type { HotStore } from './hot-store';
import { publishedMonths } from './months';

/** The popup's and the worker's reads, served by Dexie (tests; pages that have Dexie anyway). */
export function dexieHotStore(db: VeilleDatabase): HotStore {
  return {
    getEntry: (id) => getEntry(db, id),
    findEntryByUrl: (url) => findEntryByUrl(db, url),
    countMonth: (monthKey) => countMonth(db, monthKey),
    recentEntries: (limit) => recentEntries(db, limit),
    publishedMonths: () => publishedMonths(db),
    loadDraft: (url) => loadDraft(db, url),
    saveDraft: (draft) => saveDraft(db, draft),
    clearDraft: (url) => clearDraft(db, url),
    purgeOldDrafts: (now) => purgeOldDrafts(db, now),
  };
}
