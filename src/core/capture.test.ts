import { describe, expect, it } from 'vitest';
import { captureValues, checkCapture, describeCapture } from './capture';
import { EMPTY_PAGE } from './page-script';
import type { Entry } from './types';

const page = (overrides = {}) => ({ ...EMPTY_PAGE, ...overrides });

describe('describeCapture', () => {
  it('captures the page behind a source view, titled by the page, not by the view', () => {
    const described = describeCapture({
      tabUrl: 'view-source:https://example.org/post?utm_source=x',
      tabTitle: 'view-source:https://example.org/post?utm_source=x',
      page: null,
    });
    expect(described).toMatchObject({ ok: true, facts: { url: 'https://example.org/post' } });
    expect(described.ok && described.facts.title).not.toContain('view-source');
  });

  it('captures a link with its own clean URL and its text as title', () => {
    expect(
      describeCapture({
        tabUrl: 'https://example.org/',
        tabTitle: 'Home',
        page: page({ ogTitle: 'The page' }),
        link: { url: 'https://other.org/a?fbclid=1', text: '  The   link ' },
      }),
    ).toEqual({
      ok: true,
      facts: { url: 'https://other.org/a', title: 'The link', meta: {}, quote: '' },
    });
  });

  it('quotes the menu selection where the page gave none, and prefers the page’s', () => {
    const fromMenu = describeCapture({
      tabUrl: 'https://example.org/',
      tabTitle: 'T',
      page: null,
      selectionText: 'Said',
    });
    expect(fromMenu.ok && fromMenu.facts.quote).toBe('> Said');
    const fromPage = describeCapture({
      tabUrl: 'https://example.org/',
      tabTitle: 'T',
      page: page({ url: 'https://example.org/', selection: 'Whole\n\nselection' }),
      selectionText: 'Whole selection',
    });
    expect(fromPage.ok && fromPage.facts.quote).toBe('> Whole\n>\n> selection');
  });

  it('refuses what is not a web page, saying why', () => {
    const refusal = (tabUrl: string) => describeCapture({ tabUrl, tabTitle: '', page: null });
    expect(refusal('chrome://settings/')).toEqual({
      ok: false,
      reason: 'not-web-page',
      scheme: 'chrome:',
    });
    expect(refusal('')).toEqual({ ok: false, reason: 'hidden-url' });
    expect(refusal('https://exa mple.org/')).toMatchObject({ ok: false });
  });
});

describe('captureValues', () => {
  const facts = { url: 'https://example.org/', title: 'Fresh', meta: {}, quote: '> New' };
  it('starts a new capture in the given month with the quote as its note', () => {
    expect(captureValues(facts, undefined, '2019-03')).toEqual({
      title: 'Fresh',
      url: 'https://example.org/',
      note: '> New',
      tags: [],
      category: '',
      monthKey: '2019-03',
    });
  });

  it('edits the stored entry, keeping its month and appending the quote to its note', () => {
    const stored = {
      title: 'Stored',
      url: 'https://example.org/',
      note: 'Mine',
      tags: ['a'],
      category: 'C',
      monthKey: '2019-01',
    } as Entry;
    expect(captureValues(facts, stored, '2019-03')).toEqual({
      title: 'Stored',
      url: 'https://example.org/',
      note: 'Mine\n\n> New',
      tags: ['a'],
      category: 'C',
      monthKey: '2019-01',
    });
  });
});

describe('checkCapture', () => {
  const values = {
    title: '  ',
    url: 'https://example.org/a?utm_medium=x',
    note: 'n',
    tags: [],
    category: ' Data ',
    monthKey: '2019-03',
  };
  it('cleans the URL, trims the category and makes up a title when there is none', () => {
    const checked = checkCapture(values, {});
    expect(checked).toMatchObject({
      ok: true,
      input: { url: 'https://example.org/a', category: 'Data' },
    });
    expect(checked.ok && checked.input.title).not.toBe('');
  });

  it('refuses a URL that is not a web page and a malformed month', () => {
    expect(checkCapture({ ...values, url: 'javascript:alert(1)' }, {})).toEqual({
      ok: false,
      failure: 'invalid-url',
    });
    expect(checkCapture({ ...values, monthKey: '2019-13' }, {})).toEqual({
      ok: false,
      failure: 'invalid-month',
    });
  });
});
