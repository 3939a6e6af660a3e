import { moveItem } from '../core/move';
import { groupIntoSections } from '../core/post';
import type { Entry, MonthKey, Settings } from '../core/types';
import { entriesOfMonth, setEntryOrder } from '../db/entries';
import { getMonth } from '../db/months';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import { EntryItem } from './entry-item';
import type { OptionsDeps } from './options-deps';
import { removeEntry } from './remove-entry';

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
  const data = useLiveQuery(
    async () => ({
      entries: await entriesOfMonth(deps.db, month),
      record: await getMonth(deps.db, month),
    }),
    [month],
  );
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  if (data.entries.length === 0) return <p class="hint">{t('noEntries')}</p>;

  const { record } = data;
  const sections = groupIntoSections(data.entries, record, settings);
  const published = new Set(record.publishedEntryIds);
  const move = (entries: Entry[], index: number, delta: number) => {
    const ids = moveItem(
      entries.map((entry) => entry.id),
      index,
      delta,
    );
    void setEntryOrder(deps.db, ids, deps.now());
  };

  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('entriesCount', String(data.entries.length))}</h2>
      {sections.map((section) => (
        <section key={section.name} aria-label={section.name}>
          <h3>{section.name}</h3>
          <ul class="entries">
            {section.entries.map((entry, i) => (
              <EntryItem
                key={entry.id}
                entry={entry}
                isNew={record.publishedAt !== null && !published.has(entry.id)}
                editorUrl={deps.editorUrl(entry.id)}
                onDelete={() => void removeEntry(deps, entry, settings.timeZone)}
                onMoveUp={i > 0 ? () => move(section.entries, i, -1) : undefined}
                onMoveDown={
                  i < section.entries.length - 1 ? () => move(section.entries, i, 1) : undefined
                }
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
