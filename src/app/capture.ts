/**
 * The one capture use case: the popup (toolbar, shortcut, editor window) and
 * the context menu decide a capture with the same rules (`core/capture.ts`)
 * and write it through the same writer.
 */
import {
  type CaptureRefusal,
  type CaptureSource,
  captureValues,
  checkCapture,
  describeCapture,
} from '../core/capture';
import type { CaptureValues } from '../core/capture-values';
import type { EditField } from '../core/edit-merge';
import { monthOf } from '../core/month';
import type { Entry, PageMeta } from '../core/types';
import type { EntryWriter } from '../db/entry-writer';
import { EditConflict, type StoreFailure, toStoreError } from '../db/errors';
import type { HotStore } from '../db/hot-store';

/** A capture ready to be shown or written. */
export interface PreparedCapture {
  /** The stored entry for this URL: the capture edits it, never duplicates it. */
  existing: Entry | undefined;
  /** What the form starts from (the existing entry with a new quote appended). */
  values: CaptureValues;
  /** The page's metadata, written with the entry (the stored one's when it exists). */
  meta: PageMeta;
  /** The selection as a quote, `''` when none. */
  quote: string;
}

export type Prepared = { ok: true; capture: PreparedCapture } | ({ ok: false } & CaptureRefusal);

/** Decides what a capture of `source` is, looking up the entry it would edit. */
export async function prepareCapture(
  store: Pick<HotStore, 'findEntryByUrl'>,
  source: CaptureSource,
  timeZone: string,
  now: number,
): Promise<Prepared> {
  const described = describeCapture(source);
  if (!described.ok) return described;
  const { facts } = described;
  const existing = await store.findEntryByUrl(facts.url);
  return {
    ok: true,
    capture: {
      existing,
      values: captureValues(facts, existing, monthOf(now, timeZone)),
      meta: existing ? existing.meta : facts.meta,
      quote: facts.quote,
    },
  };
}

export type SaveFailure = StoreFailure | 'invalid-url' | 'invalid-month';

export type SaveOutcome =
  | { ok: true; entry: Entry; updated: boolean }
  | { ok: false; failure: Exclude<SaveFailure, 'conflict'> }
  /** Changed elsewhere since it was opened, in fields edited here too: nothing written. */
  | { ok: false; failure: 'conflict'; stored: Entry; fields: EditField[] };

/**
 * Writes a capture: the existing entry updated, or a new one (one per clean
 * URL: a URL captured meanwhile is updated, not duplicated). An entry changed
 * elsewhere since `existing` was read is merged with this edit (a quote
 * appended by the context menu is kept), or the edit is refused as a
 * conflict. Nothing is written when the values are invalid or the store
 * fails, and the outcome says why.
 */
export async function commitCapture(
  writer: EntryWriter,
  existing: Entry | undefined,
  values: CaptureValues,
  meta: PageMeta,
): Promise<SaveOutcome> {
  const checked = checkCapture(values, meta);
  if (!checked.ok) return checked;
  try {
    return existing
      ? {
          ok: true,
          entry: await writer.updateEntry(existing.id, checked.input, existing),
          updated: true,
        }
      : { ok: true, ...(await writer.saveEntry(checked.input)) };
  } catch (error) {
    if (error instanceof EditConflict) {
      return { ok: false, failure: 'conflict', stored: error.stored, fields: error.fields };
    }
    const { failure } = toStoreError(error);
    return { ok: false, failure: failure === 'conflict' ? 'unknown' : failure };
  }
}
