import { commitCapture, type SaveOutcome } from '../app/capture';
import type { CaptureValues } from '../core/capture-values';
import type { CaptureDeps } from './capture-deps';
import type { CaptureForm } from './load-capture';
import { addToCaptured } from './refine-form';

export type { SaveFailure, SaveOutcome } from '../app/capture';

/**
 * Saves the form through the capture use case; the draft goes once the
 * entry is written. On failure nothing is written and the draft is kept.
 * `captured`: the page turned out to be captured already while the author
 * typed a new capture (refine-form.ts); what they typed is added to it.
 */
export async function saveCapture(
  deps: CaptureDeps,
  form: CaptureForm,
  values: CaptureValues,
  captured: CaptureForm | null = null,
): Promise<SaveOutcome> {
  const outcome = captured?.existing
    ? await commitCapture(
        deps.writer,
        captured.existing,
        addToCaptured(captured.prefill, form.prefill, values),
        captured.meta,
      )
    : await commitCapture(deps.writer, form.existing, values, form.meta);
  if (outcome.ok) await deps.store.clearDraft(form.initial.url).catch(() => undefined);
  return outcome;
}
