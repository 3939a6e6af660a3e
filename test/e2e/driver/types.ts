/**
 * What the end-to-end scenarios need from a browser, whichever it is.
 *
 * `E2ePage` and `E2eLocator` are the subset of Playwright's Page and Locator
 * that the scenarios use, with the same meaning: in Chromium they are
 * Playwright's own objects; in Firefox, `driver/firefox.ts` implements them
 * over puppeteer-core and WebDriver BiDi (Playwright cannot drive Debian's
 * Firefox). `ExtensionBrowser` is what the two drivers do differently.
 */

export type BrowserName = 'chromium' | 'firefox';

export type ElementLike = HTMLElement & HTMLInputElement & HTMLSelectElement & HTMLAnchorElement;

export interface RoleOptions {
  name?: string | RegExp;
  /** Firefox matches a string name whole in any case; Playwright as a substring unless exact. */
  exact?: boolean;
}

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface E2eQueries {
  getByRole(role: string, options?: RoleOptions): E2eLocator;
  getByText(text: string | RegExp): E2eLocator;
  getByLabel(text: string): E2eLocator;
  locator(selector: string): E2eLocator;
}

export interface E2eLocator extends E2eQueries {
  first(): E2eLocator;
  filter(options: { hasText: string | RegExp }): E2eLocator;
  click(): Promise<void>;
  /** A finger's tap (the session must have a touch screen). */
  tap(): Promise<void>;
  fill(value: string): Promise<void>;
  press(key: string): Promise<void>;
  pressSequentially(text: string): Promise<void>;
  focus(): Promise<void>;
  inputValue(): Promise<string>;
  textContent(): Promise<string | null>;
  count(): Promise<number>;
  isDisabled(): Promise<boolean>;
  waitFor(options: { state: 'visible' | 'detached'; timeout?: number }): Promise<void>;
  evaluate<R>(fn: (element: ElementLike) => R): Promise<R>;
  selectOption(value: string | { label: string }): Promise<unknown>;
  setInputFiles(files: string | FilePayload): Promise<void>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  screenshot(options: { path: string }): Promise<unknown>;
}

export interface E2ePage extends E2eQueries {
  goto(url: string, options?: { waitUntil?: 'commit' | 'load' }): Promise<unknown>;
  reload(): Promise<unknown>;
  title(): Promise<string>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: (() => R | Promise<R>) | string): Promise<R>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
  setContent(html: string): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
}

/** The extension's background: the service worker (Chromium) or the event page (Firefox). */
export type BackgroundGlobal = typeof globalThis & {
  chrome: typeof chrome;
  __veilleTest?: {
    contextMenuClick(info: unknown, tab: unknown): Promise<unknown>;
    syncWake(trigger: 'startup' | 'alarm'): Promise<void>;
  };
};

export interface Download {
  /** The file name the page asked for. */
  name: string;
  /** Where the browser saved it. */
  path: string;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** The address of one of the extension's pages, `src/options/index.html`. */
  url(pagePath: string): string;
  newPage(): Promise<E2ePage>;
  /**
   * Runs `fn(background, arg)` with the background's global object: `fn` is
   * sent as source, so it may use only its parameters.
   */
  inBackground<R, A = undefined>(
    fn: (background: BackgroundGlobal, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<Awaited<R>>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: E2ePage): Promise<number>;
  /** Resolves with the next page the browser opens (a tab or a window). Call before the action. */
  nextPage(): Promise<E2ePage>;
  /** Resolves when `page` is closed by itself (a popup's `window.close()`). Call before the action. */
  whenClosed(page: E2ePage): Promise<void>;
  /** Runs `action` in `page` and resolves with the download it started. */
  download(page: E2ePage, action: () => Promise<void>): Promise<Download>;
  /** Collects, from now on, the uncaught errors and console errors of `page`. */
  errorsOf(page: E2ePage): string[];
  /**
   * Shows `page` at a phone's size, 360 × 640 CSS pixels (launch the session
   * with `touch: true` for a touch screen). Chromium loads the page again.
   */
  emulatePhone(page: E2ePage): Promise<void>;
  /** Lets the extension's pages read the clipboard. */
  allowClipboard(): Promise<void>;
  close(): Promise<void>;
}
