/**
 * The render worker: posts are rendered here, away from the options page, so
 * a template that loops for long or prints too much never freezes the page;
 * the page stops this worker when a render runs past its budget.
 */
import { renderJob } from './render-job';
import { isToWorker, type ToPage } from './render-protocol';

interface WorkerScope {
  postMessage(message: ToPage): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  if (!isToWorker(event.data)) return;
  const { id, request } = event.data;
  scope.postMessage({ type: 'rendered', id, outcome: renderJob(request) });
};
scope.postMessage({ type: 'ready' });
