import { withinBudget } from '../core/budget';
import type { RawPageMetadata } from '../core/page-script';
import { browser } from './browser';
import { PAGE_SCRIPT_FILE } from './page-script-file';

/**
 * The tab a capture is about: what the browser says of it at once, and what
 * its page says, which comes a round trip into the page's renderer later.
 */
export interface TargetTab {
  tabId: number;
  url: string;
  title: string;
  /**
   * The page's own answer, asked as soon as the tab is known; never rejects.
   * Null where no script may run (web store, PDF viewer, view-source:), when
   * the tab closed or the page did not answer within the budget.
   */
  page: Promise<RawPageMetadata | null>;
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
      page: readPage(tab.id),
    };
  } catch {
    // The tab closed while we asked about it.
    return null;
  }
}

/**
 * How long a capture waits for the page to answer. A page still loading, or
 * whose main thread is busy, must not hold the capture: past this, the
 * capture goes on with what the browser knows of the tab (its title and URL).
 */
export const PAGE_READ_BUDGET_MS = 800;

/**
 * Reads the page's own metadata and selection with a one-shot script
 * (`extractPageMetadata`, core/page-script.ts), run at
 * once even while the page is still loading (what is there is read). Needs
 * `activeTab` (granted by the toolbar click, shortcut or context menu);
 * returns null on pages where extensions may not run scripts, and when the
 * page does not answer within the budget.
 */
export async function readPage(
  tabId: number,
  budgetMs: number = PAGE_READ_BUDGET_MS,
): Promise<RawPageMetadata | null> {
  const reading = browser.scripting
    // The build's file of `extractPageMetadata` (vite.config.ts), which neither
    // the popup nor the worker then carries; its value is the script's result.
    // From the extension's root: Firefox reads a relative path from the page's folder.
    .executeScript({ target: { tabId }, files: [`/${PAGE_SCRIPT_FILE}`], injectImmediately: true })
    .then(([injection]) => (injection?.result as RawPageMetadata | undefined) ?? null)
    .catch(() => null);
  return withinBudget(reading, budgetMs, null);
}
