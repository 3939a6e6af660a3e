import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
// Headless Chromium on a machine without network, shared with the benchmark:
// without the background-networking flags it keeps failing to reach Google.
import CHROMIUM_FLAGS from './chromium-flags.json' with { type: 'json' };

export const DIST_E2E = path.resolve(import.meta.dirname, '../../dist-e2e');
/** The shipped Chrome build (`npm run build`). */
export const DIST_CHROME = path.resolve(import.meta.dirname, '../../dist');

/** Chromium from the system (Debian `chromium`), or CHROME_PATH. Never downloaded. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `apt-get install -y chromium` ' +
        '(or set CHROME_PATH to a Chromium or Chrome binary), then run `npm test` again.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  url(pagePath: string): string;
  close(): Promise<void>;
}

/** Starts Chromium with a build (the end-to-end one by default) loaded in a throwaway profile. */
export async function launchWithExtension(
  dist: string = DIST_E2E,
  language = 'en-US',
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`${path.basename(dist)}/ is missing: build it first (npm test does).`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'veille-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale: language,
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the
    // environment; the French one needs Debian's chromium-l10n.
    env: { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: 'C.UTF-8' },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...CHROMIUM_FLAGS,
      `--lang=${language}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    url: (pagePath) => `chrome-extension://${extensionId}/${pagePath}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id of the tab showing `page`, asked of the service worker. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens the capture popup as a page, acting on the tab that shows `target`. */
export async function openPopupFor(browser: ExtensionBrowser, target: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, target);
  const popup = await browser.context.newPage();
  await popup.goto(browser.url(`src/popup/index.html?tabId=${tabId}`));
  return popup;
}
