import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entry, month, settings } from '../../test/helpers/post/factory';
import { createRenderClient, type RenderWorker } from './render-client';
import { renderJob } from './render-job';
import type { RenderOutcome, RenderRequest, ToPage, ToWorker } from './render-protocol';

/** A worker the test answers for: what the page posted, and a way to reply. */
class FakeWorker implements RenderWorker {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: ToPage | unknown) {
    this.onmessage?.({ data: message } as MessageEvent<unknown>);
  }
  /** Answers the last render it was given, as the real worker would. */
  answer() {
    const last = this.posted.at(-1);
    if (!last) throw new Error('nothing was posted');
    this.reply({ type: 'rendered', id: last.id, outcome: renderJob(last.request) });
  }
}

const request = (template: string): RenderRequest => ({
  input: {
    entries: [entry({ title: 'A' })],
    month: month(),
    settings: settings(),
    publishDate: '2019-04-01',
    template,
  },
  extension: 'md',
});

let workers: FakeWorker[];
const spawn = () => {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
};
const settled = async <T>(promise: Promise<T>) => {
  let value: T | undefined;
  void promise.then((v) => {
    value = v;
  });
  await vi.advanceTimersByTimeAsync(0);
  return value;
};

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createRenderClient', () => {
  it('sends a render once the worker has loaded, and gives its post and preview', async () => {
    const render = createRenderClient(spawn, 2_000);
    const outcome = render(request('{{ entryCount }} *entry*'));
    expect(workers[0]?.posted).toEqual([]);
    workers[0]?.reply({ type: 'ready' });
    expect(workers[0]?.posted).toMatchObject([{ type: 'render', id: 1 }]);
    workers[0]?.answer();
    expect(await outcome).toEqual({
      ok: true,
      text: '1 *entry*\n',
      preview: expect.stringContaining('<p>1 <em>entry</em></p>'),
    });
  });

  it('stops a render past its budget and renders the next one in a fresh worker', async () => {
    const render = createRenderClient(spawn, 2_000);
    const slow = render(request('slow'));
    workers[0]?.reply({ type: 'ready' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(await settled(slow)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await slow).toEqual({ ok: false, message: '', reason: 'too-slow' });
    expect(workers[0]?.terminated).toBe(true);

    const next = render(request('{{ title }}'));
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ type: 'ready' });
    workers[1]?.answer();
    expect(await next).toMatchObject({ ok: true, text: 'Web, Ops & Data - Mars 2019\n' });
  });

  it('renders only the latest of the requests made while one runs', async () => {
    const render = createRenderClient(spawn, 2_000);
    const first = render(request('1'));
    workers[0]?.reply({ type: 'ready' });
    const second = render(request('2'));
    const third = render(request('3'));
    workers[0]?.answer();
    expect(await first).toMatchObject({ text: '1\n' });
    expect(workers[0]?.posted.map((m) => m.request.input.template)).toEqual(['1', '3']);
    workers[0]?.answer();
    expect(await second).toMatchObject({ text: '3\n' });
    expect(await third).toMatchObject({ text: '3\n' });
  });

  it('drops messages of another shape and answers to an older render', async () => {
    const render = createRenderClient(spawn, 2_000);
    const outcome = render(request('x'));
    const worker = workers[0] as FakeWorker;
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'rendered', id: 99, outcome: { ok: true, text: 'old', preview: '' } });
    worker.reply({ type: 'rendered', id: 1 });
    worker.reply('rendered');
    expect(await settled(outcome)).toBeUndefined();
    worker.answer();
    expect(await outcome).toMatchObject({ ok: true, text: 'x\n' });
  });

  it('says the render failed when the worker breaks, loaded or not', async () => {
    const failed: RenderOutcome = { ok: false, message: '', reason: 'failed' };
    const render = createRenderClient(spawn, 2_000);
    const unloaded = render(request('x'));
    workers[0]?.onerror?.(new Event('error'));
    expect(await unloaded).toEqual(failed);
    expect(workers[0]?.terminated).toBe(true);

    const running = render(request('x'));
    workers[1]?.reply({ type: 'ready' });
    workers[1]?.onerror?.(new Event('error'));
    expect(await running).toEqual(failed);
  });
});
