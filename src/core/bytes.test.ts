import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('picks the unit by size and keeps one decimal', () => {
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(840_000, 'en')).toBe('840 kB');
    expect(formatBytes(1_250_000_000, 'en')).toBe('1.3 GB');
    expect(formatBytes(512, 'en')).toBe('0.5 kB');
  });

  it('writes the number the language’s way', () => {
    expect(formatBytes(12_345_678, 'fr').replace(/\s/g, ' ')).toBe('12,3 Mo');
  });
});
