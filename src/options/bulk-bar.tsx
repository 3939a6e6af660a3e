import { useEffect, useRef, useState } from 'preact/hooks';
import type { BulkEdit } from '../core/curation';
import { isMonthKey } from '../core/month';
import type { EntryId } from '../core/types';
import { t } from '../platform/i18n';
import { BulkSuggestions } from './bulk-suggestions';
import { curationFailureMessage } from './curation-messages';
import type { OptionsDeps } from './options-deps';
import type { EntrySelection } from './use-selection';

interface Notice {
  text: string;
  /** The entries a delete removed, for Undo. */
  deleted?: EntryId[];
}

/**
 * The library's bulk bar: select all, the count, and what can be done to the
 * selected entries at once. Each action is one write through the writer
 * (one transaction): on failure nothing changed, and the bar says so.
 */
export function BulkBar({ deps, selection }: { deps: OptionsDeps; selection: EntrySelection }) {
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [month, setMonth] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The number of entries a write under way changes, said until it is done.
  const [working, setWorking] = useState<number | null>(null);
  const count = selection.ids.length;
  // After a delete the bulk controls are gone: the keyboard lands on Undo.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.deleted?.length) undo.current?.focus();
  }, [notice]);

  // One bulk write at a time: a second click meanwhile is ignored.
  const writing = useRef(false);
  const run = async (ids: EntryId[], edit: BulkEdit) => {
    if (writing.current) return;
    writing.current = true;
    setWorking(ids.length);
    try {
      const { entryIds } = await deps.writer.bulkEdit(ids, edit);
      setFailure(null);
      const n = String(entryIds.length);
      if (edit.kind === 'delete') {
        selection.clear();
        setNotice({ text: t('bulkDeleted', n), deleted: entryIds });
      } else {
        setNotice({ text: t(edit.kind === 'restore' ? 'bulkRestored' : 'bulkChanged', n) });
      }
    } catch (error) {
      setNotice(null);
      setFailure(curationFailureMessage(error));
    } finally {
      writing.current = false;
      setWorking(null);
    }
  };
  const refuse = (message: string) => {
    setNotice(null);
    setFailure(message);
  };
  const withTag = (kind: 'add-tag' | 'remove-tag') => {
    if (tag.trim() === '') return refuse(t('bulkNeedTag'));
    void run(selection.ids, { kind, tag });
  };
  const toMonth = () => {
    const monthKey = month.trim();
    if (!isMonthKey(monthKey)) return refuse(t('bulkBadMonth'));
    void run(selection.ids, { kind: 'move-to-month', monthKey });
  };

  return (
    <section
      class="bulk-bar"
      aria-label={t('bulkActions')}
      aria-busy={working === null ? undefined : true}
    >
      <div class="bulk-row">
        <button type="button" onClick={selection.selectAll}>
          {t('selectAll')}
        </button>
        {count > 0 && (
          <button type="button" onClick={selection.clear}>
            {t('clearSelection')}
          </button>
        )}
        <span aria-live="polite">{t('selectedCount', String(count))}</span>
      </div>
      {count > 0 && (
        <div class="bulk-row">
          <form
            class="bulk-action"
            onSubmit={(e) => {
              e.preventDefault();
              void run(selection.ids, { kind: 'set-category', category });
            }}
          >
            <label for="bulk-category">{t('bulkCategory')}</label>
            <input
              id="bulk-category"
              list="bulk-categories"
              value={category}
              onInput={(e) => setCategory(e.currentTarget.value)}
            />
            <button type="submit">{t('setCategory')}</button>
          </form>
          <form
            class="bulk-action"
            onSubmit={(e) => {
              e.preventDefault();
              withTag('add-tag');
            }}
          >
            <label for="bulk-tag">{t('bulkTag')}</label>
            <input
              id="bulk-tag"
              list="bulk-tags"
              value={tag}
              onInput={(e) => setTag(e.currentTarget.value)}
            />
            <button type="submit">{t('addTagBulk')}</button>
            <button type="button" onClick={() => withTag('remove-tag')}>
              {t('removeTagBulk')}
            </button>
          </form>
          <form
            class="bulk-action"
            onSubmit={(e) => {
              e.preventDefault();
              toMonth();
            }}
          >
            <label for="bulk-month">{t('bulkMonth')}</label>
            <input
              id="bulk-month"
              inputMode="numeric"
              value={month}
              onInput={(e) => setMonth(e.currentTarget.value)}
            />
            <button type="submit">{t('moveToMonth')}</button>
          </form>
          <button
            type="button"
            class="danger"
            onClick={() => void run(selection.ids, { kind: 'delete' })}
          >
            {t('deleteSelected')}
          </button>
        </div>
      )}
      {count > 0 && <BulkSuggestions db={deps.db} />}
      {failure && (
        <p role="alert" class="message error">
          {failure}
        </p>
      )}
      {working !== null ? (
        <p role="status" class="message">
          {t('bulkWorking', String(working))}
        </p>
      ) : (
        notice && (
          <p role="status" class="message">
            {notice.text}
            {notice.deleted && notice.deleted.length > 0 && (
              <>
                {' '}
                <button
                  type="button"
                  ref={undo}
                  onClick={() => void run(notice.deleted ?? [], { kind: 'restore' })}
                >
                  {t('undo')}
                </button>
              </>
            )}
          </p>
        )
      )}
    </section>
  );
}
