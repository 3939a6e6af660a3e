import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { startSite, type TestSite } from './site';

export interface E2eSession {
  /** Chromium with dist-e2e/ loaded, in a throwaway profile. */
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
