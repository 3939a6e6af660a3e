import { browser } from './browser';

const POPUP_PATH = 'src/popup/index.html';

/** The address of the capture editor on an entry (the library links to it). */
export function editorUrl(entryId: string): string {
  return browser.runtime.getURL(`${POPUP_PATH}?${new URLSearchParams({ entryId })}`);
}

/** Opens the capture editor on an entry in a small window (after a context-menu capture). */
export async function openEditorWindow(entryId: string, tabId: number | undefined): Promise<void> {
  const query = new URLSearchParams({ entryId });
  if (tabId !== undefined) query.set('tabId', String(tabId));
  await browser.windows.create({
    url: browser.runtime.getURL(`${POPUP_PATH}?${query}`),
    type: 'popup',
    width: 440,
    height: 620,
  });
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
