import { bench, describe } from 'vitest';
import { exportPost, presetById } from '../../src/core/post';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Entry } from '../../src/core/types';
import { emptyMonth } from '../../src/db/months';

/** A heavy month: 1,000 entries over 20 categories, with notes and tags. */
function month(size: number): Entry[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `id-${i}`,
    url: `https://example.org/articles/${i}?id=${i}`,
    title: `Article ${i}: [brackets] *stars* and _underscores_`,
    note: `A note for article ${i}, with **Markdown** and \`code\`.`,
    tags: [`tag${i % 37}`, `topic ${i % 11}`],
    category: `Category ${i % 20}`,
    monthKey: '2019-03',
    capturedAt: Date.UTC(2019, 2, 1) + i * 60_000,
    updatedAt: 0,
    deletedAt: null,
    meta: {},
  }));
}

const settings = {
  ...DEFAULT_SETTINGS,
  seriesName: 'Web, Ops & Data',
  postLanguage: 'fr' as const,
};
const record = emptyMonth('2019-03');

for (const size of [50, 1000]) {
  const entries = month(size);
  describe(`export of ${size} entries`, () => {
    for (const id of ['hugo', 'html'] as const) {
      const template = presetById(id)?.template ?? '';
      bench(id, () => {
        exportPost({ entries, month: record, settings, publishDate: '2019-04-01', template });
      });
    }
  });
}

describe('a template past the output limit (5,000,000 characters)', () => {
  const entries = month(50);
  bench('stopped', () => {
    exportPost({
      entries,
      month: record,
      settings,
      publishDate: '2019-04-01',
      template: '{% for i in (1..3000000) %}{{ title }}{% endfor %}',
    });
  });
});
