import { render } from 'preact';
import { connectRepository, publishMonth } from '../app/publish/publish-month';
import { openStore } from '../app/store';
import { recallSiteFolder, rememberSiteFolder } from '../db/site-folder';
import {
  loadPublishing,
  openInNewTab,
  requestHostAccess,
  savePublishing,
} from '../platform/publishing';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { captureShortcut, openShortcutSettings } from '../platform/shortcuts';
import {
  canWrite,
  folderAccessSupported,
  listFiles,
  listFolder,
  pickSiteFolder,
  readFileIn,
  writeFileIn,
} from '../platform/site-folder';
import { loadCustomTemplate, saveCustomTemplate } from '../platform/templates';
import { editorUrl } from '../platform/windows';
import { applyDocumentLanguage } from '../ui/document-language';
import { OptionsApp } from './app';
import { copyPost } from './clipboard';
import { downloadText } from './download';
import { createRenderClient, spawnRenderWorker } from './render-client';
import { wireSync } from './sync-wiring';
import '../ui/styles.css';
import './options.css';

const { db, writer } = openStore();
applyDocumentLanguage();
render(
  <OptionsApp
    deps={{
      db,
      writer,
      loadSettings,
      saveSettings,
      watchSettings,
      loadCustomTemplate,
      saveCustomTemplate,
      copyPost,
      captureShortcut,
      openShortcutSettings,
      download: downloadText,
      renderPost: createRenderClient(spawnRenderWorker),
      editorUrl,
      publishing: {
        load: loadPublishing,
        save: savePublishing,
        requestHostAccess,
        openTab: openInNewTab,
        connect: connectRepository,
        publish: (fields, post, record) => publishMonth(writer, fields, post, record, Date.now()),
      },
      siteFolder: {
        supported: folderAccessSupported(),
        recall: () => recallSiteFolder(),
        remember: (handle) => rememberSiteFolder(handle),
        pick: pickSiteFolder,
        canWrite,
        list: listFolder,
        listFiles,
        read: readFileIn,
        write: writeFileIn,
      },
      now: Date.now,
      storage: navigator.storage,
      sync: wireSync(db, writer),
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
