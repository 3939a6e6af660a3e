/**
 * Background (service worker in Chrome, event page in Firefox). Listeners are
 * registered synchronously at the top level so that the browser can wake the
 * worker for them.
 */
import { refreshBadge } from '../app/badge';
import { openHotPath } from '../app/hot-path';
import { showBadgeFailure } from '../platform/badge';
import { onAlarm, onBrowserStartup, onInstalled, scheduleAlarm } from '../platform/lifecycle';
import { readLinkText } from '../platform/link-text';
import { onMenuClick } from '../platform/menus';
import {
  forgetPendingCapture,
  pendingCaptures,
  rememberPendingCapture,
} from '../platform/pending-captures';
import { loadSettings } from '../platform/settings';
import { readPage } from '../platform/tabs';
import { openEditorWindow } from '../platform/windows';
import {
  type ContextMenuDeps,
  finishPendingCaptures,
  handleContextMenuClick,
} from './context-menu';
import { createVeilleMenus } from './menus';
import { keepSyncAlarm, wireBackgroundSync } from './sync-wiring';
import { installTestHook } from './test-hook';

// idb, not Dexie: everything the worker imports is evaluated at each cold start.
const { store, writer } = openHotPath();

const deps: ContextMenuDeps = {
  store,
  writer,
  loadSettings,
  readPage,
  readLinkText,
  rememberPending: rememberPendingCapture,
  forgetPending: forgetPendingCapture,
  openEditor: openEditorWindow,
  notifyFailure: showBadgeFailure,
  now: Date.now,
};

const updateBadge = async () => refreshBadge(store, (await loadSettings()).timeZone);

async function housekeeping(): Promise<void> {
  await updateBadge().catch(() => undefined);
  await writer.purgeTombstones().catch(() => 0);
  await store.purgeOldDrafts(Date.now()).catch(() => undefined);
}

// The badge counts the current month: an hourly refresh turns it to the new
// month's count soon after midnight on the 1st, even in a browser left open.
const BADGE_ALARM = 'refresh-badge';
const scheduleBadgeRefresh = () => scheduleAlarm(BADGE_ALARM, 60).catch(() => undefined);

// A sync's writes come from elsewhere (its own worker): the badge follows here.
const sync = wireBackgroundSync(() => void updateBadge().catch(() => undefined));

onInstalled(() => {
  void createVeilleMenus().catch(() => undefined);
  void housekeeping();
  void scheduleBadgeRefresh();
  void keepSyncAlarm();
});
onBrowserStartup(() => {
  void housekeeping();
  void scheduleBadgeRefresh();
  void keepSyncAlarm();
  void sync.wake('startup');
});
onAlarm(BADGE_ALARM, () => void updateBadge().catch(() => undefined));
onMenuClick((info, tab) => {
  // The handler answers its own failures; this catches what it could not (no settings).
  void handleContextMenuClick(deps, info, tab).catch(() =>
    showBadgeFailure('menuSaveFailed').catch(() => undefined),
  );
});

// A capture the worker was stopped in the middle of is finished as it wakes.
void finishPendingCaptures(deps, pendingCaptures);

if (__VEILLE_E2E__) installTestHook(deps, sync);
