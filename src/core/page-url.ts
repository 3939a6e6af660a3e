/**
 * The web page behind a browser view of it: `view-source:https://…` shows a
 * page's source and Firefox's reader view is `about:reader?url=https://…`;
 * either way, the author means the page itself. Other URLs come back as given.
 */
export function underlyingPageUrl(tabUrl: string): string {
  const url = tabUrl.trim();
  if (url.startsWith('view-source:')) return url.slice('view-source:'.length);
  if (url.startsWith('about:reader?')) {
    const inner = new URLSearchParams(url.slice('about:reader?'.length)).get('url');
    if (inner) return inner;
  }
  return url;
}

/**
 * The page's own title where the browser's view has one: a source view is
 * titled with its URL, which is no title (the URL rules then make one up).
 */
export function underlyingPageTitle(tabUrl: string, tabTitle: string): string {
  return tabUrl.trim().startsWith('view-source:') ? '' : tabTitle;
}
