import { render } from 'preact';
import { openHotReads } from '../app/hot-reads';
import { deferredWriter } from '../db/deferred-writer';
import { loadSettings } from '../platform/settings-read';
import { findTargetTab } from '../platform/tabs';
import { applyDocumentLanguage } from '../ui/document-language';
import { PopupApp } from './app';
import { parsePopupParams } from './capture-deps';
import '../ui/styles.css';

/** Started now, awaited later: a failure is the awaiting code's to handle. */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * An older database is upgraded by Dexie, loaded only then. The shipped
 * build emits upgrade.ts under a fixed name (vite.config.ts) and loads it by
 * its address, so that the popup does not carry Vite's preload helper for
 * this one rare import.
 */
const UPGRADE_SCRIPT = '/assets/upgrade.js';
const upgradeDatabase = () =>
  (import.meta.env.DEV
    ? import('./upgrade')
    : (import(/* @vite-ignore */ UPGRADE_SCRIPT) as Promise<typeof import('./upgrade')>)
  ).then((m) => m.upgradeDatabase());

/**
 * The rest of the popup (later.ts: the writer, the suggestions' ranking, the
 * way to the options page), asked for once the form is on screen, and loaded
 * by its address like the upgrade. Asked again after a failed load.
 */
const LATER_SCRIPT = '/assets/popup-later.js';
let loadingLater: Promise<typeof import('./later')> | undefined;
const later = () => {
  loadingLater ??= import.meta.env.DEV
    ? import('./later')
    : (import(/* @vite-ignore */ LATER_SCRIPT) as Promise<typeof import('./later')>);
  loadingLater.catch(() => {
    loadingLater = undefined;
  });
  return loadingLater;
};

// The database opens at the first line, in parallel with the settings, the
// tab query and the page reading.
const params = parsePopupParams(location.search);
const { store, connection } = openHotReads(upgradeDatabase);
const writer = deferredWriter(async () => (await later()).hotWriter(store, connection));
const settings = started(loadSettings());
const tab = params.entryId ? null : started(findTargetTab(params.tabId));
applyDocumentLanguage();

/** The form, drawn into #app once the document is parsed. */
const mount = () =>
  render(
    <PopupApp
      deps={{
        store,
        writer,
        deferred: later,
        loadSettings: () => settings,
        findTargetTab: (tabId) => tab ?? findTargetTab(tabId),
        close: () => window.close(),
        openLibrary: () => {
          void later()
            .then((m) => m.openOptionsPage())
            .catch(() => undefined)
            .then(() => window.close());
        },
        now: Date.now,
      }}
      params={params}
      onShown={() => {
        // Read by `npm run bench`: the form was painted just before (effects run after the frame).
        performance.mark('veille-form-shown');
        document.getElementById('frame')?.remove();
        // Loaded now, so that Save does not wait for it.
        void later().catch(() => undefined);
      }}
    />,
    document.getElementById('app') as HTMLElement,
  );

// The script is async (index.html): it does not hold DOMContentLoaded, and
// the static frame is painted without waiting for it. It may then run
// before the body is parsed; the work above started regardless.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount, { once: true });
} else {
  mount();
}
