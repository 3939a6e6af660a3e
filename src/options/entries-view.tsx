import type { Entry, MonthKey } from '../core/types';
import { deleteEntry, entriesOfMonth } from '../db/entries';
import { t } from '../ui/i18n';
import { useLiveQuery } from '../ui/use-live-query';
import type { OptionsDeps } from './options-deps';

/** The month's entries, live: a capture in the popup appears here at once. */
export function EntriesView({
  deps,
  month,
  timeZone,
}: {
  deps: OptionsDeps;
  month: MonthKey;
  timeZone: string;
}) {
  const entries = useLiveQuery(() => entriesOfMonth(deps.db, month), [month]);
  if (!entries) return <p aria-busy="true">{t('loading')}</p>;
  if (entries.length === 0) return <p class="hint">{t('noEntries')}</p>;
  const remove = async (entry: Entry) => {
    await deleteEntry(deps.db, entry.id, deps.now());
    void deps.refreshBadge(timeZone);
  };
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('entriesCount', String(entries.length))}</h2>
      <ul class="entries" aria-label={t('entriesList')}>
        {entries.map((entry) => (
          <li key={entry.id} class="entry">
            <a href={entry.url} target="_blank" rel="noreferrer noopener" class="entry-title">
              {entry.title}
            </a>
            <div class="entry-meta">
              <span>{entry.category || t('noCategory')}</span>
              {entry.tags.length > 0 && <span>{entry.tags.map((tag) => `#${tag}`).join(' ')}</span>}
              <span>{new Date(entry.capturedAt).toLocaleDateString()}</span>
            </div>
            {entry.note && <p class="entry-note">{entry.note}</p>}
            <div class="entry-actions">
              <a
                href={deps.editorUrl(entry.id)}
                target="_blank"
                rel="noopener"
                aria-label={t('editEntry', entry.title)}
              >
                {t('edit')}
              </a>
              <button
                type="button"
                class="danger"
                aria-label={t('deleteEntry', entry.title)}
                onClick={() => remove(entry)}
              >
                {t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
