/**
 * What the options page and its render worker say to each other: one map of
 * messages, each with its type and its data, typed at both ends and checked
 * on arrival (a message of another shape is dropped).
 */
import type { ExportInput } from '../core/post';
import type { RenderLimitReason } from '../core/post/engine';

/** A post to render: the export's input and the file type its preview shows. */
export interface RenderRequest {
  input: ExportInput;
  extension: 'md' | 'html';
}

/** Why a render gave nothing when the template itself is not wrong: it asked too much. */
export type RenderFailureReason = RenderLimitReason | 'too-slow' | 'failed';

export type RenderOutcome =
  | { ok: true; text: string; preview: string }
  | { ok: false; message: string; line?: number; reason?: RenderFailureReason };

export interface RenderMessages {
  /** Page → worker. */
  toWorker: {
    render: { id: number; request: RenderRequest };
  };
  /** Worker → page: `ready` once it has loaded, then one `rendered` per `render`. */
  toPage: {
    ready: Record<never, never>;
    rendered: { id: number; outcome: RenderOutcome };
  };
}

type MessageOf<M> = { [K in keyof M]: { type: K } & M[K] }[keyof M];
export type ToWorker = MessageOf<RenderMessages['toWorker']>;
export type ToPage = MessageOf<RenderMessages['toPage']>;

const record = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null;

export function isToWorker(data: unknown): data is ToWorker {
  return (
    record(data) && data.type === 'render' && typeof data.id === 'number' && record(data.request)
  );
}

export function isToPage(data: unknown): data is ToPage {
  if (!record(data)) return false;
  if (data.type === 'ready') return true;
  return (
    data.type === 'rendered' &&
    typeof data.id === 'number' &&
    record(data.outcome) &&
    typeof data.outcome.ok === 'boolean'
  );
}
