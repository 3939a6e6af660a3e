import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withinBudget } from './budget';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withinBudget', () => {
  it('gives the result when it comes in time', async () => {
    const result = withinBudget(Promise.resolve('page'), 800, null);
    await expect(result).resolves.toBe('page');
  });

  it('gives the fallback when the work outlasts the budget, and drops the late result', async () => {
    let finish: (value: string) => void = () => undefined;
    const never = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const result = withinBudget(never, 800, 'tab only');
    await vi.advanceTimersByTimeAsync(799);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('tab only');
    finish('late page');
    await expect(result).resolves.toBe('tab only');
  });

  it('passes a failure on', async () => {
    await expect(withinBudget(Promise.reject(new Error('x')), 800, null)).rejects.toThrow('x');
  });
});
