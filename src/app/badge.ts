import { monthOf } from '../core/month';
import type { HotStore } from '../db/hot-store';
import { showBadgeCount } from '../platform/badge';
import { loadSettings } from '../platform/settings-read';

/**
 * Shows the number of entries in the current month on the toolbar icon.
 * Extension pages may set the badge themselves, so whichever page or worker
 * just wrote does it: no message to the background is needed.
 */
export async function refreshBadge(
  store: Pick<HotStore, 'countMonth'>,
  timeZone: string,
): Promise<void> {
  await showBadgeCount(await store.countMonth(monthOf(Date.now(), timeZone)));
}

/** A writer's after-write work: the badge, from the writing page's own door. */
export const badgeAfterWrite = (store: Pick<HotStore, 'countMonth'>) => async () =>
  refreshBadge(store, (await loadSettings()).timeZone);
