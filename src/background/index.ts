/**
 * Background (service worker in Chrome, event page in Firefox). Listeners are
 * registered synchronously at the top level so that the browser can wake the
 * worker for them.
 */
import { database } from '../db/database';
import { purgeOldDrafts } from '../db/drafts';
import { purgeTombstones } from '../db/entries';
import { refreshBadge } from '../platform/badge';
import { browser } from '../platform/browser';
import { loadSettings } from '../platform/settings';
import { readPage } from '../platform/tabs';
import { openEditorWindow } from '../platform/windows';
import { t } from '../ui/i18n';
import { type ContextMenuDeps, handleContextMenuClick } from './context-menu';
import { createMenus } from './menus';
import { readLinkText } from './page-scripts';
import { installTestHook } from './test-hook';

const db = database();

const deps: ContextMenuDeps = {
  db,
  loadSettings,
  readPage,
  readLinkText,
  refreshBadge: (timeZone) => refreshBadge(db, timeZone),
  openEditor: openEditorWindow,
  // No popup is open after a menu click: the icon says something went wrong,
  // and its tooltip says what.
  notifyFailure: async (messageKey) => {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setTitle({ title: t(messageKey) });
  },
  now: Date.now,
};

async function housekeeping(): Promise<void> {
  const settings = await loadSettings();
  await refreshBadge(db, settings.timeZone);
  await purgeTombstones(db).catch(() => 0);
  await purgeOldDrafts(db).catch(() => undefined);
}

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void housekeeping();
});
browser.runtime.onStartup.addListener(() => {
  void housekeeping();
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  void handleContextMenuClick(deps, info, tab);
});

if (__VEILLE_E2E__) installTestHook(deps);
