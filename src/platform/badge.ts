import { monthOf } from '../core/month';
import type { VeilleDatabase } from '../db/database';
import { countMonth } from '../db/entries';
import { t } from '../ui/i18n';
import { browser } from './browser';

/**
 * Shows the number of entries in the current month on the toolbar icon.
 * Called by whichever page or worker just wrote: extension pages may set the
 * badge themselves, so no message to the background is needed.
 */
export async function refreshBadge(db: VeilleDatabase, timeZone: string): Promise<void> {
  try {
    const count = await countMonth(db, monthOf(Date.now(), timeZone));
    await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    // Clears a failure message a context-menu capture may have left there.
    await browser.action.setTitle({ title: t('actionTitle') });
  } catch {
    // The badge is feedback only; never let it break a capture.
  }
}
