import { describeTab, tabCaptureValues } from '../core/capture-tab';
import { monthOf } from '../core/month';
import type { HotStore } from '../db/hot-store';
import type { Prepared } from './capture';

/**
 * `prepareCapture` from the tab alone (its address and title, no page):
 * what the popup paints before the page answers, looking up the entry it
 * would edit. Without the page-reading rules (see core/capture-tab.ts).
 */
export async function prepareTabCapture(
  store: Pick<HotStore, 'findEntryByUrl'>,
  tab: { tabUrl: string; tabTitle: string },
  timeZone: string,
  now: number,
): Promise<Prepared> {
  const described = describeTab(tab.tabUrl, tab.tabTitle);
  if (!described.ok) return described;
  const { facts } = described;
  const existing = await store.findEntryByUrl(facts.url);
  return {
    ok: true,
    capture: {
      existing,
      values: tabCaptureValues(facts, existing, monthOf(now, timeZone)),
      meta: existing ? existing.meta : facts.meta,
      quote: '',
    },
  };
}
