import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatStamp,
  isDeviceId,
  newDeviceId,
  nextStamp,
  parseStamp,
  stampOfTime,
  successorStamp,
} from './hlc';

const device = 'abcdef123456';
const NOW = Date.UTC(2026, 10, 30, 12);

describe('clock stamps', () => {
  it('write wall, counter and device in a string that sorts as the clock', () => {
    const stamp = nextStamp(NOW, device);
    expect(stamp).toBe(`${NOW}.000000.${device}`);
    expect(parseStamp(stamp)).toEqual({ wall: NOW, counter: 0, device });
    expect(parseStamp('1.2.x')).toBeUndefined();
    expect(parseStamp(`${stamp}.x`)).toBeUndefined();
  });

  it('move past the record edited when the wall clock is behind it', () => {
    const edited = nextStamp(NOW + 10 * 60_000, 'zzzzzzzzzzzz');
    const edit = nextStamp(NOW, device, edited);
    expect(edit > edited).toBe(true);
    expect(parseStamp(edit)).toEqual({ wall: NOW + 10 * 60_000, counter: 1, device });
  });

  it('are always past every stamp they follow', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            wall: fc.nat(10 ** 13 - 2),
            counter: fc.nat(999_999),
            device: fc.constantFrom('aaaaaaaaaaaa', 'zzzzzzzzzzzz'),
          }),
        ),
        fc.nat(10 ** 13 - 1),
        (readings, now) => {
          const after = readings.map(formatStamp);
          const next = nextStamp(now, device, ...after);
          for (const stamp of after) expect(next > stamp).toBe(true);
        },
      ),
    );
  });

  it('give a record stamped before sync its update time', () => {
    expect(stampOfTime(NOW, device)).toBe(`${NOW}.000000.${device}`);
  });

  it('have a successor between a stamp and every greater stamp', () => {
    const stamp = nextStamp(NOW, device);
    const successor = successorStamp(stamp);
    expect(successor > stamp).toBe(true);
    expect(successor < nextStamp(NOW, '000000000000', stamp)).toBe(true);
    expect(parseStamp(successor)?.wall).toBe(NOW);
  });

  it('name devices with twelve characters of 0-9a-z', () => {
    const id = newDeviceId();
    expect(isDeviceId(id)).toBe(true);
    expect(newDeviceId()).not.toBe(id);
    expect(isDeviceId('ABCDEF123456')).toBe(false);
  });
});
