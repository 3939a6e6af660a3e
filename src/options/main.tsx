import { render } from 'preact';
import { database } from '../db/database';
import { refreshBadge } from '../platform/badge';
import { browser } from '../platform/browser';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { captureShortcut, openShortcutSettings } from '../platform/shortcuts';
import { loadCustomTemplate, saveCustomTemplate } from '../platform/templates';
import { applyDocumentLanguage } from '../ui/document-language';
import { OptionsApp } from './app';
import { copyPost } from './clipboard';
import { downloadText } from './download';
import '../ui/styles.css';
import './options.css';

const db = database();
applyDocumentLanguage();
render(
  <OptionsApp
    deps={{
      db,
      loadSettings,
      saveSettings,
      watchSettings,
      refreshBadge: (timeZone) => refreshBadge(db, timeZone),
      loadCustomTemplate,
      saveCustomTemplate,
      copyPost,
      captureShortcut,
      openShortcutSettings,
      download: downloadText,
      editorUrl: (entryId) =>
        browser.runtime.getURL(`src/popup/index.html?entryId=${encodeURIComponent(entryId)}`),
      now: Date.now,
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
