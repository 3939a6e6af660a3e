import { describe, expect, it } from 'vitest';
import { configFileOf, frontMatterNotes, readSiteConfig, withDraft } from '.';

const HUGO_TOML = `baseURL = "https://example.org/"
timeZone = "America/New_York" # the author's
[taxonomies]
  category = "categories"
  series = "series"
[params]
  x = "y"
`;

const JEKYLL_YML = `title: Blog
timezone: Europe/Paris
future: true
`;

describe("the site's configuration", () => {
  it('is the root file for its kind, hugo.* first', () => {
    expect(configFileOf('hugo', ['config.toml', 'hugo.yaml', 'content/'])).toBe('hugo.yaml');
    expect(configFileOf('hugo', ['config.toml'])).toBe('config.toml');
    expect(configFileOf('jekyll', ['_config.yml', 'Gemfile'])).toBe('_config.yml');
    expect(configFileOf('hugo', ['config/', 'content/'])).toBe(null);
  });

  it('gives a Hugo site its time zone and taxonomies (TOML)', () => {
    expect(readSiteConfig('hugo', 'hugo.toml', HUGO_TOML)).toEqual({
      kind: 'hugo',
      configFile: 'hugo.toml',
      timeZone: 'America/New_York',
      taxonomies: ['categories', 'series'],
      buildFuture: false,
    });
  });

  it("reads YAML's taxonomies, and Hugo's defaults without any", () => {
    const yaml = 'title: Blog\ntaxonomies:\n  tag: tags\n  author: "authors"\nbuildFuture: true\n';
    expect(readSiteConfig('hugo', 'hugo.yaml', yaml)).toMatchObject({
      taxonomies: ['tags', 'authors'],
      buildFuture: true,
      timeZone: null,
    });
    expect(readSiteConfig('hugo', 'hugo.toml', 'title = "x"\n').taxonomies).toEqual([
      'tags',
      'categories',
    ]);
    expect(
      readSiteConfig('hugo', 'hugo.toml', 'disableKinds = ["taxonomy", "term"]\n').taxonomies,
    ).toEqual([]);
  });

  it('gives a Jekyll site its time zone and future setting', () => {
    expect(readSiteConfig('jekyll', '_config.yml', JEKYLL_YML)).toEqual({
      kind: 'jekyll',
      configFile: '_config.yml',
      timeZone: 'Europe/Paris',
      taxonomies: ['tags', 'categories'],
      buildFuture: true,
    });
  });
});

describe('the front matter against the site', () => {
  const post =
    '---\ntitle: "Web - Novembre 2026"\ndate: 2026-12-01\ntags: ["a", "b"]\n---\n\nBody\n';
  const hugo = readSiteConfig('hugo', 'hugo.toml', HUGO_TOML);

  it('says when the site makes no tag pages', () => {
    const now = Date.UTC(2026, 11, 2);
    expect(frontMatterNotes(post, hugo, now)).toEqual([{ note: 'no-tags-taxonomy' }]);
    expect(frontMatterNotes(post.replace('["a", "b"]', '[]'), hugo, now)).toEqual([]);
  });

  it("says when the date is still the future in the site's time zone", () => {
    // 1 December, 02:00 UTC: still 30 November in New York.
    const now = Date.UTC(2026, 11, 1, 2);
    expect(frontMatterNotes(post, { ...hugo, taxonomies: ['tags'] }, now)).toEqual([
      { note: 'future-in-site-zone', date: '2026-12-01', timeZone: 'America/New_York' },
    ]);
    expect(
      frontMatterNotes(post, { ...hugo, taxonomies: ['tags'], buildFuture: true }, now),
    ).toEqual([]);
  });

  it('holds a post back for review: draft for Hugo, published: false for Jekyll', () => {
    expect(withDraft(post, 'hugo')).toBe(
      '---\ntitle: "Web - Novembre 2026"\ndate: 2026-12-01\ntags: ["a", "b"]\ndraft: true\n---\n\nBody\n',
    );
    expect(withDraft(post, 'jekyll')).toContain(
      'tags: ["a", "b"]\npublished: false\n---\n\nBody\n',
    );
    expect(withDraft(withDraft(post, 'hugo'), 'hugo')).toBe(withDraft(post, 'hugo'));
    expect(withDraft('<p>HTML</p>', 'hugo')).toBe('<p>HTML</p>');
  });
});
