import { monthOf } from '../core/month';
import type { VeilleDatabase } from '../db/database';
import { countMonth } from '../db/entries';
import { showBadgeCount } from '../platform/badge';

/**
 * Shows the number of entries in the current month on the toolbar icon.
 * Extension pages may set the badge themselves, so whichever page or worker
 * just wrote does it: no message to the background is needed.
 */
export async function refreshBadge(db: VeilleDatabase, timeZone: string): Promise<void> {
  await showBadgeCount(await countMonth(db, monthOf(Date.now(), timeZone)));
}
