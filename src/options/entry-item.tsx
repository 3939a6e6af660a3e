import { useRef } from 'preact/hooks';
import type { Entry } from '../core/types';
import { isHttpUrl } from '../core/url';
import { t } from '../platform/i18n';
import { MoveButtons } from '../ui/move-buttons';

interface EntryItemProps {
  entry: Entry;
  /** Added after the month was marked as published. */
  isNew: boolean;
  /** Shown where entries of several months are listed (search results). */
  monthLabel?: string;
  editorUrl: string;
  onDelete(): void;
  /** Absent for the first entry of its section. */
  onMoveUp: (() => void) | undefined;
  /** Absent for the last entry of its section. */
  onMoveDown: (() => void) | undefined;
  /** The entry's checkbox in the library's selection (bulk-bar.tsx). */
  selection?: { selected: boolean; onToggle(range: boolean): void };
}

/** One entry of the library (under its section's heading): link, tags, date, note, actions. */
export function EntryItem({
  entry,
  isNew,
  monthLabel,
  editorUrl,
  onDelete,
  onMoveUp,
  onMoveDown,
  selection,
}: EntryItemProps) {
  const titleId = `entry-title-${entry.id}`;
  // Whether the Space that will click the checkbox was pressed with Shift.
  const shiftSpace = useRef(false);
  return (
    <li class="entry">
      {selection && (
        <input
          type="checkbox"
          class="entry-select"
          aria-label={t('select')}
          aria-describedby={titleId}
          checked={selection.selected}
          // Shift+Space is the keyboard's shift-click; Firefox's click from Space has no shiftKey.
          onKeyDown={(e) => {
            if (e.key === ' ') shiftSpace.current = e.shiftKey;
          }}
          onClick={(e) => {
            selection.onToggle(e.shiftKey || shiftSpace.current);
            shiftSpace.current = false;
          }}
        />
      )}
      {/* Only web links are clickable: a stored URL is page data, not trusted. */}
      {isHttpUrl(entry.url) ? (
        <a
          href={entry.url}
          target="_blank"
          rel="noreferrer noopener"
          class="entry-title"
          id={titleId}
          dir="auto"
        >
          {entry.title}
        </a>
      ) : (
        <span class="entry-title" id={titleId} dir="auto">
          {entry.title}
        </span>
      )}
      <div class="entry-meta">
        {isNew && <span class="badge">{t('newEntry')}</span>}
        {monthLabel && <span>{monthLabel}</span>}
        {entry.tags.length > 0 && <span>{entry.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        <span>{new Date(entry.capturedAt).toLocaleDateString()}</span>
      </div>
      {entry.note && (
        <p class="entry-note" dir="auto">
          {entry.note}
        </p>
      )}
      <div class="entry-actions">
        <a href={editorUrl} target="_blank" rel="noopener" aria-label={t('editEntry', entry.title)}>
          {t('edit')}
        </a>
        {(onMoveUp || onMoveDown) && (
          <MoveButtons
            upLabel={t('moveEntryUp', entry.title)}
            downLabel={t('moveEntryDown', entry.title)}
            onUp={onMoveUp}
            onDown={onMoveDown}
          />
        )}
        <button
          type="button"
          class="danger"
          aria-label={t('deleteEntry', entry.title)}
          onClick={onDelete}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
