import { describe, expect, it } from 'vitest';
import { captureValues, describeCapture } from './capture';
import { describeTab, tabCaptureValues } from './capture-tab';
import type { Entry } from './types';

// The popup paints from describeTab; the page's answer is decided by
// describeCapture. Without a page, both must decide the same.
const TABS: [string, string][] = [
  ['https://example.org/a?utm_source=x#part', 'A title - Site'],
  ['https://www.example.org/docs/intro/', ''],
  ['view-source:https://example.org/page?utm_source=x', 'view-source:https://example.org/page'],
  ['about:reader?url=https%3A%2F%2Fexample.org%2Fread', 'Reader title'],
  ['chrome://settings', 'Settings'],
  ['', 'New Tab'],
  ['file:///home/me/notes.html', 'notes'],
  ['https://', 'broken'],
  ['https://example.org/\u202etxt.exe', '  Spaced\n title  '],
];

describe('describeTab', () => {
  it.each(TABS)('decides %s as describeCapture does without a page', (tabUrl, tabTitle) => {
    expect(describeTab(tabUrl, tabTitle)).toEqual(
      describeCapture({ tabUrl, tabTitle, page: null }),
    );
  });

  it('starts the form as captureValues does without a quote', () => {
    const described = describeTab('https://example.org/a', 'A');
    if (!described.ok) throw new Error('refused');
    const stored = {
      id: '1',
      url: 'https://example.org/a',
      title: 'Stored',
      note: 'Note',
      tags: ['x'],
      category: 'C',
      monthKey: '2019-02',
    } as Entry;
    for (const existing of [undefined, stored]) {
      expect(tabCaptureValues(described.facts, existing, '2019-03')).toEqual(
        captureValues(described.facts, existing, '2019-03'),
      );
    }
  });
});
