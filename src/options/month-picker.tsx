import type { MonthKey } from '../core/types';
import { t } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';

interface MonthPickerProps {
  value: MonthKey;
  months: MonthKey[];
  published?: Set<MonthKey>;
  onChange(month: MonthKey): void;
}

/** The `Month` control of the options page, marking months already published. */
export function MonthPicker({ value, months, published, onChange }: MonthPickerProps) {
  const choices = [...new Set([value, ...months])].sort().reverse();
  return (
    <div class="field inline">
      <label for="month">{t('fieldMonth')}</label>
      <select id="month" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {choices.map((m) => (
          <option key={m} value={m}>
            {published?.has(m) ? t('monthPublished', monthLabel(m)) : monthLabel(m)}
          </option>
        ))}
      </select>
    </div>
  );
}
