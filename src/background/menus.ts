import { t } from '../platform/i18n';
import { createMenus, type MenuItem } from '../platform/menus';
import { MENU_LINK, MENU_PAGE, MENU_SELECTION } from './menu-ids';

/** The three "Add to veille" menus: a page, a link, a selection. */
export function veilleMenus(): MenuItem[] {
  return [
    { id: MENU_PAGE, title: t('contextMenuAdd'), contexts: ['page'] },
    { id: MENU_LINK, title: t('contextMenuAddLink'), contexts: ['link'] },
    { id: MENU_SELECTION, title: t('contextMenuAddSelection'), contexts: ['selection'] },
  ];
}

export function createVeilleMenus(): Promise<void> {
  return createMenus(veilleMenus());
}
