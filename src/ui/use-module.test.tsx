// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Lazy, type ModuleLoader } from './use-module';

afterEach(cleanup);

interface Greeting {
  Hello(props: { name: string }): preact.JSX.Element;
}

/** A loader whose promise the test settles, like a chunk arriving or failing. */
function deferredLoader() {
  let resolve!: (m: Greeting) => void;
  let reject!: (e: unknown) => void;
  let calls = 0;
  const load: ModuleLoader<Greeting> = () => {
    calls += 1;
    return new Promise<Greeting>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    load,
    resolve: (m: Greeting) => resolve(m),
    reject: (e: unknown) => reject(e),
    calls: () => calls,
  };
}

const greeting: Greeting = { Hello: ({ name }) => <p>Hello {name}</p> };

describe('Lazy', () => {
  it('is busy and says so while the chunk loads, then renders it', async () => {
    const chunk = deferredLoader();
    render(<Lazy load={chunk.load}>{(m) => <m.Hello name="Ana" />}</Lazy>);
    const busy = screen.getByRole('status');
    expect(busy.textContent).toBe('Loading…');
    expect(busy.getAttribute('aria-busy')).toBe('true');

    chunk.resolve(greeting);
    expect(await screen.findByText('Hello Ana')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says plainly when the chunk cannot load, and is no longer busy', async () => {
    const chunk = deferredLoader();
    render(<Lazy load={chunk.load}>{(m) => <m.Hello name="Ana" />}</Lazy>);
    chunk.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This view could not be loaded. Reload the page to try again.',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loads a module once: shown again, it paints at once', async () => {
    const chunk = deferredLoader();
    const first = render(<Lazy load={chunk.load}>{(m) => <m.Hello name="Ana" />}</Lazy>);
    chunk.resolve(greeting);
    await screen.findByText('Hello Ana');
    first.unmount();

    render(<Lazy load={chunk.load}>{(m) => <m.Hello name="Bo" />}</Lazy>);
    expect(screen.getByText('Hello Bo')).toBeTruthy();
    expect(chunk.calls()).toBe(1);
  });

  it('never renders one loader’s module for another at the same place', async () => {
    const a = deferredLoader();
    const b = deferredLoader();
    const { rerender } = render(<Lazy load={a.load}>{(m) => <m.Hello name="A" />}</Lazy>);
    a.resolve(greeting);
    await screen.findByText('Hello A');

    const other = { Hello: ({ name }: { name: string }) => <p>Other {name}</p> };
    rerender(<Lazy load={b.load}>{(m) => <m.Hello name="B" />}</Lazy>);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.queryByText(/Hello/)).toBeNull();
    b.resolve(other);
    expect(await screen.findByText('Other B')).toBeTruthy();
  });
});
