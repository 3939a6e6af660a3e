/**
 * The only module that reaches the browser's extension namespace: everything
 * else goes through src/platform/. Both browsers give a promise-based API to
 * a Manifest V3 extension: Firefox as `browser`, Chrome as `chrome` (every
 * call Veille makes returns a promise there). webextension-polyfill is no
 * longer loaded (it was 3 KB gzipped in every page and in the worker); its
 * types, from @types/webextension-polyfill, still describe the API.
 */
import type { Browser } from 'webextension-polyfill';

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';

const namespaces = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** Read at each use (`browser.tabs…`), so that importing it outside an extension does not throw. */
export const browser: Browser = new Proxy({} as Browser, {
  get: (_, key) => {
    const api = namespaces.browser ?? namespaces.chrome;
    if (!api) throw new Error('Not running in an extension: no browser or chrome namespace.');
    return api[key as keyof Browser];
  },
});
