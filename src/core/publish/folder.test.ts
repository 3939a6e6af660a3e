import { describe, expect, it } from 'vitest';
import { suggestPostsFolder } from '.';
import { lineDiff } from './diff';

describe('the posts folder to suggest', () => {
  it('is where earlier roundups live', () => {
    expect(
      suggestPostsFolder('hugo', [
        'content/about.md',
        'content/blog/2026-10-01-web-octobre-2026.md',
        'content/blog/2026-09-01-web-septembre-2026.md',
        'content/posts/2025-01-01-hello.md',
      ]),
    ).toBe('content/blog');
  });

  it("is the kind's usual folder without earlier roundups", () => {
    expect(suggestPostsFolder('hugo', ['content/about.md'])).toBe('content/posts');
    expect(suggestPostsFolder('jekyll', ['index.md'])).toBe('_posts');
  });
});

describe('the diff of two posts', () => {
  it('gives every line, kept, removed or added, in order', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });
});
