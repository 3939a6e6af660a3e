import type { Entry } from '../core/types';

/** A stored entry that is not a tombstone. Apart from the write rules, which the popup loads later. */
export const isLive = (entry: Entry | undefined): entry is Entry =>
  !!entry && entry.deletedAt === null;
