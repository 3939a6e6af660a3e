import { describe, expect, it } from 'vitest';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { exportPost } from '.';

describe('exportPost', () => {
  it('refuses a publication date that is not YYYY-MM-DD but still gives the model', () => {
    const result = exportPost({
      entries: [entry({ url: 'ftp://x.org/' })],
      month: month(),
      settings: settings(),
      publishDate: '2019-02-30',
      template: '{{ title }}',
    });
    expect(result.ok).toBe(false);
    expect(result.model.skipped).toHaveLength(1);
  });
});
