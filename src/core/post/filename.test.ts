import { describe, expect, it } from 'vitest';
import { postFileName, slugify } from './filename';

describe('file names', () => {
  it('use the date, an ASCII slug and the format’s extension', () => {
    const title = 'Web, Ops & Data - Mars 2019';
    expect(postFileName('md', '2019-04-01', title)).toBe('2019-04-01-web-ops-data-mars-2019.md');
    expect(postFileName('md', '2019-04-01', title)).toBe('2019-04-01-web-ops-data-mars-2019.md');
    expect(postFileName('md', '2019-04-01', title)).toBe('2019-04-01-web-ops-data-mars-2019.md');
    expect(postFileName('html', '2019-04-01', title)).toBe(
      '2019-04-01-web-ops-data-mars-2019.html',
    );
    expect(postFileName('md', '2019-04-01', title)).toBe('2019-04-01-web-ops-data-mars-2019.md');
  });

  it('slugify removes accents and collapses the rest', () => {
    expect(slugify('  Sécurité -- Œuvres & Straße / Août 2019!  ')).toBe(
      'securite-oeuvres-strasse-aout-2019',
    );
    expect(slugify('日本語')).toBe('');
    expect(postFileName('md', '2019-04-01', '日本語')).toBe('2019-04-01-post.md');
    expect(slugify(`${'a'.repeat(60)} ${'b'.repeat(60)}`)).toBe('a'.repeat(60));
  });
});
