import { describe, expect, it } from 'vitest';
import { AUTHOR_FAILURE_GAP_MS, MIN_GAP_MS, shouldSync } from './sync-trigger';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const ok = (agoMs: number) => ({ at: NOW - agoMs, failure: '' });

describe('shouldSync', () => {
  it('never syncs without a connected account, whatever woke the background', () => {
    for (const trigger of ['startup', 'alarm', 'change'] as const) {
      expect(shouldSync({ trigger, connected: false, last: undefined, now: NOW })).toBe(false);
    }
  });

  it('syncs on browser start and after a write, even right after a sync', () => {
    expect(shouldSync({ trigger: 'startup', connected: true, last: ok(1_000), now: NOW })).toBe(
      true,
    );
    expect(shouldSync({ trigger: 'change', connected: true, last: ok(1_000), now: NOW })).toBe(
      true,
    );
  });

  it('does not answer a sync with a sync: the changes it wrote itself are not sent back', () => {
    expect(
      shouldSync({ trigger: 'change', connected: true, last: ok(1_000), now: NOW, fromSync: true }),
    ).toBe(false);
  });

  it('syncs on the alarm when none ran yet, or the last ended a minute ago or more', () => {
    expect(shouldSync({ trigger: 'alarm', connected: true, last: undefined, now: NOW })).toBe(true);
    expect(shouldSync({ trigger: 'alarm', connected: true, last: ok(MIN_GAP_MS), now: NOW })).toBe(
      true,
    );
  });

  it('skips the alarm right after a sync (the options page or a write ran one)', () => {
    expect(
      shouldSync({ trigger: 'alarm', connected: true, last: ok(MIN_GAP_MS - 1), now: NOW }),
    ).toBe(false);
  });

  it('retries a failure only the author can mend once an hour, a passing one at the next alarm', () => {
    const failed = (failure: string, agoMs: number) => ({ at: NOW - agoMs, failure });
    const alarm = (failure: string, agoMs: number) =>
      shouldSync({ trigger: 'alarm', connected: true, last: failed(failure, agoMs), now: NOW });
    expect(alarm('auth', 10 * 60_000)).toBe(false);
    expect(alarm('wrong-passphrase', AUTHOR_FAILURE_GAP_MS - 1)).toBe(false);
    expect(alarm('auth', AUTHOR_FAILURE_GAP_MS)).toBe(true);
    expect(alarm('unreachable', MIN_GAP_MS)).toBe(true);
    expect(alarm('busy', MIN_GAP_MS)).toBe(true);
  });

  it('syncs when the last sync seems to end in the future (the clock was set back)', () => {
    expect(shouldSync({ trigger: 'alarm', connected: true, last: ok(-3_600_000), now: NOW })).toBe(
      true,
    );
  });
});
