import { prepareCapture } from '../app/capture';
import type { CaptureRefusal } from '../core/capture';
import { type CaptureValues, valuesOf } from '../core/capture-values';
import { appendToNote } from '../core/note';
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
  restoredDraft: boolean;
  meta: PageMeta;
}

export type LoadResult = { ok: true; form: CaptureForm } | ({ ok: false } & BlockedReason);

/**
 * Decides what the popup shows: the stored entry for this page (edit mode,
 * never a duplicate), a new capture prefilled from the page, or why it
 * cannot capture. A draft typed earlier and not saved wins over both.
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
    return { ok: true, form: await withDraft(deps, settings, entry, values, entry.meta) };
  }

  const [settings, tab] = await Promise.all([
    settingsPromise,
    // A tab that closed while we asked is "no tab", not a broken store.
    deps.findTargetTab(params.tabId).catch(() => null),
  ]);
  if (!tab) return { ok: false, reason: 'no-tab' };
  const prepared = await prepareCapture(
    deps.store,
    { tabUrl: tab.url, tabTitle: tab.title, page: tab.page },
    settings.timeZone,
    deps.now(),
  );
  if (!prepared.ok) return prepared;
  const { existing, values, meta, quote } = prepared.capture;
  return { ok: true, form: await withDraft(deps, settings, existing, values, meta, quote) };
}

async function withDraft(
  deps: CaptureDeps,
  settings: Settings,
  existing: Entry | undefined,
  values: CaptureValues,
  meta: PageMeta,
  /** The selection the popup was opened with: added to a restored draft too. */
  quote = '',
): Promise<CaptureForm> {
  const pristine = existing ? valuesOf(existing) : values;
  const draft = await deps.store.loadDraft(values.url);
  if (!draft) return { settings, existing, initial: values, pristine, restoredDraft: false, meta };
  const { title, note, tags, category, monthKey } = draft;
  return {
    settings,
    existing,
    initial: { url: values.url, title, note: appendToNote(note, quote), tags, category, monthKey },
    pristine,
    restoredDraft: true,
    meta,
  };
}
