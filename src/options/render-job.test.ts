import { describe, expect, it } from 'vitest';
import { entry, month, settings } from '../../test/helpers/post/factory';
import { renderJob } from './render-job';
import { isToWorker } from './render-protocol';

const input = (template: string, publishDate = '2019-04-01') => ({
  entries: [entry({ title: '<b>A</b>' })],
  month: month(),
  settings: settings(),
  publishDate,
  template,
});

describe('renderJob', () => {
  it('gives the post and its preview, page text escaped, and no model', () => {
    const outcome = renderJob({ input: input('---\nx: 1\n---\n{{ title }} <i>'), extension: 'md' });
    expect(outcome).toEqual({
      ok: true,
      text: '---\nx: 1\n---\nWeb, Ops & Data - Mars 2019 <i>\n',
      preview: expect.stringContaining('<p>Web, Ops &amp; Data - Mars 2019 &lt;i&gt;</p>'),
    });
  });

  it("passes the date's or the template's error on, with the reason of a limit", () => {
    expect(renderJob({ input: input('x', '2019-02-31'), extension: 'md' })).toEqual({
      ok: false,
      message: 'The publication date must be a date written YYYY-MM-DD, not "2019-02-31".',
    });
    expect(
      renderJob({
        // Past the size limit in few iterations, so that a busy machine meets it before the time limit.
        input: input(`{% for i in (1..6000) %}${'0123456789'.repeat(100)}{% endfor %}`),
        extension: 'md',
      }),
    ).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('is what the worker accepts', () => {
    const request = { input: input('x'), extension: 'md' as const };
    expect(isToWorker({ type: 'render', id: 1, request })).toBe(true);
    expect(isToWorker({ type: 'render', id: '1', request })).toBe(false);
    expect(isToWorker({ type: 'rendered', id: 1, request })).toBe(false);
  });
});
