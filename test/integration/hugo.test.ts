/**
 * The exported Hugo preset builds with a real Hugo (Debian package `hugo`)
 * in a minimal site, and the page has the post's sections and links
 * (docs/post-format.md, "Checks that give these rules teeth"). A missing
 * Hugo fails every test with the install command: a skipped check would pass
 * silently in CI.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendToNote, quoteSelection } from '../../src/core/note';
import { exportPost, type PostModel, postFileName, presetById } from '../../src/core/post';
import type { Entry } from '../../src/core/types';
import { buildHugo, hugoSiteSkeleton } from '../helpers/hugo-site';
import { loadExample } from '../helpers/post/example';
import { entry } from '../helpers/post/factory';

/** Writes the test site's skeleton (config and layouts) under `root`, with an empty content/posts/. */
function makeSite(root: string): void {
  for (const [file, text] of Object.entries(hugoSiteSkeleton())) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
}

let site = '';
/** Each exported post's model and built page, by name. */
const models = new Map<string, PostModel>();
const pages = new Map<string, Document>();

/** Exports a post with the Hugo preset into the site's content/posts/. */
function exportTo(name: string, input: Omit<Parameters<typeof exportPost>[0], 'template'>): void {
  const result = exportPost({ ...input, template: presetById('hugo')?.template ?? '' });
  if (!result.ok) throw new Error(result.message);
  const file = postFileName('md', input.publishDate, result.model.title);
  writeFileSync(path.join(site, 'content', 'posts', file), result.text);
  models.set(name, result.model);
}

/** Entries whose titles and URLs Hugo could mistake for shortcodes, HTML or links. */
function hostileEntries(): Entry[] {
  const base = { monthKey: '2019-02', category: 'Pièges {{% et %}} <b>', note: '' };
  return [
    entry({
      ...base,
      title: 'Shortcodes {{< figure src="x" >}} and {{% param "x" %}}',
      url: 'https://a.org/{{<x>}}',
    }),
    entry({
      ...base,
      title: '<script>alert(1)</script> [x](javascript:alert(1)) *b* _i_ `c`',
      url: 'https://en.wikipedia.org/wiki/Go_(langage)',
    }),
    // Not `&amp;` in the URL: Goldmark decodes character references in a link
    // destination even after a backslash (CommonMark keeps `\&amp;` literal),
    // so Hugo links such a URL with `&`, which is what it meant anyway.
    entry({ ...base, title: '&amp; \\ ] [ # {% raw %}', url: 'https://b.org/a b?q=(1&2)&x=[y]' }),
  ];
}

/** A page selection holding HTML, links, an image, shortcodes, Liquid, a table, a definition list. */
const HOSTILE_SELECTION = [
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '[click](javascript:alert(1)) <javascript:alert(1)>',
  '![x](https://tracker.example/p.png)',
  '{{< figure src="x" >}} {{% param "x" %}} {{ .Site.Title }} {% raw %}',
  'a | b',
  '--- | ---',
  'Term',
  ': definition',
  'see https://tracker.example/x and www.tracker.example',
].join('\n');

/** An entry whose note quotes the hostile selection, then goes on in the author's Markdown. */
function quotingEntries(): Entry[] {
  const note = appendToNote(
    appendToNote('Author note.', quoteSelection(HOSTILE_SELECTION)),
    'My **own** words.',
  );
  return [entry({ monthKey: '2019-01', category: 'Citations', title: 'Quoted', note })];
}

/**
 * Set when the build could not run: every test then fails with it (a failed
 * beforeAll would only mark the tests "skipped").
 */
let setupError: unknown;

beforeAll(() => {
  try {
    buildSite();
  } catch (error) {
    setupError = error;
  }
}, 60_000);

function buildSite(): void {
  site = mkdtempSync(path.join(tmpdir(), 'veille-hugo-'));
  makeSite(site);
  const example = loadExample();
  exportTo('golden', example);
  exportTo('hostile', {
    entries: hostileEntries(),
    month: { ...example.month, id: '2019-02', intro: '', outro: '', sectionIntros: {} },
    settings: example.settings,
    publishDate: '2019-03-01',
  });
  exportTo('quote', {
    entries: quotingEntries(),
    month: { ...example.month, id: '2019-01', intro: '', outro: '', sectionIntros: {} },
    settings: example.settings,
    publishDate: '2019-02-01',
  });
  buildHugo(site);
  const window = new Window();
  const posts = path.join(site, 'public', 'posts');
  for (const [name, model] of models) {
    const page = readdirSync(posts).find((dir) => dir.endsWith(slugOf(model)));
    const file = page && path.join(posts, page, 'index.html');
    if (!file || !existsSync(file)) throw new Error(`hugo built no page for ${name} in ${posts}`);
    const document = new window.DOMParser().parseFromString(
      readFileSync(file, 'utf8'),
      'text/html',
    );
    pages.set(name, document as unknown as Document);
  }
}

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

/** The file name's slug, which Hugo keeps in the page's path. */
function slugOf(model: PostModel): string {
  return postFileName('md', model.date, model.title).replace(/\.md$/, '').slice(11);
}

function page(name: string): { model: PostModel; document: Document } {
  if (setupError) throw setupError;
  const model = models.get(name);
  const document = pages.get(name);
  if (!model || !document) throw new Error(`no built page ${name}`);
  return { model, document };
}

describe('the Hugo preset in a real Hugo build', () => {
  it.each(['golden', 'hostile'])('%s: has the title and every section heading', (name) => {
    const { model, document } = page(name);
    expect(document.querySelector('h1')?.textContent).toBe(model.title);
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    for (const section of model.sections) expect(headings).toContain(section.name);
  });

  it.each(['golden', 'hostile'])('%s: has every link, with its title as text', (name) => {
    const { model, document } = page(name);
    const links = [...document.querySelectorAll('li > a')].map((a) => ({
      text: a.textContent,
      // Goldmark percent-encodes spaces; compare decoded.
      href: decodeURI(a.getAttribute('href') ?? ''),
    }));
    const expected = model.sections.flatMap((s) =>
      s.entries.map((e) => ({ text: e.title, href: decodeURI(e.url) })),
    );
    expect(links).toEqual(expected);
    expect(expected.length).toBe(model.entryCount);
    expect(model.entryCount).toBeGreaterThan(0);
  });

  it('golden: renders the outro heading and code block', () => {
    const { document } = page('golden');
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.at(-1)).toBe('Astuce du mois : limiter la taille des logs Docker');
    expect(document.querySelector('pre code')?.textContent).toContain('max-size: "10m"');
  });

  it('hostile: runs no script and executes no shortcode', () => {
    const { document } = page('hostile');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('figure')).toBeNull();
    expect(document.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('quote: a quoted selection is printed as its text, the author note after it as Markdown', () => {
    const { document } = page('quote');
    const quote = document.querySelector('li blockquote');
    expect(quote).not.toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('figure')).toBeNull();
    expect(document.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect(quote?.querySelectorAll('a, table, dl, code, strong, em')).toHaveLength(0);
    const text = quote?.textContent ?? '';
    for (const line of HOSTILE_SELECTION.split('\n')) expect(text).toContain(line);
    expect(document.querySelector('li strong')?.textContent).toBe('own');
  });
});
