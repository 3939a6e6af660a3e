import { useState } from 'preact/hooks';
import { moveItem } from '../core/move';
import { groupIntoSections } from '../core/post';
import type { Entry, MonthKey, Settings } from '../core/types';
import { entriesOfMonth } from '../db/entries';
import { getMonth } from '../db/months';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';

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
  const live = useLiveQuery(
    async () => ({
      entries: await entriesOfMonth(deps.db, month),
      record: await getMonth(deps.db, month),
    }),
    [month],
  );
  if (live.state !== 'ready') return <LiveStatus live={live} />;
  const data = live.value;
  if (data.entries.length === 0) return <p class="hint">{t('noEntries')}</p>;

  const { record } = data;
  const sections = groupIntoSections(data.entries, record, settings);
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
    <section aria-labelledby="entries-heading">
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
                />
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {visible.reduce((a, b) => a + b, 0) < data.entries.length ? (
        <button type="button" onClick={() => setShown({ month, all: true })}>
          {t('monthShowAll', String(data.entries.length))}
        </button>
      ) : null}
    </section>
  );
}
