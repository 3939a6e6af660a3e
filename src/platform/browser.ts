/**
 * The only module that imports webextension-polyfill: it throws outside an
 * extension, so everything else reaches the browser through src/platform/.
 */
import browser from 'webextension-polyfill';

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
export { browser };
