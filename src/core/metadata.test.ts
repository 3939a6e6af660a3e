import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageFacts, withoutSiteName } from './metadata';
import { EMPTY_PAGE, extractPageMetadata, type RawPageMetadata } from './page-script';
import { MAX_TITLE_LENGTH } from './title';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** A happy-dom window showing `html` at `url`, typed as the DOM window the page has. */
function pageWindow(html: string, url: string): globalThis.Window {
  const win = new Window({ url });
  windows.push(win);
  win.document.write(html);
  return win as unknown as globalThis.Window;
}

function fixture(name: string): string {
  return readFileSync(new URL(`../../test/fixtures/pages/${name}.html`, import.meta.url), 'utf8');
}

/** Reads a fixture as the in-page script would. */
function read(name: string, url: string): RawPageMetadata {
  return extractPageMetadata(pageWindow(fixture(name), url));
}

/** Selects the contents of the element with `id`, as a reader would. */
function select(win: globalThis.Window, ...ids: string[]): void {
  const range = win.document.createRange();
  const first = win.document.getElementById(ids[0] ?? '');
  const last = win.document.getElementById(ids[ids.length - 1] ?? '');
  if (!first || !last) throw new Error('no such element');
  range.setStartBefore(first);
  range.setEndAfter(last);
  win.getSelection()?.addRange(range);
}

describe('extractPageMetadata', () => {
  it('reads Open Graph, meta tags and the page language', () => {
    const raw = read(
      'open-graph',
      'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/',
    );
    expect(raw).toEqual({
      url: 'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/',
      title: 'Introducing the Continuous Delivery Foundation | CD Foundation',
      ogTitle: 'Introducing the Continuous Delivery Foundation, the new home for Jenkins',
      twitterTitle: 'Twitter title',
      canonical:
        'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/?utm_source=canonical',
      ogUrl: 'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/',
      description: 'The CDF, a new   foundation\n    for continuous delivery.',
      siteName: 'CD Foundation',
      author: 'Tracy Miranda',
      pageDate: '2019-03-12T09:00:00+00:00',
      lang: 'en-us',
      selection: '',
      selectionTruncated: false,
    });
  });

  it('matches meta names case-insensitively and falls back to <time datetime>', () => {
    const raw = read('no-open-graph', 'https://blog.example.fr/logs');
    expect(raw.siteName).toBe('Le blog technique');
    expect(raw.description).toBe('Comment limiter la taille des logs Docker.');
    expect(raw.author).toBe('Camille');
    expect(raw.pageDate).toBe('2019-04-18');
    expect(raw.ogTitle).toBe('');
    expect(raw.canonical).toBe('');
  });

  it('resolves a relative canonical against the page', () => {
    const raw = read('spa', 'https://play.grafana.org/d/abc/dashboard?orgId=1');
    expect(raw.canonical).toBe('https://play.grafana.org/');
  });

  it('returns empty strings for a page that says nothing', () => {
    const raw = read('no-title', 'https://example.org/raw.txt');
    expect(raw.title).toBe('');
    expect(raw.lang).toBe('');
    expect(raw.description).toBe('');
  });

  it('caps every text field of a broken or hostile page', () => {
    const raw = read('huge-title', 'https://example.org/broken');
    expect(raw.title.length).toBe(10_000);
    expect(raw.ogTitle.length).toBe(10_000);
    expect(raw.description.length).toBe(10_000);
  });

  it('reads the selection, capped at 100,000 characters with a flag', () => {
    const win = pageWindow(fixture('open-graph'), 'https://cd.foundation/a');
    select(win, 'lead', 'second');
    const raw = extractPageMetadata(win);
    expect(raw.selection).toContain('vendor-neutral home.');
    expect(raw.selection).toContain('Tekton.');
    expect(raw.selectionTruncated).toBe(false);

    const big = pageWindow(`<p id="p">${'a'.repeat(150_000)}</p>`, 'https://example.org/');
    select(big, 'p');
    const cut = extractPageMetadata(big);
    expect(cut.selection.length).toBe(100_000);
    expect(cut.selectionTruncated).toBe(true);
  });

  it('does not cut an emoji in half when capping the selection', () => {
    const win = pageWindow(`<p id="p">a${'😀'.repeat(60_000)}</p>`, 'https://example.org/');
    select(win, 'p');
    const raw = extractPageMetadata(win);
    expect(raw.selection.length).toBe(99_999);
    expect(raw.selection.isWellFormed()).toBe(true);
  });

  it('drops an overlong URL rather than cutting it into another URL', () => {
    const win = pageWindow('<title>t</title>', `https://example.org/?q=${'a'.repeat(70_000)}`);
    expect(extractPageMetadata(win).url).toBe('');
  });

  it('returns plain JSON that survives structured clone and JSON', () => {
    const raw = read('rtl-emoji', 'https://tech.example/k8s');
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
    expect(structuredClone(raw)).toEqual(raw);
  });

  it('survives serialisation: its source alone runs, as executeScript does', () => {
    // executeScript sends only the function's text: anything it referenced
    // outside its body (an import, a module constant) would be undefined there.
    // A fresh V8 context holds only the language's globals, plus URL, which
    // every page has.
    const source = extractPageMetadata.toString();
    const standalone = runInNewContext(`(${source})`, { URL }) as typeof extractPageMetadata;
    const win = pageWindow(fixture('open-graph'), 'https://cd.foundation/x');
    // Through JSON: the other context's objects have their own prototypes.
    expect(JSON.parse(JSON.stringify(standalone(win)))).toEqual(extractPageMetadata(win));
  });
});

describe('readPageFacts', () => {
  it('prefers og:title and the canonical URL, cleaned', () => {
    const raw = read(
      'open-graph',
      'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/?utm_source=twitter&utm_medium=social',
    );
    const draft = readPageFacts(raw, raw.url, 'Tab title');
    expect(draft).toEqual({
      title: 'Introducing the Continuous Delivery Foundation, the new home for Jenkins',
      url: 'https://cd.foundation/announcement/2019/03/12/introducing-the-cdf/',
      meta: {
        siteName: 'CD Foundation',
        description: 'The CDF, a new foundation for continuous delivery.',
        author: 'Tracy Miranda',
        pageDate: '2019-03-12T09:00:00+00:00',
        lang: 'en-US',
      },
      quote: '',
    });
  });

  it('removes the site-name suffix of the document title', () => {
    const raw = read('no-open-graph', 'https://blog.example.fr/logs');
    const draft = readPageFacts(raw, 'https://blog.example.fr/logs', 'ignored');
    expect(draft.title).toBe("Rotation des logs d'un conteneur");
    expect(draft.meta.lang).toBe('fr');
  });

  it('ignores a canonical and og:url on another site', () => {
    const raw = read('canonical-other-site', 'https://medium.com/@someone/why-traefik-123');
    const draft = readPageFacts(raw, 'https://medium.com/@someone/why-traefik-123?source=rss', '');
    expect(draft.url).toBe('https://medium.com/@someone/why-traefik-123?source=rss');
    expect(draft.title).toBe('Why we moved to Traefik');
  });

  it("keeps a single-page app's tab URL over its static home-page canonical", () => {
    const tab = 'https://play.grafana.org/d/abc/dashboard?orgId=1&utm_source=x';
    const raw = read('spa', tab);
    const draft = readPageFacts(raw, tab, '');
    expect(draft.url).toBe('https://play.grafana.org/d/abc/dashboard?orgId=1');
    expect(draft.title).toBe('Dashboard');
  });

  it('falls back to host and path without any title', () => {
    const raw = read('no-title', 'https://example.org/docs/intro/');
    expect(readPageFacts(raw, 'https://example.org/docs/intro/', '  ').title).toBe(
      'example.org/docs/intro',
    );
  });

  it('caps a huge title and description', () => {
    const raw = read('huge-title', 'https://example.org/broken');
    const draft = readPageFacts(raw, 'https://example.org/broken', '');
    expect(draft.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(draft.title.endsWith('…')).toBe(true);
    expect(draft.meta.description?.length).toBeLessThanOrEqual(1_000);
  });

  it('keeps a hostile title as text (the post escapes it) and refuses script URLs', () => {
    const raw = read('hostile-title', 'https://evil.example/page');
    const draft = readPageFacts(raw, 'https://evil.example/page', '');
    expect(draft.title).toBe(
      '<script>alert(1)</script> Click [here](javascript:alert(document.cookie)) *now*',
    );
    expect(draft.url).toBe('https://evil.example/page');
  });

  it('keeps RTL text and emoji, removing an em-dash site suffix', () => {
    const raw = read('rtl-emoji', 'https://tech.example/k8s');
    const draft = readPageFacts(raw, 'https://tech.example/k8s', '');
    expect(draft.title).toBe('🚀 إطلاق Kubernetes 1.14');
    expect(draft.meta).toEqual({
      siteName: 'مدونة التقنية',
      description: 'ملخص 🎉 للإصدار الجديد',
      lang: 'ar',
    });
  });

  it('turns the selection into a quote, saying when it was cut', () => {
    const win = pageWindow(fixture('rtl-emoji'), 'https://tech.example/k8s');
    select(win, 'quote');
    const raw = extractPageMetadata(win);
    expect(readPageFacts(raw, 'https://tech.example/k8s', '').quote).toBe('> نص عربي مع 😀 رموز');
    const cut = { ...raw, selection: 'line one\nline two', selectionTruncated: true };
    expect(readPageFacts(cut, 'https://tech.example/k8s', '').quote).toBe(
      '> line one\n> line two […]',
    );
  });

  it('works from the tab alone when no script could run in the page', () => {
    const draft = readPageFacts(null, 'https://example.org/a?fbclid=1#:~:text=x', ' A  tab ');
    expect(draft).toEqual({ title: 'A tab', url: 'https://example.org/a', meta: {}, quote: '' });
  });

  it('has an empty URL when neither the tab nor the page is capturable', () => {
    expect(readPageFacts(null, 'chrome://newtab', 'New Tab').url).toBe('');
    expect(readPageFacts(null, '', '').title).toBe('');
  });

  it('uses the page URL when the tab URL is unknown', () => {
    const raw = read('no-title', 'https://example.org/page?utm_source=x');
    expect(readPageFacts(raw, '', '').url).toBe('https://example.org/page');
  });
});

describe('readPageFacts: choosing the URL', () => {
  const page = (fields: Partial<RawPageMetadata>): RawPageMetadata => ({
    ...emptyRaw(),
    ...fields,
  });

  it('accepts a canonical that only differs by www.', () => {
    const raw = page({ canonical: 'https://www.example.org/post' });
    expect(readPageFacts(raw, 'https://example.org/post?ref=home', '').url).toBe(
      'https://www.example.org/post',
    );
  });

  it('rejects a canonical on a subdomain or a look-alike host', () => {
    for (const canonical of ['https://blog.example.org/post', 'https://example.org.evil/post']) {
      expect(readPageFacts(page({ canonical }), 'https://example.org/post', '').url).toBe(
        'https://example.org/post',
      );
    }
  });

  it('uses og:url when there is no canonical', () => {
    const raw = page({ ogUrl: 'https://example.org/post' });
    expect(readPageFacts(raw, 'https://example.org/post/amp', '').url).toBe(
      'https://example.org/post',
    );
  });

  it('skips a cross-site canonical and still considers og:url', () => {
    const raw = page({ canonical: 'https://other.org/x', ogUrl: 'https://example.org/post' });
    expect(readPageFacts(raw, 'https://example.org/post?page=1', '').url).toBe(
      'https://example.org/post',
    );
  });

  it('does not downgrade https to http', () => {
    const raw = page({ canonical: 'http://example.org/post' });
    expect(readPageFacts(raw, 'https://example.org/post?x=1', '').url).toBe(
      'https://example.org/post?x=1',
    );
  });

  it('keeps the anchor the reader was on', () => {
    const raw = page({ canonical: 'https://example.org/docs' });
    expect(readPageFacts(raw, 'https://example.org/docs?lang=en#install', '').url).toBe(
      'https://example.org/docs#install',
    );
  });

  it('keeps a hash route when the canonical is the home page', () => {
    const raw = page({ canonical: 'https://app.example.org/' });
    expect(readPageFacts(raw, 'https://app.example.org/#/article/1', '').url).toBe(
      'https://app.example.org/#/article/1',
    );
  });

  it('drops an author that is a profile URL and an invalid language', () => {
    const raw = page({ author: 'https://facebook.com/someone', lang: 'not a language' });
    expect(readPageFacts(raw, 'https://example.org/', '').meta).toEqual({});
  });
});

describe('withoutSiteName', () => {
  it.each([' - ', ' | ', ' — ', ' – ', ' · '])('removes a suffix after %j', (separator) => {
    expect(withoutSiteName(`Article${separator}Site`, 'Site')).toBe('Article');
  });

  it('compares the site name case-insensitively', () => {
    expect(withoutSiteName('Article | THE SITE', 'The Site')).toBe('Article');
  });

  it('keeps the title when nothing would remain, or without a known site', () => {
    expect(withoutSiteName(' - Site', 'Site')).toBe(' - Site');
    expect(withoutSiteName('Site', 'Site')).toBe('Site');
    expect(withoutSiteName('Article - Site', '')).toBe('Article - Site');
  });

  it('only removes a whole suffix after a separator', () => {
    expect(withoutSiteName('Working with GitHub', 'Hub')).toBe('Working with GitHub');
    expect(withoutSiteName('Site - Article', 'Site')).toBe('Site - Article');
  });
});

function emptyRaw(): RawPageMetadata {
  return { ...EMPTY_PAGE };
}
