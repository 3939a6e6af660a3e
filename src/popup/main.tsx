import { render } from 'preact';
import { database } from '../db/database';
import { refreshBadge } from '../platform/badge';
import { loadSettings } from '../platform/settings';
import { findTargetTab } from '../platform/tabs';
import { openOptionsPage } from '../platform/windows';
import { applyDocumentLanguage } from '../ui/document-language';
import { PopupApp } from './app';
import { parsePopupParams } from './capture-deps';
import '../ui/styles.css';

const db = database();
applyDocumentLanguage();
render(
  <PopupApp
    deps={{
      db,
      loadSettings,
      findTargetTab,
      refreshBadge: (timeZone) => refreshBadge(db, timeZone),
      close: () => window.close(),
      openLibrary: () => {
        void openOptionsPage().then(() => window.close());
      },
      now: Date.now,
    }}
    params={parsePopupParams(location.search)}
  />,
  document.getElementById('app') as HTMLElement,
);
