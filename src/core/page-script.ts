/**
 * The half of page reading that runs IN the page, through
 * `scripting.executeScript({ func: extractPageMetadata })`. See metadata.ts
 * for the half that decides.
 */

/** What the page says about itself. Plain JSON; `''` when the page says nothing. */
export interface RawPageMetadata {
  /** `location.href`. */
  url: string;
  /** `document.title`. */
  title: string;
  ogTitle: string;
  twitterTitle: string;
  /** `<link rel=canonical>`, resolved to an absolute URL. */
  canonical: string;
  /** `og:url`, resolved to an absolute URL. */
  ogUrl: string;
  /** meta description, else og:description, else twitter:description. */
  description: string;
  /** og:site_name, else application-name. */
  siteName: string;
  /** meta author, else article:author. */
  author: string;
  /** article:published_time, else a meta date, else the first `<time datetime>`. */
  pageDate: string;
  /** `<html lang>`. */
  lang: string;
  /** The selected text, at most 100,000 characters. */
  selection: string;
  /** True when the selection was longer and got cut. */
  selectionTruncated: boolean;
}

/**
 * Runs in the page. It is serialised with `Function.prototype.toString` and
 * re-evaluated there, so it must stay SELF-CONTAINED: no imports, no helper
 * or constant from this module, only its parameters and the page's globals.
 * The test "survives serialisation" evaluates its source alone to prove it.
 *
 * Every string is capped: a hostile page must not be able to send megabytes
 * into the extension's messages and database. The default parameter is
 * evaluated in the page; tests pass a happy-dom window instead.
 */
export function extractPageMetadata(win: Window = window): RawPageMetadata {
  const TEXT_MAX = 10_000;
  const SELECTION_MAX = 100_000;
  // Longer than cleanUrl accepts, so it can still strip long tracking
  // parameters; a longer URL is dropped, as a cut URL is another URL.
  const URL_MAX = 65_536;
  // A page with a million <meta> tags must not stall the capture.
  const META_SCAN_MAX = 2_000;
  const doc = win.document;

  const text = (value: string | null | undefined): string => {
    const s = (value ?? '').trim();
    return s.length > TEXT_MAX ? s.slice(0, TEXT_MAX) : s;
  };
  const absolute = (value: string | null | undefined): string => {
    const s = (value ?? '').trim();
    if (s === '' || s.length > URL_MAX) return '';
    try {
      return new URL(s, doc.baseURI).href;
    } catch {
      return '';
    }
  };

  // One pass over <meta>: lower-cased property/name/itemprop -> first non-empty content.
  const metas = new Map<string, string>();
  const metaElements = doc.getElementsByTagName('meta');
  const metaCount = Math.min(metaElements.length, META_SCAN_MAX);
  for (let i = 0; i < metaCount; i++) {
    const el = metaElements[i];
    const content = el?.getAttribute('content')?.trim();
    if (!el || !content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const value = metas.get(key);
      if (value) return value;
    }
    return '';
  };

  const canonical = doc.querySelector('link[rel~="canonical" i][href]');
  const time = doc.querySelector('time[datetime]');

  let selection = '';
  try {
    selection = win.getSelection()?.toString() ?? '';
  } catch {
    // Some documents (XML viewers, PDF) have no usable selection.
  }
  const selectionTruncated = selection.length > SELECTION_MAX;
  if (selectionTruncated) {
    // Cut before a lone high surrogate rather than in the middle of an emoji.
    const last = selection.charCodeAt(SELECTION_MAX - 1);
    selection = selection.slice(
      0,
      last >= 0xd800 && last <= 0xdbff ? SELECTION_MAX - 1 : SELECTION_MAX,
    );
  }

  const href = win.location.href;
  return {
    url: href.length > URL_MAX ? '' : href,
    title: text(doc.title),
    ogTitle: text(meta('og:title')),
    twitterTitle: text(meta('twitter:title')),
    canonical: absolute(canonical?.getAttribute('href')),
    ogUrl: absolute(meta('og:url')),
    description: text(meta('description', 'og:description', 'twitter:description')),
    siteName: text(meta('og:site_name', 'application-name')),
    author: text(meta('author', 'article:author')),
    pageDate: text(
      meta('article:published_time', 'date', 'dc.date', 'dcterms.date', 'datepublished') ||
        time?.getAttribute('datetime'),
    ),
    lang: text(doc.documentElement?.getAttribute('lang')),
    selection,
    selectionTruncated,
  };
}

/** What a page that says nothing but its URL gives: where no script may run. */
export const EMPTY_PAGE: Readonly<RawPageMetadata> = {
  url: '',
  title: '',
  ogTitle: '',
  twitterTitle: '',
  canonical: '',
  ogUrl: '',
  description: '',
  siteName: '',
  author: '',
  pageDate: '',
  lang: '',
  selection: '',
  selectionTruncated: false,
};
