import { useId, useRef, useState } from 'preact/hooks';
import { addMonths, isMonthKey } from '../core/month';
import type { MonthKey } from '../core/types';
import { t } from '../platform/i18n';
import { monthChoices, monthLabel } from '../ui/month-label';

/** The select's option that reveals the field for any month. */
const OTHER = 'other';
/** The earliest month a capture can be filed in: before it, a typo (0202 for 2020). */
export const FIRST_MONTH: MonthKey = '1990-01';
/** How far ahead a capture can be filed: a year after the current month. */
const MONTHS_AHEAD = 12;

/** `raw` as a month a capture can go to, or null: `YYYY-MM`, from FIRST_MONTH to a year ahead. */
export function parseOtherMonth(raw: string, current: MonthKey): MonthKey | null {
  const value = raw.trim();
  if (!isMonthKey(value)) return null;
  return value >= FIRST_MONTH && value <= addMonths(current, MONTHS_AHEAD) ? value : null;
}

interface MonthFieldProps {
  value: MonthKey;
  /** The current month in the author's time zone. */
  current: MonthKey;
  /** Months whose post is published: their options say so. */
  published: ReadonlySet<string>;
  onChange(month: MonthKey): void;
}

/**
 * The month a capture goes to: a short select (the last six months, this one,
 * the next) for speed, and "Other month…" revealing a month field for any
 * other (a late addition to a past post, an archive rebuilt). A valid month
 * typed there is taken at once and shows in the select; an invalid one is
 * refused with a message, and blocks submitting the form until corrected.
 * Firefox shows `type="month"` as a plain text field, hence the `YYYY-MM`
 * placeholder (`AAAA-MM` in French) and message.
 */
export function MonthField({ value, current, published, onChange }: MonthFieldProps) {
  const id = useId();
  const [other, setOther] = useState(false);
  const [error, setError] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const last = addMonths(current, MONTHS_AHEAD);
  const message = t('monthOtherInvalid', monthLabel(last));

  /** Shows the message, and returns true, when something typed is not a month. */
  const refuse = (field: HTMLInputElement): boolean => {
    // Chrome gives '' for a half-typed month, and flags it as badInput.
    const typed = field.value.trim() !== '' || field.validity?.badInput === true;
    const refused = typed && parseOtherMonth(field.value, current) === null;
    setError(refused);
    // The browser then refuses to submit the form, and says why.
    field.setCustomValidity(refused ? message : '');
    return refused;
  };

  return (
    <div class="field">
      <label for="month">{t('fieldMonth')}</label>
      <select
        id="month"
        ref={selectRef}
        value={value}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          if (chosen === OTHER) {
            // The select keeps showing the month in force; the field below
            // (next in the Tab order) takes another.
            e.currentTarget.value = value;
            setOther(true);
          } else {
            setOther(false);
            setError(false);
            onChange(chosen);
          }
        }}
      >
        {monthChoices(current, [value]).map((m) => (
          <option key={m} value={m}>
            {published.has(m) ? t('monthPublished', monthLabel(m)) : monthLabel(m)}
          </option>
        ))}
        <option value={OTHER}>{t('monthOther')}</option>
      </select>
      {other && (
        <>
          <label for={`${id}-other`}>{t('monthOtherField')}</label>
          <input
            id={`${id}-other`}
            type="month"
            min={FIRST_MONTH}
            max={last}
            placeholder={t('monthOtherPlaceholder')}
            autocomplete="off"
            aria-invalid={error}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => {
              // Taken as soon as it is a whole valid month; the message waits for
              // Enter or leaving the field, not to interrupt typing.
              const month = parseOtherMonth(e.currentTarget.value, current);
              if (month) {
                setError(false);
                e.currentTarget.setCustomValidity('');
                if (month !== value) onChange(month);
              }
            }}
            onBlur={(e) => refuse(e.currentTarget)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && refuse(e.currentTarget)) {
                // Neither Enter nor Ctrl+Enter saves under the previous month.
                e.preventDefault();
                e.stopPropagation();
              } else if (e.key === 'Escape') {
                // Escape gives up on another month (and leaves the popup open).
                e.stopPropagation();
                setOther(false);
                setError(false);
                selectRef.current?.focus();
              }
            }}
          />
          {error && (
            <span id={`${id}-error`} role="alert" class="hint error">
              {message}
            </span>
          )}
        </>
      )}
    </div>
  );
}
