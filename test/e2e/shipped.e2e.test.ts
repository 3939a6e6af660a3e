import type { ConsoleMessage, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_CHROME, type ExtensionBrowser, launchWithExtension } from './browser';
import { shown } from './expect';

/** The shipped Chrome build (dist/), as a user installs it: no test hook, no host access. */
let browser: ExtensionBrowser;
let worker: Worker;
const errors: string[] = [];
const collect = (message: ConsoleMessage) => {
  if (message.type() === 'error') errors.push(message.text());
};

beforeAll(async () => {
  // A worker that threw at start would never register: launching proves it ran.
  browser = await launchWithExtension(DIST_CHROME);
  worker = browser.worker;
  worker.on('console', collect);
});
afterAll(async () => {
  await browser?.close();
});

describe('the shipped build', () => {
  it('starts its service worker with no error, without the test hook or host access', async () => {
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
    ]);
    expect(await worker.evaluate(() => '__veilleTest' in globalThis)).toBe(false);
    // onInstalled created the menus: updating a menu succeeds only if it exists.
    for (const id of ['veille-add-page', 'veille-add-link', 'veille-add-selection']) {
      await worker.evaluate((menu) => chrome.contextMenus.update(menu, {}), id);
    }
    await expect(
      worker.evaluate(() => chrome.contextMenus.update('no-such-menu', {})),
    ).rejects.toThrow();
    // The hourly badge refresh is scheduled.
    const alarm = await worker.evaluate(() => chrome.alarms.get('refresh-badge'));
    expect(alarm?.periodInMinutes).toBe(60);
    expect(errors).toEqual([]);
  });

  it('opens the options page and the popup with no error', async () => {
    const id = new URL(worker.url()).host;
    for (const pagePath of ['src/options/index.html', 'src/popup/index.html']) {
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on(
        'console',
        (message) => message.type() === 'error' && pageErrors.push(message.text()),
      );
      await page.goto(`chrome-extension://${id}/${pagePath}`);
      await shown(page.getByRole('heading').first());
      if (pagePath.includes('options')) {
        // The manifest's suggested shortcut, as the browser reports it.
        await page.goto(`chrome-extension://${id}/${pagePath}#settings`);
        await shown(page.getByText('Press Alt+Shift+V on any page to capture it.'));
      }
      expect(pageErrors).toEqual([]);
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
