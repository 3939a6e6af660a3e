import { toCaptureDraft } from '../core/metadata';
import { monthOf } from '../core/month';
import { appendToNote } from '../core/note';
import { underlyingPageTitle, underlyingPageUrl } from '../core/page-url';
import type { Entry, PageMeta, Settings } from '../core/types';
import { cleanUrl } from '../core/url';
import { loadDraft } from '../db/drafts';
import { findEntryByUrl, getEntry } from '../db/entries';
import type { CaptureDeps, PopupParams } from './capture-deps';
import { type FormValues, valuesOf } from './form-values';

/** Why the popup cannot capture; each has a localized explanation. */
export type BlockedReason =
  | { reason: 'no-tab' }
  | { reason: 'not-web-page'; scheme: string }
  | { reason: 'invalid-url' }
  | { reason: 'hidden-url' }
  | { reason: 'entry-gone' }
  | { reason: 'store-unavailable' };

export interface CaptureForm {
  settings: Settings;
  /** The stored entry being edited, or undefined for a new capture. */
  existing: Entry | undefined;
  initial: FormValues;
  /** What was stored or prefilled, to tell whether the author changed anything. */
  pristine: FormValues;
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
      getEntry(deps.db, params.entryId),
    ]);
    if (!entry) return { ok: false, reason: 'entry-gone' };
    return { ok: true, form: await withDraft(deps, settings, entry, valuesOf(entry), entry.meta) };
  }

  const [settings, tab] = await Promise.all([
    settingsPromise,
    // A tab that closed while we asked is "no tab", not a broken store.
    deps.findTargetTab(params.tabId).catch(() => null),
  ]);
  if (!tab) return { ok: false, reason: 'no-tab' };
  const tabUrl = underlyingPageUrl(tab.url);
  const checked = cleanUrl(tabUrl);
  if (!checked.ok) {
    if (checked.reason === 'unsupported-scheme') {
      return { ok: false, reason: 'not-web-page', scheme: checked.scheme };
    }
    // The browser hides the address of its own pages (new tab, settings, store).
    return { ok: false, reason: checked.reason === 'empty' ? 'hidden-url' : 'invalid-url' };
  }

  const draft = toCaptureDraft(tab.page, tabUrl, underlyingPageTitle(tab.url, tab.title));
  const existing = await findEntryByUrl(deps.db, draft.url);
  if (existing) {
    // A new selection on a captured page is added to its note, never lost.
    const values = valuesOf(existing);
    const withQuote = draft.quote
      ? { ...values, note: appendToNote(values.note, draft.quote) }
      : values;
    return {
      ok: true,
      form: await withDraft(deps, settings, existing, withQuote, existing.meta, draft.quote),
    };
  }

  const fresh: FormValues = {
    title: draft.title,
    url: draft.url,
    note: draft.quote,
    tags: [],
    category: '',
    month: monthOf(deps.now(), settings.timeZone),
  };
  return {
    ok: true,
    form: await withDraft(deps, settings, undefined, fresh, draft.meta, draft.quote),
  };
}

async function withDraft(
  deps: CaptureDeps,
  settings: Settings,
  existing: Entry | undefined,
  values: FormValues,
  meta: PageMeta,
  /** The selection the popup was opened with: added to a restored draft too. */
  quote = '',
): Promise<CaptureForm> {
  const pristine = existing ? valuesOf(existing) : values;
  const draft = await loadDraft(deps.db, values.url);
  if (!draft) return { settings, existing, initial: values, pristine, restoredDraft: false, meta };
  const { title, note, tags, category, month } = draft;
  return {
    settings,
    existing,
    initial: { url: values.url, title, note: appendToNote(note, quote), tags, category, month },
    pristine,
    restoredDraft: true,
    meta,
  };
}
