import { withinBudget } from '../core/budget';
import { browser } from './browser';
import { PAGE_READ_BUDGET_MS } from './tabs';

/**
 * The text of the first link to `url` in the page. Runs in the page, so it
 * is self-contained. Chrome's context-menu click has no link text.
 */
function linkTextInPage(url: string): string | null {
  for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
    if ((anchor as HTMLAnchorElement).href === url) {
      return (anchor.textContent ?? '').slice(0, 2000);
    }
  }
  return null;
}

/** The link's text, or null where no script may run or the page does not answer in time. */
export async function readLinkText(tabId: number, url: string): Promise<string | null> {
  const reading = browser.scripting
    .executeScript({
      target: { tabId },
      func: linkTextInPage,
      args: [url],
      injectImmediately: true,
    })
    .then(([injection]) => (injection?.result as string | null | undefined) ?? null)
    .catch(() => null);
  return withinBudget(reading, PAGE_READ_BUDGET_MS, null);
}
