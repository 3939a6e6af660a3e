import { render } from 'preact';
import { openStore } from '../app/store';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { captureShortcut, openShortcutSettings } from '../platform/shortcuts';
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
      now: Date.now,
      sync: wireSync(db, writer),
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
