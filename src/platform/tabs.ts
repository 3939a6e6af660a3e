import { extractPageMetadata, type RawPageMetadata } from '../core/page-script';
import { browser } from './browser';

/** The tab a capture is about: what the browser says of it, and what its page says. */
export interface TargetTab {
  tabId: number;
  url: string;
  title: string;
  /** Null where no script may run (web store, PDF viewer, view-source:) or the tab closed. */
  page: RawPageMetadata | null;
}

/** `?tabId=N` when given (editor window, tests), else the active tab of this window. */
export async function findTargetTab(tabId: number | null): Promise<TargetTab | null> {
  try {
    const tab =
      tabId !== null
        ? await browser.tabs.get(tabId)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab || tab.id === undefined) return null;
    return {
      tabId: tab.id,
      url: tab.url ?? '',
      title: tab.title ?? '',
      page: await readPage(tab.id),
    };
  } catch {
    // The tab closed while we asked about it.
    return null;
  }
}

/**
 * Reads the page's own metadata and selection with a one-shot script. Needs
 * `activeTab` (granted by the toolbar click, shortcut or context menu) and
 * fails, returning null, on pages where extensions may not run scripts.
 */
export async function readPage(tabId: number): Promise<RawPageMetadata | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: extractPageMetadata,
    });
    return (injection?.result as RawPageMetadata | undefined) ?? null;
  } catch {
    return null;
  }
}
