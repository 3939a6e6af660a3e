import { browser } from './browser';

/** A context-menu item: its id, its text and where it shows. */
export interface MenuItem {
  id: string;
  title: string;
  contexts: ('page' | 'link' | 'selection')[];
}

/** (Re)creates the extension's context menus; called on install and update. */
export async function createMenus(items: readonly MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create({ ...item });
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
  browser.contextMenus.onClicked.addListener((info, tab) => listener(info, tab));
}
