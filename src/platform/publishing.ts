/**
 * The blog's repository, as the author set it in Settings → Publishing, in
 * `storage.local` only: the token never goes to `storage.sync`, a backup, an
 * export or a log. Host access to the repository's server is asked on the
 * author's click, never at install.
 */
import { DEFAULT_PUBLISHING, type PublishingSettings } from '../core/publish';
import { browser } from './browser';

export type { PublishingSettings };

const SETTINGS_KEY = 'publishing';
const TOKEN_KEY = 'publishingToken';

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export async function loadPublishing(): Promise<{ settings: PublishingSettings; token: string }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, TOKEN_KEY]);
  const raw = (stored[SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  return {
    settings: {
      repository: text(raw.repository, DEFAULT_PUBLISHING.repository),
      branch: text(raw.branch, DEFAULT_PUBLISHING.branch),
      postsFolder: text(raw.postsFolder, DEFAULT_PUBLISHING.postsFolder),
    },
    token: text(stored[TOKEN_KEY], ''),
  };
}

/** Both in one write: the settings and their token are saved together or not at all. */
export async function savePublishing(settings: PublishingSettings, token: string): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings }, [TOKEN_KEY]: token });
}

/**
 * Asks host access to `pattern` (`https://host/*`). Call it straight from the
 * click's handler, before any `await`: browsers grant it only then.
 */
export function requestHostAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Opens `url` (the host's pull request page) in a new tab. */
export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
