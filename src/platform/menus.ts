import { browser } from './browser';

/** A context-menu item: its id, its text and where it shows. */
export interface MenuItem {
  id: string;
  title: string;
  contexts: ('page' | 'link' | 'selection')[];
}

/** The menus API; Firefox for Android has none, and then Veille has no menus. */
const contextMenus = (): typeof browser.contextMenus | undefined =>
  (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;

/** (Re)creates the extension's context menus; called on install and update. */
export async function createMenus(items: readonly MenuItem[]): Promise<void> {
  const menus = contextMenus();
  if (!menus) return;
  await menus.removeAll();
  for (const item of items) menus.create({ ...item });
}

/** What a menu click says, in the fields both browsers give. */
export interface MenuClickInfo {
  menuItemId: string | number;
  linkUrl?: string;
  linkText?: string;
  selectionText?: string;
  pageUrl?: string;
}

/** The tab a menu was clicked in, as far as the browser tells. */
export interface MenuClickTab {
  id?: number;
  url?: string;
  title?: string;
}

/** Registers the handler of menu clicks (synchronously, at the worker's top level). */
export function onMenuClick(listener: (info: MenuClickInfo, tab?: MenuClickTab) => void): void {
  contextMenus()?.onClicked.addListener((info, tab) => listener(info, tab));
}
