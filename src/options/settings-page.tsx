import type { Settings } from '../core/types';
import { BackupSection } from './backup-section';
import { ImportBookmarksSection } from './import-bookmarks-section';
import { ImportSection } from './import-section';
import type { OptionsDeps } from './options-deps';
import { PublishingSection } from './publishing-section';
import { SettingsView } from './settings-view';
import { ShortcutSection } from './shortcut-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';

/** The Settings view and its sections: a chunk of its own, loaded when first shown. */
export function SettingsPage({ deps, settings }: { deps: OptionsDeps; settings: Settings }) {
  return (
    <>
      <SettingsView deps={deps} settings={settings} />
      <ShortcutSection deps={deps} />
      <BackupSection deps={deps} timeZone={settings.timeZone} />
      <ImportSection deps={deps} settings={settings} />
      <ImportBookmarksSection deps={deps} settings={settings} />
      <StorageSection storage={deps.storage} />
      <PublishingSection deps={deps} />
      {deps.sync && <SyncSection sync={deps.sync} />}
    </>
  );
}
