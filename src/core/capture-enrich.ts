/**
 * A context-menu capture is written first from what the click itself says
 * (the tab's URL and title, the link, the selection), so that nothing is
 * lost if the worker stops while the page is slow to answer; then it is
 * enriched with what the page says of itself. This decides that enrichment.
 */
import type { CaptureInput, CaptureSource } from './capture';
import { describeCapture } from './capture';
import type { RawPageMetadata } from './page-script';
import { normalizeTitle } from './title';
import type { Entry } from './types';

/** A capture written from the click, still to be enriched from the page. */
export interface PendingCapture {
  /** The entry as the click wrote it: the base the enrichment is merged on. */
  entry: Entry;
  /** True when the click created the entry (an existing one keeps its title and metadata). */
  created: boolean;
  /** What the click said, to decide again with the page's answer. */
  source: CaptureSource;
  tabId: number;
  /** The selection as the click quoted it, `''` when none. */
  clickQuote: string;
}

/** What the page adds to the written entry, or null when it adds nothing. */
export function enrichment(
  pending: PendingCapture,
  page: RawPageMetadata | null,
  linkText: string | null,
): Partial<CaptureInput> | null {
  const { entry, created, source, clickQuote } = pending;
  const changes: Partial<CaptureInput> = {};
  if (source.link) {
    const title = normalizeTitle(linkText ?? '');
    if (created && title && title !== entry.title) changes.title = title;
  } else if (page) {
    const described = describeCapture({ ...source, page });
    if (described.ok) {
      const { facts } = described;
      if (created) {
        if (facts.url !== entry.url) changes.url = facts.url;
        if (facts.title !== entry.title) changes.title = facts.title;
        changes.meta = facts.meta;
      }
      // The page's own selection keeps its paragraphs; the click's is one line.
      if (clickQuote && facts.quote !== clickQuote && entry.note.endsWith(clickQuote)) {
        changes.note = entry.note.slice(0, entry.note.length - clickQuote.length) + facts.quote;
      }
    }
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
