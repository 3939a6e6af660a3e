/**
 * Property tests (docs/post-format.md, "Checks that give these rules teeth"): for any
 * title, note and URL, a parser reads the export back as the same title and
 * URL, the front matter as the same values, and the HTML fragment holds
 * nothing but the template's elements and the author's Markdown.
 *
 * Normalisation: a title is printed on one line: `oneLine` turns lone
 * surrogates into U+FFFD, every run of whitespace or control characters
 * (line breaks, tabs, NUL, NBSP...) into one space, and trims; an empty
 * result falls back to the URL's host and path; text holding bidi
 * formatting characters comes back closed and isolated (`isolateBidi`). A
 * URL is printed as stored, trimmed, except that control and bidi
 * characters are percent-encoded (`percentEncodeControls`); a parser reads
 * it back exactly (not merely "decoded equal").
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hostileText, httpUrl, parenthesisUrl } from '../../../test/helpers/post/arbitraries';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { bodyOf, parseMarkdown, textOf } from '../../../test/helpers/post/markdown';
import { fallbackTitle } from '../title';
import type { Entry } from '../types';
import {
  buildPostModel,
  type PostModel,
  type PresetId,
  presetById,
  renderPost,
  yamlQuote,
} from '.';
import { isolateBidi } from './bidi';
import { formatMarkdownUrl, oneLine, percentEncodeControls } from './escape';

const RUNS = { numRuns: 300 };

function modelOf(entries: Entry[], seriesName = 'Web, Ops & Data'): PostModel {
  return buildPostModel({
    entries,
    month: month(),
    settings: settings({ seriesName }),
    publishDate: '2019-04-01',
  });
}

function render(presetId: PresetId, model: PostModel): string {
  const result = renderPost(model, presetById(presetId)?.template ?? '');
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

const expectedTitle = (title: string, url: string) =>
  isolateBidi(oneLine(title) || fallbackTitle(url.trim()));
/** A page-text line as printed: one line, bidi isolated. */
const printed = (text: string) => isolateBidi(oneLine(text));
const expectedUrl = (url: string) => percentEncodeControls(url.trim());

describe('Markdown bullets read back as the title and URL', () => {
  it.each(['hugo', 'jekyll', 'markdown'] as const)('%s preset', (presetId) => {
    fc.assert(
      fc.property(hostileText, httpUrl, hostileText, (title, url, category) => {
        const text = render(presetId, modelOf([entry({ title, url, category })]));
        const body = parseMarkdown(bodyOf(text));
        const lists = body.children.filter((node) => node.type === 'list');
        expect(lists).toHaveLength(1);
        const items = lists[0]?.type === 'list' ? lists[0].children : [];
        expect(items).toHaveLength(1);
        // One paragraph made of one link, nothing before or after it.
        const paragraph = items[0]?.children;
        expect(paragraph).toHaveLength(1);
        const link = paragraph?.[0]?.type === 'paragraph' ? paragraph[0].children : [];
        expect(link).toHaveLength(1);
        const only = link[0];
        expect(only?.type).toBe('link');
        if (only?.type !== 'link') return;
        expect(textOf(only)).toBe(expectedTitle(title, url));
        expect(only.url).toBe(expectedUrl(url));
        // And the section heading reads back as the category.
        const heading = body.children.find((node) => node.type === 'heading' && node.depth === 2);
        expect(heading && textOf(heading)).toBe(printed(category) || 'Divers');
      }),
      RUNS,
    );
  });

  it('keeps the note after the link, in the same item, for any note', () => {
    fc.assert(
      fc.property(hostileText, httpUrl, hostileText, (title, url, note) => {
        const text = render(
          'hugo',
          modelOf([entry({ title, url, note }), entry({ title: 'Next' })]),
        );
        const list = parseMarkdown(bodyOf(text)).children.find((node) => node.type === 'list');
        // Whatever the note holds, it cannot end the list or swallow the next bullet.
        expect(list?.type === 'list' && list.children.length).toBe(2);
        const second = list?.type === 'list' ? list.children[1]?.children[0] : undefined;
        expect(second && textOf(second)).toBe('Next');
      }),
      RUNS,
    );
  });
});

/** The URL a parser reads from `[x](destination)`, or null when that is not one link. */
function destinationReadBack(destination: string): string | null {
  const [paragraph, ...rest] = parseMarkdown(`[x](${destination})`).children;
  if (rest.length > 0 || paragraph?.type !== 'paragraph') return null;
  const [link, ...after] = paragraph.children;
  return link?.type === 'link' && after.length === 0 ? link.url : null;
}

describe('Markdown link destinations', () => {
  it('print plain whenever the plain form reads back, and always read back as the URL', () => {
    const printed = { plain: 0, angled: 0 };
    fc.assert(
      fc.property(fc.oneof(httpUrl, parenthesisUrl), (raw) => {
        const url = raw.trim();
        const destination = formatMarkdownUrl(url);
        expect(destinationReadBack(destination)).toBe(percentEncodeControls(url));
        // The same escapes without the brackets: what a plain destination would be.
        const angled = destination.startsWith('<') && destination.endsWith('>');
        const plain = angled ? destination.slice(1, -1) : destination;
        const plainReadsBack = destinationReadBack(plain) === percentEncodeControls(url);
        expect(angled, `${JSON.stringify(url)} printed ${JSON.stringify(destination)}`).toBe(
          !plainReadsBack,
        );
        printed[angled ? 'angled' : 'plain'] += 1;
      }),
      { numRuns: 1_000 },
    );
    // Both forms were exercised.
    expect(printed.plain).toBeGreaterThan(100);
    expect(printed.angled).toBeGreaterThan(100);
  });
});

/** The YAML between the first two `---` lines. */
function frontMatterOf(text: string): unknown {
  const end = text.indexOf('\n---\n', 4);
  expect(text.startsWith('---\n') && end > 0).toBe(true);
  return parseYaml(text.slice(4, end + 1));
}

describe('front matter parses back', () => {
  it.each(['hugo', 'jekyll'] as const)(
    '%s: title, date and tags for any series name and tags',
    (presetId) => {
      fc.assert(
        fc.property(hostileText, fc.array(hostileText, { maxLength: 5 }), (seriesName, tags) => {
          const model = modelOf([entry({ tags })], seriesName);
          const parsed = frontMatterOf(render(presetId, model)) as Record<string, unknown>;
          expect(parsed.title).toBe(isolateBidi(model.title));
          expect(parsed.date).toBe('2019-04-01');
          expect(parsed.tags).toEqual(model.tags.map(isolateBidi));
          expect(model.title.endsWith('Mars 2019')).toBe(true);
        }),
        RUNS,
      );
    },
  );

  it('yamlQuote round-trips any string (lone surrogates as U+FFFD, bidi isolated)', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        expect(parseYaml(`v: ${yamlQuote(s)}`)).toEqual({ v: isolateBidi(s.toWellFormed()) });
      }),
      RUNS,
    );
  });
});

/** What the HTML preset and micromark may produce; everything else is an injection. */
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  H1: [],
  H2: [],
  H3: [],
  H4: [],
  H5: [],
  H6: [],
  P: [],
  UL: [],
  OL: ['start'],
  LI: [],
  STRONG: [],
  EM: [],
  CODE: ['class'],
  PRE: [],
  BLOCKQUOTE: [],
  HR: [],
  BR: [],
  // From the author's Markdown in a note: links and images micromark sanitised.
  A: ['href', 'title'],
  IMG: ['src', 'alt', 'title'],
};

/** micromark's safe protocols; anything else with a scheme would be an injection. */
const SAFE_URL = /^(?:(?:https?|mailto|ircs?|xmpp):|[^:]*$|[^:]*[/?#])/i;

describe('HTML fragment', () => {
  const window = new Window();

  it('holds only the template elements, escaped page text and http(s) entry links', () => {
    fc.assert(
      fc.property(hostileText, httpUrl, hostileText, hostileText, (title, url, note, intro) => {
        const model = modelOf([entry({ title, url, note, category: title })]);
        const html = render('html', { ...model, intro });
        const container = window.document.createElement('div');
        container.innerHTML = html;
        for (const element of container.querySelectorAll('*')) {
          const allowed = ALLOWED_ATTRIBUTES[element.tagName];
          expect(allowed, `<${element.tagName}> in ${html}`).toBeDefined();
          for (const { name, value } of element.attributes) {
            expect(allowed, `${name} on <${element.tagName}>`).toContain(name);
            if (name === 'class') expect(value).toMatch(/^language-/);
            if (name === 'href' || name === 'src') expect(value).toMatch(SAFE_URL);
          }
        }
        // The entries' list is last (no outro); its heading and first link are the entry's.
        const list = container.lastElementChild;
        expect(list?.tagName).toBe('UL');
        const link = list?.firstElementChild?.firstElementChild;
        expect(link?.tagName).toBe('A');
        expect(link?.textContent).toBe(expectedTitle(title, url));
        expect(link?.getAttribute('href')).toBe(expectedUrl(url));
        expect(list?.previousElementSibling?.textContent).toBe(printed(title) || 'Divers');
        expect(container.firstElementChild?.textContent).toBe(isolateBidi(model.title));
      }),
      RUNS,
    );
  });
});
