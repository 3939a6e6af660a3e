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

// The badge counts the current month: an hourly refresh turns it to the new
// month's count soon after midnight on the 1st, even in a browser left open.
const BADGE_ALARM = 'refresh-badge';

// Alarms may not survive a browser restart: (re)created at install and start.
const scheduleBadgeRefresh = () => browser.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void housekeeping();
  void scheduleBadgeRefresh();
});
browser.runtime.onStartup.addListener(() => {
  void housekeeping();
  void scheduleBadgeRefresh();
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void loadSettings().then((s) => refreshBadge(db, s.timeZone));
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  void handleContextMenuClick(deps, info, tab);
});

if (__VEILLE_E2E__) installTestHook(deps);
