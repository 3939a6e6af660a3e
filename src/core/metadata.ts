import { quoteSelection } from './note';
import { EMPTY_PAGE, type RawPageMetadata } from './page-script';
import { fallbackTitle, normalizeText, normalizeTitle } from './title';
import type { PageMeta } from './types';
import { cleanUrl } from './url';

/**
 * Reading a page at capture, in two halves:
 * - `extractPageMetadata` (page-script.ts) runs IN the page and only copies
 *   what the page says, capped in size;
 * - `readPageFacts` (here) runs in the extension and decides, as pure logic.
 */

/** What the page and the browser say of a page being captured, decided (see `readPageFacts`). */
export interface PageFacts {
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
export function readPageFacts(
  raw: RawPageMetadata | null,
  tabUrl: string,
  tabTitle: string,
): PageFacts {
  const page = raw ?? EMPTY_PAGE;
  const url = chooseUrl(page, tabUrl || page.url);
  const siteName = normalizeText(page.siteName, NAME_MAX);
  const title =
    [page.ogTitle, page.twitterTitle, page.title, tabTitle]
      .map((t) => withoutSiteName(normalizeTitle(t), siteName))
      .find((t) => t !== '') ?? fallbackTitle(url);
  return { title, url, meta: pageMeta(page, siteName), quote: quote(page) };
}

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
  const pageDate = normalizeText(raw.pageDate, DATE_MAX);
  if (pageDate) meta.pageDate = pageDate;
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
