import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER, type ExtensionBrowser, launchWithExtension } from './browser';
import { startSite, type TestSite } from './site';

export interface E2eSession {
  /** The browser of this run with its end-to-end build loaded, in a throwaway profile. */
  browser: ExtensionBrowser;
  /** The local pages to capture. */
  site: TestSite;
}

/** One browser and one local site per test file: started before its tests, closed after. */
export function useE2eSession(): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([launchWithExtension(), startSite()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

/** Which browser this run drives, known before the session starts (for `it.runIf`). */
export const inFirefox = BROWSER === 'firefox';
export const inChromium = BROWSER === 'chromium';

/** Where a test saves a README picture: test/screenshots/<name>.png, or <name>-firefox.png. */
export function screenshotPath(name: string): string {
  const file = inFirefox ? `${name}-firefox.png` : `${name}.png`;
  return path.resolve(import.meta.dirname, '../screenshots', file);
}
