import { browser } from '../platform/browser';
import { t } from '../ui/i18n';
import { MENU_LINK, MENU_PAGE, MENU_SELECTION } from './menu-ids';

/** (Re)creates the "Add to veille" menus; called on install and update. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: t('contextMenuAdd'), contexts: ['page'] });
  browser.contextMenus.create({
    id: MENU_LINK,
    title: t('contextMenuAddLink'),
    contexts: ['link'],
  });
  browser.contextMenus.create({
    id: MENU_SELECTION,
    title: t('contextMenuAddSelection'),
    contexts: ['selection'],
  });
}
