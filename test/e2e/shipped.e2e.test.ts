import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_SHIPPED, type ExtensionBrowser, launchWithExtension } from './browser';
import type { ChromiumExtensionBrowser } from './driver/chromium';
import { shown } from './expect';
import { inChromium } from './session';

/** The shipped build (dist/ or dist-firefox/), as a user installs it: no test hook, no host access. */
let browser: ExtensionBrowser;
const errors: string[] = [];
const collect = (message: ConsoleMessage) => {
  if (message.type() === 'error') errors.push(message.text());
};

beforeAll(async () => {
  // A background that threw at start would never register: launching proves it ran.
  browser = await launchWithExtension(DIST_SHIPPED);
  // Chromium only: Firefox's event page is not a driver target; its errors are
  // what scripts/firefox-smoke.mjs watches for.
  if (inChromium) (browser as ChromiumExtensionBrowser).worker.on('console', collect);
});
afterAll(async () => {
  await browser?.close();
});

describe('the shipped build', () => {
  it('starts its background with no error, without the test hook or host access', async () => {
    const manifest = await browser.inBackground((background) =>
      background.chrome.runtime.getManifest(),
    );
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      // Chrome's offscreen document runs background sync; Firefox's event page needs none.
      ...(inChromium ? ['offscreen'] : []),
    ]);
    expect(await browser.inBackground((background) => '__veilleTest' in background)).toBe(false);
    // onInstalled created the menus: updating a menu succeeds only if it exists.
    for (const id of ['veille-add-page', 'veille-add-link', 'veille-add-selection']) {
      await browser.inBackground(
        (background, menu) => background.chrome.contextMenus.update(menu, {}),
        id,
      );
    }
    await expect(
      browser.inBackground((background) =>
        background.chrome.contextMenus.update('no-such-menu', {}),
      ),
    ).rejects.toThrow();
    // The hourly badge refresh is scheduled.
    const alarm = await browser.inBackground((background) =>
      background.chrome.alarms.get('refresh-badge'),
    );
    expect(alarm?.periodInMinutes).toBe(60);
    // The periodic sync's is not: no account is connected, so nothing wakes the worker for it.
    const syncAlarm = await browser.inBackground((background) =>
      background.chrome.alarms.get('sync'),
    );
    expect(syncAlarm).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('opens the options page and the popup with no error', async () => {
    for (const pagePath of ['src/options/index.html', 'src/popup/index.html']) {
      const page = await browser.newPage();
      const pageErrors = browser.errorsOf(page);
      await page.goto(browser.url(pagePath));
      await shown(page.getByRole('heading').first());
      if (pagePath.includes('options')) {
        // The manifest's suggested shortcut, as the browser reports it.
        await page.goto(`${browser.url(pagePath)}#settings`);
        await shown(page.getByText('Press Alt+Shift+V on any page to capture it.'));
      }
      expect(pageErrors).toEqual([]);
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
