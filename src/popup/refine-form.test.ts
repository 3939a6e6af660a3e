import { describe, expect, it } from 'vitest';
import type { CaptureValues } from '../core/capture-values';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Entry } from '../core/types';
import type { CaptureForm } from './load-capture';
import { addToCaptured, refine } from './refine-form';

const values = (changes: Partial<CaptureValues> = {}): CaptureValues => ({
  title: 'Tab title',
  url: 'https://example.org/a',
  note: '',
  tags: [],
  category: '',
  monthKey: '2019-03',
  ...changes,
});

const entry = (id: string, changes: Partial<Entry> = {}) =>
  ({
    id,
    ...values(),
    meta: {},
    capturedAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...changes,
  }) as Entry;

function form(v: CaptureValues, changes: Partial<CaptureForm> = {}): CaptureForm {
  return {
    settings: DEFAULT_SETTINGS,
    existing: undefined,
    initial: v,
    pristine: v,
    prefill: v,
    restoredDraft: false,
    meta: {},
    ...changes,
  };
}

describe('refine', () => {
  const shown = form(values());
  const page = form(values({ title: 'Page title', note: '> quote' }), {
    meta: { siteName: 'Example' },
  });

  it('replaces an untouched form with the page’s', () => {
    expect(refine(shown, values(), page)).toEqual({ kind: 'replace', form: page });
  });

  it('keeps the tags and category typed, takes the page’s title and quote', () => {
    const next = refine(shown, values({ tags: ['a'], category: 'Data' }), page);
    expect(next).toMatchObject({
      kind: 'merge',
      values: { title: 'Page title', note: '> quote', tags: ['a'], category: 'Data' },
      form: { meta: { siteName: 'Example' }, initial: shown.initial },
    });
  });

  it('leaves a stored entry being edited alone when the page is another entry', () => {
    const editing = form(values(), { existing: entry('a') });
    const other = form(values({ url: 'https://example.org/b' }), { existing: entry('b') });
    expect(refine(editing, values({ note: 'typed' }), other)).toEqual({ kind: 'keep' });
  });

  it('points a typed new capture at the entry already captured', () => {
    const captured = form(values(), { existing: entry('a') });
    expect(refine(shown, values({ note: 'typed' }), captured)).toEqual({
      kind: 'captured',
      target: captured,
    });
  });
});

describe('addToCaptured', () => {
  it('adds the note and tags typed, replaces only the fields changed', () => {
    const stored = values({ title: 'Stored', note: 'Stored note', tags: ['x'], category: 'Ops' });
    const typed = values({ note: 'More', tags: ['y', 'X'], monthKey: '2019-02' });
    expect(addToCaptured(stored, values(), typed)).toEqual({
      ...stored,
      note: 'Stored note\n\nMore',
      tags: ['x', 'y'],
      monthKey: '2019-02',
    });
  });
});
