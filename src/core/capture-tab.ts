/**
 * What a capture is from what the browser alone says of the tab (its
 * address and title), before the page answers: the form the popup paints
 * first. The same decision as `describeCapture` without a page (a test holds
 * them equal), in a module without the page-reading rules (metadata, the
 * selection's quoting), which the popup loads after its first paint.
 */
import type { CaptureRefusal } from './capture';
import { type CaptureValues, valuesOf } from './capture-values';
import type { PageFacts } from './metadata';
import { underlyingPageTitle, underlyingPageUrl } from './page-url';
import { fallbackTitle, normalizeTitle } from './title';
import type { Entry, MonthKey } from './types';
import { cleanUrl } from './url';

/** The clean URL of what is captured, or why it cannot be. */
export type CheckedTarget = { ok: true; url: string } | ({ ok: false } & CaptureRefusal);

export function checkTarget(target: string): CheckedTarget {
  const checked = cleanUrl(target);
  if (checked.ok) return checked;
  if (checked.reason === 'unsupported-scheme') {
    return { ok: false, reason: 'not-web-page', scheme: checked.scheme };
  }
  // The browser hides the address of its own pages (new tab, settings, store).
  return { ok: false, reason: checked.reason === 'empty' ? 'hidden-url' : 'invalid-url' };
}

export type DescribedTab = { ok: true; facts: PageFacts } | ({ ok: false } & CaptureRefusal);

/** The page behind the tab (a source or reader view's page), its clean URL and title. */
export function describeTab(tabUrl: string, tabTitle: string): DescribedTab {
  const checked = checkTarget(underlyingPageUrl(tabUrl));
  if (!checked.ok) return checked;
  const title = normalizeTitle(underlyingPageTitle(tabUrl, tabTitle)) || fallbackTitle(checked.url);
  return { ok: true, facts: { url: checked.url, title, meta: {}, quote: '' } };
}

/** The form from the tab: the stored entry for its URL as it is, or a fresh entry of `month`. */
export function tabCaptureValues(
  facts: PageFacts,
  existing: Entry | undefined,
  month: MonthKey,
): CaptureValues {
  if (existing) return valuesOf(existing);
  return { title: facts.title, url: facts.url, note: '', tags: [], category: '', monthKey: month };
}
