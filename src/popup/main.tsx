import { render } from 'preact';
import { openHotPath } from '../app/hot-path';
import { loadSettings } from '../platform/settings';
import { findTargetTab } from '../platform/tabs';
import { openOptionsPage } from '../platform/windows';
import { applyDocumentLanguage } from '../ui/document-language';
import { PopupApp } from './app';
import { parsePopupParams } from './capture-deps';
import '../ui/styles.css';

// The database opens at the first line, in parallel with the tab query and
// the page reading; an older database is upgraded by Dexie, loaded only then.
const { store, writer } = openHotPath(() => import('./upgrade').then((m) => m.upgradeDatabase()));
applyDocumentLanguage();
render(
  <PopupApp
    deps={{
      store,
      writer,
      loadSettings,
      findTargetTab,
      close: () => window.close(),
      openLibrary: () => {
        void openOptionsPage()
          .catch(() => undefined)
          .then(() => window.close());
      },
      now: Date.now,
    }}
    params={parsePopupParams(location.search)}
  />,
  document.getElementById('app') as HTMLElement,
);
