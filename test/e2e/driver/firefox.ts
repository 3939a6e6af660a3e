import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../../scripts/manifest-for-target';
import { FirefoxLocator, pressChord, TIMEOUT, until } from './firefox-locator';
import { findSystemBrowser } from './system-browser';
import type { BackgroundGlobal, E2ePage, ExtensionBrowser, RoleOptions } from './types';

/** Firefox from the system (Debian `firefox-esr`), or FIREFOX_PATH. Never downloaded. */
export function findFirefox(): string {
  return findSystemBrowser({
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    pkg: 'firefox-esr',
    alternative: 'a Firefox binary',
  });
}

/** The extension's fixed address in the test profile: moz-extension://<uuid>/. */
const EXTENSION_UUID = '5e0c7a1b-3d2f-4b6e-9a8c-7f1d2e3b4c5a';

export class FirefoxPage implements E2ePage {
  /** The address this page was last sent to: page.url() stays about:blank for extension pages. */
  lastUrl = 'about:blank';
  /** The tab of an extension page, which it can tell itself. */
  tabId: number | undefined;
  private readonly root: FirefoxLocator;

  constructor(readonly page: Page) {
    this.root = new FirefoxLocator(this, undefined, undefined);
  }

  keyboard = {
    type: (text: string) => this.page.keyboard.type(text),
    press: (key: string) => pressChord(this.page.keyboard, key),
  };
  mouse = { click: (x: number, y: number) => this.page.mouse.click(x, y) };

  getByRole(role: string, options?: RoleOptions) {
    return this.root.getByRole(role, options);
  }
  getByText(text: string | RegExp) {
    return this.root.getByText(text);
  }
  getByLabel(text: string) {
    return this.root.getByLabel(text);
  }
  locator(selector: string) {
    return this.root.locator(selector);
  }

  async goto(url: string, options: { waitUntil?: 'commit' | 'load' } = {}): Promise<void> {
    // BiDi sends no load event for extension pages (Mozilla bug 1755014): start
    // the navigation and watch the document instead.
    const wanted = new URL(url).href;
    this.lastUrl = wanted;
    void this.page.goto(wanted).catch(() => undefined);
    await this.loaded((href) => href === wanted, options.waitUntil === 'commit');
  }

  /** Waits until the document at an address `accept` takes has loaded (or only started). */
  async loaded(accept: (href: string) => boolean, committed = false): Promise<void> {
    const href = await until('the page to load', async () => {
      const [at = '', state] = await this.page.evaluate(() => [location.href, document.readyState]);
      return accept(at) && (committed || state === 'complete') ? at : undefined;
    });
    this.lastUrl = href;
    this.tabId = href.startsWith('moz-extension:')
      ? await this.page.evaluate(async () => (await chrome.tabs.getCurrent())?.id)
      : undefined;
  }

  async reload(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { beforeReload: boolean }).beforeReload = true;
    });
    void this.page.reload().catch(() => undefined);
    await until('the page to reload', async () =>
      (await this.page.evaluate(
        () =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload &&
          document.readyState === 'complete',
      ))
        ? true
        : undefined,
    );
  }
  title(): Promise<string> {
    return this.page.evaluate(() => document.title);
  }
  evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R> {
    return (
      typeof fn === 'string'
        ? this.page.evaluate(fn)
        : this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg)
    ) as Promise<R>;
  }
  async waitForFunction(fn: () => boolean): Promise<void> {
    await until('a condition in the page', async () => (await this.page.evaluate(fn)) || undefined);
  }
  setContent(html: string): Promise<void> {
    return this.page.setContent(html);
  }
  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.page.setViewport(size);
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

export interface FirefoxExtensionBrowser extends ExtensionBrowser {
  name: 'firefox';
  browser: Browser;
}

export interface FirefoxOptions {
  /** Firefox prefs on top of the test profile's. */
  prefs?: Record<string, unknown>;
  /** A touch screen and no mouse: `pointer: coarse` and `hover: none`, for the whole session. */
  touch?: boolean;
}

/** Starts Firefox with a build installed as a temporary add-on, driven over WebDriver BiDi. */
export async function launchFirefox(
  dist: string,
  language: string,
  { prefs = {}, touch = false }: FirefoxOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const downloads = mkdtempSync(path.join(tmpdir(), 'veille-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets the driver open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
      'intl.locale.requested': language,
      'intl.accept_languages': language,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // 1 is a coarse pointer that cannot hover (widget/nsXPLookAndFeel).
      ...(touch ? { 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 } : {}),
      ...prefs,
    },
  });
  await browser.installExtension(dist);
  const url = (pagePath: string) => `moz-extension://${EXTENSION_UUID}/${pagePath}`;
  const newPage = async () => new FirefoxPage(await browser.newPage());

  // An extension page of its own, from which the tests reach the background
  // (runtime.getBackgroundPage, which Firefox has) and the tabs API.
  const helper = await newPage();
  await helper.goto(url('src/options/index.html#settings'));

  return {
    name: 'firefox',
    browser,
    url,
    newPage,
    inBackground: <R, A>(
      fn: (background: BackgroundGlobal, arg: A) => R | Promise<R>,
      arg?: A,
    ): Promise<Awaited<R>> =>
      helper.page.evaluate(
        `(async () => (${fn.toString()})(await chrome.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`,
      ) as Promise<Awaited<R>>,
    async tabIdOf(page) {
      const target = (page as FirefoxPage).lastUrl;
      const id = await helper.page.evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
      }, target);
      if (id < 0) throw new Error(`No tab found for ${target}`);
      return id;
    },
    async nextPage() {
      const known = new Set(browser.targets());
      const target = await browser.waitForTarget(
        (candidate) => candidate.type() === 'page' && !known.has(candidate),
        { timeout: TIMEOUT },
      );
      const page = new FirefoxPage((await target.page()) as Page);
      await page.loaded((href) => href !== 'about:blank');
      return page;
    },
    async whenClosed(page) {
      // The driver does not see an extension page close itself: ask the tabs API.
      const { tabId } = page as FirefoxPage;
      if (tabId === undefined) throw new Error('whenClosed: not an extension page in a tab');
      await until('the page to close', async () =>
        (await helper.page.evaluate(
          (id) =>
            chrome.tabs.get(id).then(
              () => false,
              () => true,
            ),
          tabId,
        ))
          ? true
          : undefined,
      );
    },
    async download(_page, action) {
      const before = new Set(readdirSync(downloads));
      await action();
      const name = await until('the download', async () => {
        const added = readdirSync(downloads).find(
          (file) => !before.has(file) && !file.endsWith('.part'),
        );
        return added && statSync(path.join(downloads, added)).size > 0 ? added : undefined;
      });
      return { name, path: path.join(downloads, name) };
    },
    errorsOf(page) {
      const errors: string[] = [];
      const { page: raw } = page as FirefoxPage;
      raw.on('pageerror', (error) => errors.push(String(error)));
      raw.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      return errors;
    },
    async emulatePhone(page) {
      await page.setViewportSize({ width: 360, height: 640 });
    },
    // The e2e build asks for clipboardRead: Firefox lets its pages read the clipboard.
    allowClipboard: async () => undefined,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
