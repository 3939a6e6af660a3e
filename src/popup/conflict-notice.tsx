import type { EditField } from '../core/edit-merge';
import type { Entry } from '../core/types';
import { type MessageKey, t } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';

const FIELD_LABEL: Record<EditField, MessageKey> = {
  title: 'fieldTitle',
  url: 'fieldUrl',
  note: 'fieldNote',
  tags: 'fieldTags',
  category: 'fieldCategory',
  monthKey: 'fieldMonth',
};

function storedValue(stored: Entry, field: EditField): string {
  if (field === 'tags') return stored.tags.join(', ');
  if (field === 'monthKey') return monthLabel(stored.monthKey);
  return stored[field];
}

/**
 * The entry was changed elsewhere (another window, the context menu) in
 * fields edited here too. Nothing was written: the stored values are shown
 * beside the form, which keeps what the author typed; saving again replaces them.
 */
export function ConflictNotice({ stored, fields }: { stored: Entry; fields: EditField[] }) {
  return (
    <>
      {t('conflictChangedElsewhere')}
      <dl class="conflict">
        {fields.map((field) => (
          <div key={field}>
            <dt>{t(FIELD_LABEL[field])}</dt>
            <dd dir="auto">{storedValue(stored, field)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
