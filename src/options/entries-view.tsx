import { useEffect, useRef, useState } from 'preact/hooks';
import { moveItem } from '../core/move';
import { groupIntoSections } from '../core/post';
import type { Entry, MonthKey, Settings } from '../core/types';
import { entriesOfMonth } from '../db/entries';
import { getMonth } from '../db/months';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { BulkBar } from './bulk-bar';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';
import { useSelection } from './use-selection';

/** Entries painted at first in a month; a month of hundreds shows the rest on request. */
export const MONTH_PAGE = 100;

interface EntriesViewProps {
  deps: OptionsDeps;
  month: MonthKey;
  settings: Settings;
}

/**
 * The month's entries by section, in the order the post prints them, live:
 * a capture in the popup appears here at once. Entries can be moved within
 * their section (the post follows).
 */
export function EntriesView({ deps, month, settings }: EntriesViewProps) {
  const { failure, guard } = useWriteFailure();
  const [shown, setShown] = useState({ month, all: false });
  // "Show all" goes away once clicked: the focus moves on to the first entry it
  // brought, rather than falling back to the top of the page.
  const list = useRef<HTMLElement>(null);
  const focusFirstShown = useRef(false);
  useEffect(() => {
    if (!focusFirstShown.current) return;
    focusFirstShown.current = false;
    const item = list.current?.querySelectorAll('ul.entries > li')[MONTH_PAGE];
    (
      item?.querySelector<HTMLElement>('a[href]') ??
      item?.querySelector<HTMLElement>('input, button')
    )?.focus();
  }, [shown]);
  const live = useLiveQuery(
    async () => ({
      entries: await entriesOfMonth(deps.db, month),
      record: await getMonth(deps.db, month),
    }),
    [month],
  );
  const sections =
    live.state === 'ready'
      ? groupIntoSections(live.value.entries, live.value.record, settings)
      : [];
  const selection = useSelection(sections.flatMap((s) => s.entries.map((entry) => entry.id)));
  if (live.state !== 'ready') return <LiveStatus live={live} />;
  const data = live.value;
  // The bulk bar is the section's first child either way: a delete's Undo outlives an emptied month.
  const bar = <BulkBar deps={deps} selection={selection} />;
  if (data.entries.length === 0) {
    return (
      <section>
        {bar}
        <p class="hint">{t('noEntries')}</p>
      </section>
    );
  }

  const { record } = data;
  const published = new Set(record.publishedEntryIds);
  // The first MONTH_PAGE entries in the post's order, unless all were asked for.
  let room = shown.month === month && shown.all ? data.entries.length : MONTH_PAGE;
  const visible = sections.map((section) => {
    const count = Math.min(room, section.entries.length);
    room -= count;
    return count;
  });
  const move = (entries: Entry[], index: number, delta: number) => {
    const ids = moveItem(
      entries.map((entry) => entry.id),
      index,
      delta,
    );
    void guard(() => deps.writer.setEntryOrder(ids));
  };

  return (
    <section aria-labelledby="entries-heading" ref={list}>
      {bar}
      <h2 id="entries-heading">{t('entriesCount', String(data.entries.length))}</h2>
      <WriteFailure message={failure} />
      {sections.map((section, s) =>
        visible[s] ? (
          <section key={section.name} aria-label={section.name}>
            <h3>{section.name}</h3>
            <ul class="entries">
              {section.entries.slice(0, visible[s]).map((entry, i) => (
                <EntryItem
                  key={entry.id}
                  entry={entry}
                  isNew={record.publishedAt !== null && !published.has(entry.id)}
                  editorUrl={deps.editorUrl(entry.id)}
                  onDelete={() => void guard(() => deps.writer.deleteEntry(entry.id))}
                  onMoveUp={i > 0 ? () => move(section.entries, i, -1) : undefined}
                  onMoveDown={
                    i < section.entries.length - 1 ? () => move(section.entries, i, 1) : undefined
                  }
                  selection={{
                    selected: selection.isSelected(entry.id),
                    onToggle: (range) => selection.toggle(entry.id, range),
                  }}
                />
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {visible.reduce((a, b) => a + b, 0) < data.entries.length ? (
        <button
          type="button"
          onClick={() => {
            focusFirstShown.current = true;
            setShown({ month, all: true });
          }}
        >
          {t('monthShowAll', String(data.entries.length))}
        </button>
      ) : null}
    </section>
  );
}
