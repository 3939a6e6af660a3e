import { quoteSelection } from './note';
import { fallbackTitle, normalizeText, normalizeTitle } from './title';
import type { PageMeta } from './types';
import { cleanUrl } from './url';

/**
 * Reading a page at capture, in two halves:
 * - `extractPageMetadata` runs IN the page (`scripting.executeScript({ func })`)
 *   and only copies what the page says, capped in size;
 * - `toCaptureDraft` runs in the extension and decides, as pure logic.
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
  publishedAt: string;
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
    publishedAt: text(
      meta('article:published_time', 'date', 'dc.date', 'dcterms.date', 'datepublished') ||
        time?.getAttribute('datetime'),
    ),
    lang: text(doc.documentElement?.getAttribute('lang')),
    selection,
    selectionTruncated,
  };
}

/** What the capture form starts from. */
export interface CaptureDraft {
  title: string;
  /**
   * Clean URL (see `cleanUrl`), or `''` when neither the tab's URL nor the
   * page's is capturable: callers check `cleanUrl(tabUrl)` first to explain why.
   */
  url: string;
  meta: PageMeta;
  /** The selection as a Markdown quote for the note, or `''`. */
  quote: string;
}

/** Limits for the meta fields, well above what real pages put in them. */
const DESCRIPTION_MAX = 1_000;
const NAME_MAX = 200;
const DATE_MAX = 64;

/**
 * Decides the draft of an entry from what the page said (`null` when no
 * script may run there: web stores, PDF viewers) and what the browser knows
 * of the tab, which wins for the URL when the page's claims look wrong.
 */
export function toCaptureDraft(
  raw: RawPageMetadata | null,
  tabUrl: string,
  tabTitle: string,
): CaptureDraft {
  const page = raw ?? EMPTY_PAGE;
  const url = chooseUrl(page, tabUrl || page.url);
  const siteName = normalizeText(page.siteName, NAME_MAX);
  const title =
    [page.ogTitle, page.twitterTitle, page.title, tabTitle]
      .map((t) => withoutSiteName(normalizeTitle(t), siteName))
      .find((t) => t !== '') ?? fallbackTitle(url);
  return { title, url, meta: pageMeta(page, siteName), quote: quote(page) };
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
  publishedAt: '',
  lang: '',
  selection: '',
  selectionTruncated: false,
};

/**
 * The canonical URL, else og:url, when it is http(s), on the same site as the
 * tab and not a downgrade to http; otherwise the tab's URL. A canonical on
 * another host is a syndicated copy or a single-page app's static tag that
 * describes another page: the reader's tab is the truth then.
 */
function chooseUrl(raw: RawPageMetadata, tabUrl: string): string {
  const tab = cleanUrl(tabUrl);
  if (!tab.ok) return '';
  for (const claimed of [raw.canonical, raw.ogUrl]) {
    const candidate = cleanUrl(claimed);
    if (candidate.ok && isTrustworthyCanonical(new URL(candidate.url), new URL(tab.url))) {
      return withFragmentOf(candidate.url, tab.url);
    }
  }
  return tab.url;
}

function isTrustworthyCanonical(claimed: URL, tab: URL): boolean {
  if (siteOf(claimed.hostname) !== siteOf(tab.hostname)) return false;
  if (tab.protocol === 'https:' && claimed.protocol === 'http:') return false;
  // A single-page app often ships one `<link rel=canonical href="/">` for every
  // route: taking it would file every article under the home page.
  if (claimed.pathname === '/' && claimed.search === '' && tab.pathname !== '/') return false;
  return true;
}

/** The host without a leading `www.`: `www.example.org` and `example.org` are one site. */
function siteOf(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

/**
 * The canonical URL never has the anchor the reader was on (`#install`);
 * keep it, as the author captured that section.
 */
function withFragmentOf(url: string, tabUrl: string): string {
  const target = new URL(url);
  const { hash } = new URL(tabUrl);
  if (target.hash === '' && hash !== '') target.hash = hash;
  return target.href;
}

/** Separators that sites put between the article title and their name. */
const SITE_SUFFIX_SEPARATORS = [' - ', ' | ', ' — ', ' – ', ' · ', ' :: '];

/** `Article - Site` → `Article`, only when the site is known and something remains. */
export function withoutSiteName(title: string, siteName: string): string {
  if (siteName === '' || title.length <= siteName.length) return title;
  if (!title.toLowerCase().endsWith(siteName.toLowerCase())) return title;
  const rest = title.slice(0, title.length - siteName.length);
  for (const separator of SITE_SUFFIX_SEPARATORS) {
    if (rest.endsWith(separator)) {
      const stripped = rest.slice(0, -separator.length).trim();
      if (stripped !== '') return stripped;
    }
  }
  return title;
}

function pageMeta(raw: RawPageMetadata, siteName: string): PageMeta {
  const meta: PageMeta = {};
  if (siteName) meta.siteName = siteName;
  const description = normalizeText(raw.description, DESCRIPTION_MAX);
  if (description) meta.description = description;
  // article:author is often a profile URL, which is not a name to print.
  const author = normalizeText(raw.author, NAME_MAX);
  if (author && !/^https?:\/\//i.test(author)) meta.author = author;
  const publishedAt = normalizeText(raw.publishedAt, DATE_MAX);
  if (publishedAt) meta.publishedAt = publishedAt;
  const lang = languageTag(raw.lang);
  if (lang) meta.lang = lang;
  return meta;
}

/** A canonical BCP 47 tag (`en_us` → `en-US`), or `''` for anything else. */
function languageTag(value: string): string {
  const tag = value.trim().replace(/_/g, '-');
  if (tag === '' || tag.length > 35) return '';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return '';
  }
}

/** The selection as a quote; a cut selection says so with `[…]`. */
function quote(raw: RawPageMetadata): string {
  const quoted = quoteSelection(raw.selection);
  return quoted !== '' && raw.selectionTruncated ? `${quoted} […]` : quoted;
}
