import {
  isToPage,
  type RenderOutcome,
  type RenderRequest,
  type ToPage,
  type ToWorker,
} from './render-protocol';

/** How long one render may take in the worker before the worker is stopped. */
export const RENDER_BUDGET_MS = 2_000;

/** What the client needs of a worker (a real `Worker`, or a fake in tests). */
export interface RenderWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type RenderPost = (request: RenderRequest) => Promise<RenderOutcome>;

/** The real worker; Vite builds render-worker.ts into its own file. */
export function spawnRenderWorker(): RenderWorker {
  return new Worker(new URL('./render-worker.ts', import.meta.url), {
    type: 'module',
  }) as RenderWorker;
}

interface Waiting {
  request: RenderRequest;
  resolvers: ((outcome: RenderOutcome) => void)[];
}

/**
 * Renders posts in a worker, one at a time. A request made while another
 * runs waits; a newer one replaces it, and both callers get the newer
 * outcome (the page only shows the latest). A render that runs past
 * `budgetMs` stops its worker (a fresh one takes the next render); the
 * budget starts when the worker has loaded and received the request.
 */
export function createRenderClient(
  spawn: () => RenderWorker,
  budgetMs = RENDER_BUDGET_MS,
): RenderPost {
  let worker: RenderWorker | undefined;
  let ready = false;
  let running: (Waiting & { id: number; timer: ReturnType<typeof setTimeout> }) | undefined;
  let waiting: Waiting | undefined;
  let nextId = 1;

  const finish = (outcome: RenderOutcome) => {
    const done = running;
    if (!done) return;
    clearTimeout(done.timer);
    running = undefined;
    for (const resolve of done.resolvers) resolve(outcome);
    next();
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
    ready = false;
  };

  const onMessage = (data: unknown) => {
    if (!isToPage(data)) return;
    const message: ToPage = data;
    if (message.type === 'ready') {
      ready = true;
      next();
    } else if (running?.id === message.id) {
      finish(message.outcome);
    }
  };

  const onError = () => {
    stopWorker();
    const failed: RenderOutcome = { ok: false, message: '', reason: 'failed' };
    if (running) finish(failed);
    else if (waiting) {
      // The worker did not even load: say so rather than try forever.
      const { resolvers } = waiting;
      waiting = undefined;
      for (const resolve of resolvers) resolve(failed);
    }
  };

  function next() {
    if (running || !waiting) return;
    if (!worker) {
      worker = spawn();
      worker.onmessage = (event) => onMessage(event.data);
      worker.onerror = onError;
    }
    if (!ready) return;
    const job = waiting;
    waiting = undefined;
    const id = nextId++;
    const timer = setTimeout(() => {
      stopWorker();
      finish({ ok: false, message: '', reason: 'too-slow' });
    }, budgetMs);
    running = { ...job, id, timer };
    worker.postMessage({ type: 'render', id, request: job.request });
  }

  return (request) =>
    new Promise((resolve) => {
      waiting = { request, resolvers: [...(waiting?.resolvers ?? []), resolve] };
      next();
    });
}
