import { prepareCapture } from '../app/capture';
import type { CaptureSource } from '../core/capture';
import { appendToNote } from '../core/note';
import type { Settings } from '../core/types';
import type { CaptureDeps } from './capture-deps';
import type { CaptureForm, withDraft } from './load-capture';

/**
 * The form as the page's answer makes it (its own title, canonical URL,
 * selection, metadata): the same decision as the tab's, with the page. The
 * selection is added to a restored draft too. Null when the page's answer
 * changes nothing to decide (a refused capture stays refused: the tab's URL
 * decides that). Loaded after the form is on screen (deferred.ts).
 */
export async function decidePage(
  deps: CaptureDeps,
  settings: Settings,
  source: CaptureSource,
  /** load-capture.ts's, given by the caller: the same draft rule for both forms. */
  drafted: typeof withDraft,
): Promise<CaptureForm | null> {
  const prepared = await prepareCapture(deps.store, source, settings.timeZone, deps.now());
  if (!prepared.ok) return null;
  const { existing, values, meta, quote } = prepared.capture;
  const form = await drafted(deps, settings, existing, values, meta);
  if (!form.restoredDraft || !quote) return form;
  return { ...form, initial: { ...form.initial, note: appendToNote(form.initial.note, quote) } };
}
