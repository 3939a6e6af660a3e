import { useEffect, useRef, useState } from 'preact/hooks';
import type { MonthKey, MonthRecord } from '../core/types';
import { getMonth } from '../db/months';
import type { MonthText } from '../db/writer';
import type { OptionsDeps } from './options-deps';

export interface MonthRecordState {
  record: MonthRecord | undefined;
  /** Changes the month's text at once on screen and saves it shortly after. */
  edit(changes: MonthText): void;
  /** Takes a record written elsewhere (marking as published). */
  replace(record: MonthRecord): void;
  saveFailed: boolean;
  /** The month's record could not be read: nothing can be edited. */
  loadFailed: boolean;
}

/** How long typing may pause before the month's text is written. */
const SAVE_DELAY_MS = 300;

/**
 * The month's own text (intro, outro, section intros, date, title) as the
 * author edits it: local state for smooth typing, written to the database
 * after a short pause and when the page is hidden.
 */
export function useMonthRecord(deps: OptionsDeps, month: MonthKey): MonthRecordState {
  const [record, setRecord] = useState<MonthRecord | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const pending = useRef<MonthText>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    const changes = pending.current;
    pending.current = {};
    if (Object.keys(changes).length === 0) return;
    deps.writer.saveMonthText(month, changes).then(
      () => setSaveFailed(false),
      () => {
        // Kept, under what was typed since: the next change or leaving the page tries again.
        pending.current = { ...changes, ...pending.current };
        setSaveFailed(true);
      },
    );
  };

  useEffect(() => {
    let alive = true;
    setRecord(undefined);
    setLoadFailed(false);
    getMonth(deps.db, month).then(
      (loaded) => alive && setRecord(loaded),
      () => alive && setLoadFailed(true),
    );
    addEventListener('pagehide', flush);
    return () => {
      alive = false;
      flush();
      removeEventListener('pagehide', flush);
    };
  }, [month]);

  const edit = (changes: MonthText) => {
    setRecord((current) => (current ? { ...current, ...changes } : current));
    pending.current = { ...pending.current, ...changes };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return { record, edit, replace: setRecord, saveFailed, loadFailed };
}
