import { exportPost } from '../core/post';
import { previewDocument } from './preview';
import type { RenderOutcome, RenderRequest } from './render-protocol';

/**
 * One render, as the worker runs it: the post and its preview document, or
 * why there is none. The model is left out: the page builds its own.
 */
export function renderJob({ input, extension }: RenderRequest): RenderOutcome {
  const { model: _model, ...result } = exportPost(input);
  if (!result.ok) return result;
  return { ok: true, text: result.text, preview: previewDocument(result.text, extension) };
}
