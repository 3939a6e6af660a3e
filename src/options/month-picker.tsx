import type { MonthKey, PublishedTo } from '../core/types';
import { t, uiLanguage } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';

interface MonthPickerProps {
  value: MonthKey;
  months: MonthKey[];
  published?: Set<MonthKey>;
  /** Where Veille committed each month's post; the selected month's place is shown under the picker. */
  places?: ReadonlyMap<MonthKey, PublishedTo>;
  onChange(month: MonthKey): void;
}

/** The `Month` control of the options page, marking months already published, and where. */
export function MonthPicker({ value, months, published, places, onChange }: MonthPickerProps) {
  const choices = [...new Set([value, ...months])].sort().reverse();
  const place = places?.get(value);
  return (
    <div class="field inline">
      <label for="month">{t('fieldMonth')}</label>
      <select
        id="month"
        value={value}
        aria-describedby={place ? 'month-place' : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {choices.map((m) => (
          <option key={m} value={m}>
            {published?.has(m) ? t('monthPublished', monthLabel(m)) : monthLabel(m)}
          </option>
        ))}
      </select>
      {place && (
        <p id="month-place" class="hint">
          {t(
            'monthPublishedTo',
            new Date(place.at).toLocaleDateString(uiLanguage(), { dateStyle: 'long' }),
            place.branch,
            place.path,
          )}
        </p>
      )}
    </div>
  );
}
