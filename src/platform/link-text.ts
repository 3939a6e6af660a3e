import { browser } from './browser';

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

export async function readLinkText(tabId: number, url: string): Promise<string | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: linkTextInPage,
      args: [url],
    });
    return (injection?.result as string | null | undefined) ?? null;
  } catch {
    return null;
  }
}
