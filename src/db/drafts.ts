import type { Draft, VeilleDatabase } from './database';

/** Drafts older than this are dropped: the page has long been forgotten. */
import { DRAFT_TTL_MS } from './hot-store';

export { DRAFT_TTL_MS };

export async function loadDraft(db: VeilleDatabase, url: string): Promise<Draft | undefined> {
  return db.drafts.get(url);
}

/** Best effort: a draft that cannot be written must not break typing. */
export async function saveDraft(db: VeilleDatabase, draft: Draft): Promise<void> {
  try {
    await db.drafts.put(draft);
  } catch {
    // A full disk loses the draft, never the author's ability to save.
  }
}

export async function clearDraft(db: VeilleDatabase, url: string): Promise<void> {
  await db.drafts.delete(url);
}

export async function purgeOldDrafts(db: VeilleDatabase, now: number = Date.now()): Promise<void> {
  await db.drafts
    .where('updatedAt')
    .below(now - DRAFT_TTL_MS)
    .delete();
}
