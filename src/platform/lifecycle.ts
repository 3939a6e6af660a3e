import { browser } from './browser';

/**
 * The worker's life events. Each registers its listener synchronously, as
 * the worker's top level must, so that the browser can wake it for them.
 */
export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onBrowserStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(() => listener());
}

/** (Re)creates a repeating alarm; alarms may not survive a browser restart. */
export async function scheduleAlarm(name: string, periodInMinutes: number): Promise<void> {
  await browser.alarms.create(name, { periodInMinutes });
}

export function onAlarm(name: string, listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) listener();
  });
}

/**
 * A cheap extension API call: Chrome (since 110) and Firefox stop an idle
 * background after 30 s, and each call starts that wait again.
 */
export function keepBackgroundAwake(): void {
  void browser.runtime.getPlatformInfo().catch(() => undefined);
}
