/**
 * The capture use case's decisions, shared by every way in (toolbar popup,
 * shortcut, context menu on a page, a link or a selection): which page it
 * is, whether it can be captured, what its entry starts as, and what a form
 * becomes when saved. `src/app/capture.ts` adds the store.
 */
import { checkTarget } from './capture-tab';
import type { CaptureValues } from './capture-values';
import { type PageFacts, readPageFacts } from './metadata';
import { isMonthKey } from './month';
import { appendToNote, quoteSelection } from './note';
import type { RawPageMetadata } from './page-script';
import { underlyingPageTitle, underlyingPageUrl } from './page-url';
import { fallbackTitle, normalizeTitle } from './title';
import type { Entry, MonthKey, PageMeta } from './types';
import { cleanUrl } from './url';

/** What the browser knows of the thing to capture when the author asks. */
export interface CaptureSource {
  /** The tab's address as the browser gives it (`view-source:`, `about:reader?` included). */
  tabUrl: string;
  tabTitle: string;
  /** What the page said of itself; null where no script may run. */
  page: RawPageMetadata | null;
  /** A link right-clicked: the capture is of its target, titled with its text. */
  link?: { url: string; text: string | null };
  /** The selection as the context menu gives it, used where the page gave none. */
  selectionText?: string;
}

/** Why a capture cannot be made; each has a localized explanation. */
export type CaptureRefusal =
  | { reason: 'not-web-page'; scheme: string }
  | { reason: 'invalid-url' }
  | { reason: 'hidden-url' };

export type DescribedCapture = { ok: true; facts: PageFacts } | ({ ok: false } & CaptureRefusal);

/**
 * Decides what is captured: a link's target, or the page behind the tab
 * (the page behind a source view or a reader view), its clean URL, title,
 * metadata, and the selection as a quote; or why nothing can be.
 */
export function describeCapture(source: CaptureSource): DescribedCapture {
  const target = source.link ? source.link.url : underlyingPageUrl(source.tabUrl);
  const checked = checkTarget(target);
  if (!checked.ok) return checked;
  const facts: PageFacts = source.link
    ? {
        url: checked.url,
        title: normalizeTitle(source.link.text ?? '') || fallbackTitle(checked.url),
        meta: {},
        quote: '',
      }
    : readPageFacts(source.page, target, underlyingPageTitle(source.tabUrl, source.tabTitle));
  // The menu's selection is what was right-clicked, even where no script may run.
  const quote = facts.quote || (source.selectionText ? quoteSelection(source.selectionText) : '');
  return { ok: true, facts: { ...facts, quote } };
}

/**
 * The form a capture opens with: the stored entry for this URL with the new
 * quote appended to its note (a selection is never lost, an entry never
 * duplicated), or a fresh entry of `month` prefilled from the page.
 */
export function captureValues(
  facts: PageFacts,
  existing: Entry | undefined,
  month: MonthKey,
): CaptureValues {
  if (existing) {
    const { title, url, note, tags, category } = existing;
    return {
      title,
      url,
      note: appendToNote(note, facts.quote),
      tags: [...tags],
      category,
      monthKey: existing.monthKey,
    };
  }
  return {
    title: facts.title,
    url: facts.url,
    note: facts.quote,
    tags: [],
    category: '',
    monthKey: month,
  };
}

/** What a saved capture writes; the store adds the id and times. */
export type CaptureInput = Pick<
  Entry,
  'url' | 'title' | 'note' | 'tags' | 'category' | 'monthKey' | 'meta'
>;

export type CheckedCapture =
  | { ok: true; input: CaptureInput }
  | { ok: false; failure: 'invalid-url' | 'invalid-month' };

/** Checks and normalises the values before they are written: clean URL, a title, a month. */
export function checkCapture(values: CaptureValues, meta: PageMeta): CheckedCapture {
  const checked = cleanUrl(values.url);
  if (!checked.ok) return { ok: false, failure: 'invalid-url' };
  if (!isMonthKey(values.monthKey)) return { ok: false, failure: 'invalid-month' };
  return {
    ok: true,
    input: {
      url: checked.url,
      title: normalizeTitle(values.title) || fallbackTitle(checked.url),
      note: values.note,
      tags: values.tags,
      category: values.category.trim(),
      monthKey: values.monthKey,
      meta,
    },
  };
}
