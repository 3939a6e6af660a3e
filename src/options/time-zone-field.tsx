import { useId, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Lower case, `_` and runs of spaces as one space: "new york" finds America/New_York. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** The zones whose name contains `query` (any case, `_` as a space), the browser's first. */
export function filterTimeZones(
  query: string,
  zones: readonly string[],
  browserZone: string,
): string[] {
  const wanted = fold(query);
  // The browser's zone may be missing from the list (UTC in some runtimes).
  const ordered = [browserZone, ...zones.filter((zone) => zone !== browserZone)];
  return wanted === '' ? ordered : ordered.filter((zone) => fold(zone).includes(wanted));
}

/**
 * The time zone `raw` names, spelled as the runtime spells it ("europe/paris"
 * is Europe/Paris); '' for an empty field (the browser's zone); null when
 * it names none.
 */
export function parseTimeZone(raw: string, zones: readonly string[] = TIME_ZONES): string | null {
  const typed = raw.trim();
  if (typed === '') return '';
  const listed = zones.find((zone) => zone.toLowerCase() === typed.toLowerCase());
  if (listed) return listed;
  try {
    // Aliases the list leaves out (UTC, Asia/Calcutta) are zones all the same.
    return new Intl.DateTimeFormat(undefined, { timeZone: typed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

interface TimeZoneFieldProps {
  /** An IANA zone, or '' for the browser's own. */
  value: string;
  onChange(timeZone: string): void;
  /** For tests: the runtime's zones and its own zone by default. */
  zones?: readonly string[];
  browserZone?: string;
}

/**
 * The time zone setting: a text field to type a zone into, with the zones
 * matching what is typed (the browser's first) offered by a native
 * `<datalist>`, which Chrome and Firefox both show and announce as a
 * combobox and both drive with the keyboard. A valid zone is taken at once;
 * anything else is refused with a message, and the browser will not submit
 * the form while it stands. Empty means the browser's zone, wherever it is.
 */
export function TimeZoneField({
  value,
  onChange,
  zones = TIME_ZONES,
  browserZone = BROWSER_ZONE,
}: TimeZoneFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [refused, setRefused] = useState(false);
  const listId = `${id}-zones`;
  const message = t('settingTimeZoneInvalid', text.trim());

  /** Shows the message, and returns true, when the field names no zone; else tidies its spelling. */
  const refuse = (field: HTMLInputElement): boolean => {
    const zone = parseTimeZone(field.value, zones);
    setRefused(zone === null);
    if (zone !== null && zone !== field.value) setText(zone);
    return zone === null;
  };

  return (
    <div class="field">
      <label for="time-zone">{t('settingTimeZone')}</label>
      <input
        id="time-zone"
        type="text"
        list={listId}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('settingTimeZoneBrowser', browserZone)}
        aria-invalid={refused}
        aria-describedby={refused ? `${id}-error ${id}-hint` : `${id}-hint`}
        value={text}
        onInput={(e) => {
          const field = e.currentTarget;
          setText(field.value);
          const zone = parseTimeZone(field.value, zones);
          // The browser refuses to submit the form with this message on it.
          field.setCustomValidity(
            zone === null ? t('settingTimeZoneInvalid', field.value.trim()) : '',
          );
          if (zone === null) return;
          setRefused(false);
          if (zone !== value) onChange(zone);
        }}
        onBlur={(e) => refuse(e.currentTarget)}
        onInvalid={() => setRefused(true)}
        onKeyDown={(e) => {
          // Enter saves the settings, but not with a zone that is none.
          if (e.key === 'Enter' && refuse(e.currentTarget)) e.preventDefault();
        }}
      />
      <datalist id={listId}>
        {filterTimeZones(text, zones, browserZone).map((zone) => (
          <option key={zone} value={zone}>
            {zone === browserZone ? t('settingTimeZoneBrowser', zone) : undefined}
          </option>
        ))}
      </datalist>
      <span id={`${id}-hint`} class="hint">
        {t('settingTimeZoneHint', browserZone)}
      </span>
      {refused && (
        <span id={`${id}-error`} role="alert" class="error">
          {message}
        </span>
      )}
    </div>
  );
}
