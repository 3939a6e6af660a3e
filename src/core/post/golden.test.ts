import { describe, expect, it } from 'vitest';
import { loadExample, readExpected } from '../../../test/helpers/post/example';
import { exportPost, postFileName, presetById } from '.';

describe('golden example 2019-03', () => {
  it('renders expected-hugo.md byte for byte with the default Hugo preset', () => {
    const example = loadExample();
    const preset = presetById(example.preset);
    if (!preset) throw new Error(`no preset ${example.preset}`);
    const result = exportPost({ ...example, template: preset.template });
    if (!result.ok) throw new Error(`render failed: ${result.message} (line ${result.line})`);
    expect(result.text).toBe(readExpected('expected-hugo.md'));
  });

  it('leaves out the entry captured on 1 April in Paris and keeps the one moved to March', () => {
    const example = loadExample();
    const result = exportPost({ ...example, template: presetById('hugo')?.template ?? '' });
    const urls = result.model.sections.flatMap((s) => s.entries.map((e) => e.url));
    expect(urls).not.toContain('https://traefik.io/blog/back-to-traefik-2-0/');
    expect(urls.at(-2)).toBe('https://www.dataquest.io/blog/tutorial-time-series-analysis-pandas/');
    expect(result.model.skipped).toEqual([]);
  });

  it('names the file after the date and the title', () => {
    const { publishDate } = loadExample();
    expect(postFileName('md', publishDate, 'Web, Ops & Data - Mars 2019')).toBe(
      '2019-04-01-web-ops-data-mars-2019.md',
    );
  });
});
