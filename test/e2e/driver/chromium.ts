import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
// Headless Chromium on a machine without network, shared with the benchmark:
// without the background-networking flags it keeps failing to reach Google.
import CHROMIUM_FLAGS from '../chromium-flags.json' with { type: 'json' };
import { findSystemBrowser } from './system-browser';
import type { E2ePage, ExtensionBrowser } from './types';

const PHONE = { width: 360, height: 640 };

/** Chromium from the system (Debian `chromium`), or CHROME_PATH. Never downloaded. */
export function findChromium(): string {
  return findSystemBrowser({
    name: 'Chromium',
    variable: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    pkg: 'chromium',
    alternative: 'a Chromium or Chrome binary',
  });
}

export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  name: 'chromium';
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Starts Chromium with a build loaded in a throwaway profile, driven by Playwright. */
export async function launchChromium(
  dist: string,
  language: string,
  { touch = false }: { touch?: boolean } = {},
): Promise<ChromiumExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'veille-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale: language,
    // A touch screen: taps, and `pointer: coarse`.
    hasTouch: touch,
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
  const touchScreens = new WeakMap<E2ePage, CDPSession>();
  return {
    name: 'chromium',
    context,
    worker,
    extensionId,
    url: (pagePath) => `chrome-extension://${extensionId}/${pagePath}`,
    newPage: () => context.newPage(),
    inBackground: (fn, arg) =>
      // Sent as source through the DevTools protocol: the worker's CSP does not apply.
      worker.evaluate(`(${fn.toString()})(globalThis, ${JSON.stringify(arg ?? null)})`),
    async tabIdOf(page) {
      const url = (page as Page).url();
      const id = await worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async nextPage() {
      const page = await context.waitForEvent('page');
      await page.waitForLoadState();
      return page as E2ePage;
    },
    whenClosed: async (page) => {
      await (page as Page).waitForEvent('close');
    },
    async download(page, action) {
      const started = (page as Page).waitForEvent('download');
      await action();
      const download = await started;
      return { name: download.suggestedFilename(), path: await download.path() };
    },
    errorsOf(page) {
      const errors: string[] = [];
      (page as Page).on('pageerror', (error) => errors.push(error.message));
      (page as Page).on(
        'console',
        (message) => message.type() === 'error' && errors.push(message.text()),
      );
      return errors;
    },
    async emulatePhone(page) {
      if (touch) {
        // hasTouch gives taps; a coarse pointer that cannot hover is the DevTools'
        // touch emulation, for as long as its session lasts: one per page. A
        // frame added later (the export's preview) undoes it: call again then.
        const devtools = touchScreens.get(page) ?? (await context.newCDPSession(page as Page));
        touchScreens.set(page, devtools);
        await devtools.send('Emulation.setTouchEmulationEnabled', {
          enabled: true,
          maxTouchPoints: 5,
        });
        // The styles follow a change of the viewport's size, not of the pointer alone.
        await page.setViewportSize({ ...PHONE, width: PHONE.width + 1 });
      }
      await page.setViewportSize(PHONE);
    },
    allowClipboard: () => context.grantPermissions(['clipboard-read', 'clipboard-write']),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
