import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { RenderPost } from './render-client';
import type { RenderOutcome, RenderRequest } from './render-protocol';

export interface PostRender {
  /** The post of this month in this format, or null: never another month's or format's. */
  post: { text: string; preview: string } | null;
  /** The post answers the latest request: it may be copied and downloaded. */
  current: boolean;
  /** Why there is no post, with the template's line when it has one. */
  error: { message: string; line?: number } | null;
}

interface Shown {
  key: string;
  request: RenderRequest;
  outcome: RenderOutcome;
}

/**
 * The post rendered in the worker for `request`. `key` names the month and
 * format: an outcome is shown only under the key it was rendered for. While
 * a newer request of the same key renders, the last outcome stays on screen,
 * not current (the page does not flicker on each keystroke, and offers
 * nothing to take away until the post is up to date).
 */
export function usePostRender(
  render: RenderPost,
  request: RenderRequest | undefined,
  key: string,
): PostRender {
  const [shown, setShown] = useState<Shown | null>(null);
  const sent = useRef<RenderRequest | undefined>(undefined);

  useEffect(() => {
    if (!request) return;
    sent.current = request;
    void render(request).then((outcome) => {
      // An older render answering late is dropped: a newer one is on its way.
      if (sent.current === request) setShown({ key, request, outcome });
    });
  }, [request]);

  if (!shown || shown.key !== key) return { post: null, current: false, error: null };
  const { outcome } = shown;
  const current = shown.request === request;
  if (outcome.ok)
    return { post: { text: outcome.text, preview: outcome.preview }, current, error: null };
  return { post: null, current, error: failureText(outcome) };
}

function failureText(outcome: Extract<RenderOutcome, { ok: false }>) {
  switch (outcome.reason) {
    case 'too-large':
      return { message: t('postTooLarge') };
    case 'too-slow':
      return { message: t('renderTooSlow') };
    case 'failed':
      return { message: t('renderFailed') };
    default:
      return outcome.line === undefined
        ? { message: outcome.message }
        : { message: outcome.message, line: outcome.line };
  }
}
