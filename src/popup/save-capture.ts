import { commitCapture, type SaveOutcome } from '../app/capture';
import type { CaptureValues } from '../core/capture-values';
import type { CaptureDeps } from './capture-deps';
import type { CaptureForm } from './load-capture';

export type { SaveFailure, SaveOutcome } from '../app/capture';

/**
 * Saves the form through the capture use case; the draft goes once the
 * entry is written. On failure nothing is written and the draft is kept.
 */
export async function saveCapture(
  deps: CaptureDeps,
  form: CaptureForm,
  values: CaptureValues,
): Promise<SaveOutcome> {
  const outcome = await commitCapture(deps.writer, form.existing, values, form.meta);
  if (outcome.ok) await deps.store.clearDraft(form.initial.url).catch(() => undefined);
  return outcome;
}
