import { isMonthKey } from '../core/month';
import { fallbackTitle, normalizeTitle } from '../core/title';
import type { Entry } from '../core/types';
import { cleanUrl } from '../core/url';
import { clearDraft } from '../db/drafts';
import { saveEntry, updateEntry } from '../db/entries';
import { type StoreFailure, toStoreError } from '../db/errors';
import type { CaptureDeps } from './capture-deps';
import type { FormValues } from './form-values';
import type { CaptureForm } from './load-capture';

export type SaveFailure = StoreFailure | 'invalid-url' | 'invalid-month';

export type SaveOutcome =
  | { ok: true; entry: Entry; updated: boolean }
  | { ok: false; failure: SaveFailure };

/**
 * Validates the form and writes it in one transaction: a new entry, or the
 * stored one updated. On failure nothing is written and the draft is kept.
 */
export async function saveCapture(
  deps: CaptureDeps,
  form: CaptureForm,
  values: FormValues,
): Promise<SaveOutcome> {
  const checked = cleanUrl(values.url);
  if (!checked.ok) return { ok: false, failure: 'invalid-url' };
  if (!isMonthKey(values.month)) return { ok: false, failure: 'invalid-month' };
  const input = {
    url: checked.url,
    title: normalizeTitle(values.title) || fallbackTitle(checked.url),
    note: values.note,
    tags: values.tags,
    category: values.category.trim(),
    month: values.month,
    meta: form.meta,
  };
  try {
    const now = deps.now();
    const result = form.existing
      ? { entry: await updateEntry(deps.db, form.existing.id, input, now), updated: true }
      : await saveEntry(deps.db, input, now);
    await clearDraft(deps.db, form.initial.url);
    void deps.refreshBadge(form.settings.timeZone);
    return { ok: true, ...result };
  } catch (error) {
    return { ok: false, failure: toStoreError(error).failure };
  }
}
