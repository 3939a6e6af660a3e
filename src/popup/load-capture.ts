import { prepareTabCapture } from '../app/capture-tab';
import type { CaptureRefusal } from '../core/capture';
import { type CaptureValues, valuesOf } from '../core/capture-values';
import type { Entry, PageMeta, Settings } from '../core/types';
import type { CaptureDeps, PopupParams } from './capture-deps';
/** Why the popup cannot capture; each has a localized explanation. */
export type BlockedReason =
  | CaptureRefusal
  | { reason: 'no-tab' }
  | { reason: 'entry-gone' }
  | { reason: 'store-unavailable' }
  /** The database was written by a newer Veille (a rollback): it is left as it is. */
  | { reason: 'store-too-new' };

export interface CaptureForm {
  settings: Settings;
  /** The stored entry being edited, or undefined for a new capture. */
  existing: Entry | undefined;
  initial: CaptureValues;
  /** What was stored or prefilled, to tell whether the author changed anything. */
  pristine: CaptureValues;
  /** What the form held before a draft was restored over it: the stored entry or the page, and the quote. */
  prefill: CaptureValues;
  restoredDraft: boolean;
  meta: PageMeta;
}

export type LoadResult =
  | {
      ok: true;
      /** The form from what the browser says of the tab, shown at once. */
      form: CaptureForm;
      /**
       * The form as the page's answer makes it (its own title, canonical URL,
       * selection, metadata): what the popup refines the shown form with.
       * Null when the page gave no answer (no script may run there, it
       * stalled) or it changes nothing to decide. Never rejects.
       */
      refined: Promise<CaptureForm | null>;
    }
  | ({ ok: false } & BlockedReason);

const NO_REFINEMENT: Promise<CaptureForm | null> = Promise.resolve(null);

/**
 * Decides what the popup shows: the stored entry for this page (edit mode,
 * never a duplicate), a new capture prefilled from the page, or why it
 * cannot capture. A draft typed earlier and not saved wins over both.
 *
 * In two steps: the form from the tab's title and URL, as soon as the
 * browser gives them, then (`refined`) the same decision again with what the
 * page says of itself, which needs a round trip into the page.
 */
export async function loadCapture(deps: CaptureDeps, params: PopupParams): Promise<LoadResult> {
  const settingsPromise = deps.loadSettings();
  if (params.entryId) {
    const [settings, entry] = await Promise.all([
      settingsPromise,
      deps.store.getEntry(params.entryId),
    ]);
    if (!entry) return { ok: false, reason: 'entry-gone' };
    const values = valuesOf(entry);
    return {
      ok: true,
      form: await withDraft(deps, settings, entry, values, entry.meta),
      refined: NO_REFINEMENT,
    };
  }

  const [settings, tab] = await Promise.all([
    settingsPromise,
    // A tab that closed while we asked is "no tab", not a broken store.
    deps.findTargetTab(params.tabId).catch(() => null),
  ]);
  if (!tab) return { ok: false, reason: 'no-tab' };
  const source = { tabUrl: tab.url, tabTitle: tab.title };
  const prepared = await prepareTabCapture(deps.store, source, settings.timeZone, deps.now());
  if (!prepared.ok) return prepared;
  const { existing, values, meta } = prepared.capture;
  const form = await withDraft(deps, settings, existing, values, meta);
  // The page's answer cannot make a refused capture capturable: the tab's
  // URL decides that. Its rules load after the first paint (deferred.ts); a
  // failing look-up or load keeps the form shown.
  const refined = tab.page
    .then(async (page) =>
      page
        ? (await deps.deferred()).decidePage(deps, settings, { ...source, page }, withDraft)
        : null,
    )
    .catch(() => null);
  return { ok: true, form, refined };
}

/**
 * The form for `existing` (or a new capture) prefilled with `values`, or
 * with the draft typed earlier for its URL and not saved. Given to the
 * page's refinement (decide-page.ts), which does not import it: this module
 * stays in the popup's own file.
 */
export async function withDraft(
  deps: CaptureDeps,
  settings: Settings,
  existing: Entry | undefined,
  values: CaptureValues,
  meta: PageMeta,
): Promise<CaptureForm> {
  const pristine = existing ? valuesOf(existing) : values;
  const draft = await deps.store.loadDraft(values.url);
  if (!draft) {
    return {
      settings,
      existing,
      initial: values,
      pristine,
      prefill: values,
      restoredDraft: false,
      meta,
    };
  }
  const { title, note, tags, category, monthKey } = draft;
  return {
    settings,
    existing,
    initial: { url: values.url, title, note, tags, category, monthKey },
    pristine,
    prefill: values,
    restoredDraft: true,
    meta,
  };
}
