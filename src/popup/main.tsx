import { render } from 'preact';
import { openStore } from '../app/store';
import { loadSettings } from '../platform/settings';
import { findTargetTab } from '../platform/tabs';
import { openOptionsPage } from '../platform/windows';
import { applyDocumentLanguage } from '../ui/document-language';
import { PopupApp } from './app';
import { parsePopupParams } from './capture-deps';
import '../ui/styles.css';

const { db, writer } = openStore();
applyDocumentLanguage();
render(
  <PopupApp
    deps={{
      db,
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
