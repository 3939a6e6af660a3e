/**
 * The periodic sync's alarm: set while an account is connected (Connect, and
 * the worker at install and browser start), cleared on Disconnect, so a
 * browser that does not sync is never woken for it.
 */
import { browser } from './browser';
import { scheduleAlarm } from './lifecycle';

export const SYNC_ALARM = 'sync';
/** Every five minutes; the rule (`core/sync-trigger.ts`) spaces failures further. */
const SYNC_EVERY_MINUTES = 5;

export const setSyncAlarm = (): Promise<void> => scheduleAlarm(SYNC_ALARM, SYNC_EVERY_MINUTES);

export async function clearSyncAlarm(): Promise<void> {
  await browser.alarms.clear(SYNC_ALARM);
}
