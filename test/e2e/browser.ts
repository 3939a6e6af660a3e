import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './driver/chromium';
import { type FirefoxOptions, launchFirefox } from './driver/firefox';
import type { BrowserName, E2ePage, ExtensionBrowser } from './driver/types';

export type {
  BackgroundGlobal,
  BrowserName,
  E2eLocator,
  E2ePage,
  ExtensionBrowser,
} from './driver/types';

const root = path.resolve(import.meta.dirname, '../..');

/** The browser this run drives: VEILLE_E2E_BROWSER=chromium (default) or firefox. */
export const BROWSER: BrowserName = (() => {
  const name = process.env.VEILLE_E2E_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error(`VEILLE_E2E_BROWSER=${name}: use chromium or firefox.`);
  }
  return name;
})();

/** The end-to-end build for each browser: the test hook and host access to 127.0.0.1. */
export const DIST_E2E = path.join(root, BROWSER === 'firefox' ? 'dist-firefox-e2e' : 'dist-e2e');
/** The shipped build for each browser (`npm run build`, `npm run build:firefox`). */
export const DIST_SHIPPED = path.join(root, BROWSER === 'firefox' ? 'dist-firefox' : 'dist');

/**
 * Starts the browser with a build (the end-to-end one by default) in a
 * throwaway profile. `options.touch` gives it a touch screen (taps,
 * `pointer: coarse`); `options.prefs` are Firefox prefs.
 */
export async function launchWithExtension(
  dist: string = DIST_E2E,
  language = 'en-US',
  options: FirefoxOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`${path.basename(dist)}/ is missing: build it first (npm test does).`);
  }
  return BROWSER === 'firefox'
    ? launchFirefox(dist, language, options)
    : launchChromium(dist, language, options);
}

/** A new tab showing `url`. */
export async function openPage(
  browser: ExtensionBrowser,
  url: string,
  { phone = false, ...options }: { waitUntil?: 'commit' | 'load'; phone?: boolean } = {},
): Promise<E2ePage> {
  const page = await browser.newPage();
  await page.goto(url, options);
  if (phone) await browser.emulatePhone(page);
  return page;
}

/** Opens the capture popup as a page, acting on the tab that shows `target`. */
export async function openPopupFor(
  browser: ExtensionBrowser,
  target: E2ePage,
  options: { phone?: boolean } = {},
): Promise<E2ePage> {
  const tabId = await browser.tabIdOf(target);
  return openPage(browser, browser.url(`src/popup/index.html?tabId=${tabId}`), options);
}

/** Calls the real context-menu handler through the e2e build's hook, as a click would. */
export async function contextMenuClick<Outcome>(
  browser: ExtensionBrowser,
  info: unknown,
  tab: unknown,
): Promise<Outcome> {
  return browser.inBackground(
    (background, click) => {
      if (!background.__veilleTest) throw new Error('No test hook: is this the e2e build?');
      return background.__veilleTest.contextMenuClick(click.info, click.tab);
    },
    { info, tab },
  ) as Promise<Outcome>;
}
