import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureValues } from '../core/capture-values';
import type { Entry } from '../core/types';
import type { Deferred } from './capture-deps';
import type { CaptureForm } from './load-capture';

/** No page answer to wait for (an entry opened by its id, component tests). */
export const NO_REFINEMENT: Promise<CaptureForm | null> = Promise.resolve(null);

/** The editor's state the page's answer may change. */
export interface RefinedState {
  form: CaptureForm;
  /** What the fields hold now, a tag being typed included. */
  current(): CaptureValues;
  /** Saving, saved or deleted: the page's answer comes too late to change anything. */
  settled(): boolean;
  setForm(form: CaptureForm): void;
  setBase(existing: Entry | undefined): void;
  setValues(values: CaptureValues): void;
  setDraftRestored(restored: boolean): void;
  setCategoryTouched(touched: boolean): void;
  setCaptured(target: CaptureForm): void;
}

/**
 * Applies the form as the page's answer makes it, once, if it comes while
 * the popup is open (see `refine`). `state` is the latest one rendered, so
 * the decision sees the form as the author has it then. True while the
 * page's answer is awaited.
 */
export function useRefinement(
  refined: Promise<CaptureForm | null>,
  /** Where `refine` comes from: loaded after the form is on screen. */
  deferred: () => Promise<Pick<Deferred, 'refine'>>,
  state: RefinedState,
): boolean {
  const latest = useRef(state);
  latest.current = state;
  const [waiting, setWaiting] = useState(true);
  useEffect(() => {
    let open = true;
    // The form stays as it is if the code cannot load: the page's answer is a refinement.
    void Promise.all([refined, deferred().catch(() => null)]).then(([page, code]) => {
      const s = latest.current;
      if (open) setWaiting(false);
      if (!open || !page || !code || s.settled()) return;
      const next = code.refine(s.form, s.current(), page);
      if (next.kind === 'replace') {
        s.setForm(next.form);
        s.setBase(next.form.existing);
        s.setValues(next.form.initial);
        s.setDraftRestored(next.form.restoredDraft);
        s.setCategoryTouched(next.form.initial.category !== '');
      } else if (next.kind === 'merge') {
        s.setForm(next.form);
        s.setValues(next.values);
      } else if (next.kind === 'captured') {
        s.setCaptured(next.target);
      }
    });
    return () => {
      open = false;
    };
  }, [refined]);
  useEffect(() => {
    // Read by `npm run bench`: the refined form was painted just before.
    if (!waiting) performance.mark('veille-form-refined');
  }, [waiting]);
  return waiting;
}
