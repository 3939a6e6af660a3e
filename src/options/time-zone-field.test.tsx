// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterTimeZones, parseTimeZone, TimeZoneField } from './time-zone-field';

afterEach(cleanup);

const ZONES = Intl.supportedValuesOf('timeZone');
const INVALID =
  '“Europe/Pariss” is not a time zone: choose one from the list, or leave the field empty for this browser’s.';

function setup({ value = '', browserZone = 'Asia/Tokyo' } = {}) {
  const onChange = vi.fn<(zone: string) => void>();
  const onSubmit = vi.fn((event: Event) => event.preventDefault());
  function Harness() {
    const [zone, setZone] = useState(value);
    return (
      <form onSubmit={onSubmit}>
        <TimeZoneField
          value={zone}
          browserZone={browserZone}
          onChange={(next) => {
            onChange(next);
            setZone(next);
          }}
        />
        <button type="submit">Save settings</button>
      </form>
    );
  }
  render(<Harness />);
  const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;
  return { input, onChange, onSubmit };
}

/** The zones the field's datalist offers, in order. */
function offered(input: HTMLInputElement): string[] {
  const list = document.getElementById(input.getAttribute('list') ?? '');
  return [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
}

function type(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

describe('filterTimeZones', () => {
  it('puts the browser’s zone first, then the others in order', () => {
    expect(filterTimeZones('', ['Africa/Abidjan', 'Europe/Paris', 'UTC'], 'Europe/Paris')).toEqual([
      'Europe/Paris',
      'Africa/Abidjan',
      'UTC',
    ]);
    // Even when the runtime's list leaves it out.
    expect(filterTimeZones('', ['Africa/Abidjan'], 'UTC')).toEqual(['UTC', 'Africa/Abidjan']);
  });

  it('finds a zone by any part of its name, any case, with spaces for underscores', () => {
    expect(filterTimeZones('paris', ZONES, 'UTC')).toEqual(['Europe/Paris']);
    expect(filterTimeZones('New York', ZONES, 'UTC')).toEqual(['America/New_York']);
    expect(filterTimeZones('  new_york ', ZONES, 'UTC')).toEqual(['America/New_York']);
    const america = filterTimeZones('AMERICA/', ZONES, 'UTC');
    expect(america.length).toBeGreaterThan(50);
    expect(america.every((zone) => zone.startsWith('America/'))).toBe(true);
    expect(filterTimeZones('zzz', ZONES, 'UTC')).toEqual([]);
  });
});

describe('parseTimeZone', () => {
  it('takes a known zone in the runtime’s spelling, and empty for the browser’s', () => {
    expect(parseTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(parseTimeZone(' europe/paris ')).toBe('Europe/Paris');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(parseTimeZone('')).toBe('');
    expect(parseTimeZone('   ')).toBe('');
  });

  it('refuses what names no zone', () => {
    for (const raw of ['Europe/Pariss', 'Paris', 'Mars/Olympus_Mons', 'GMT+25', '<script>']) {
      expect(parseTimeZone(raw), raw).toBeNull();
    }
  });
});

describe('TimeZoneField', () => {
  it('is a labelled combobox, empty for the browser’s zone, and says how to use it', () => {
    const { input } = setup();
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('This browser’s (Asia/Tokyo)');
    expect(
      screen.getByRole('combobox', {
        name: 'Time zone',
        description:
          'Type to search, for example Paris or New York. Left empty: this browser’s time zone, Asia/Tokyo.',
      }),
    ).toBe(input);
  });

  it('offers every zone, the browser’s first (the runtime’s own by default)', () => {
    const { input } = setup();
    expect(offered(input)[0]).toBe('Asia/Tokyo');
    expect(new Set(offered(input))).toEqual(new Set(ZONES));
    cleanup();
    render(<TimeZoneField value="" onChange={() => undefined} />);
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const field = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement;
    expect(offered(field)[0]).toBe(own);
  });

  it('filters the offered zones as one types', () => {
    const { input } = setup();
    type(input, 'new y');
    expect(offered(input)).toEqual(['America/New_York']);
    type(input, 'europe/');
    expect(offered(input)).toContain('Europe/Paris');
    expect(offered(input).every((zone) => zone.startsWith('Europe/'))).toBe(true);
    // The browser's zone first, even among others that match.
    type(input, 'tok');
    expect(offered(input)).toEqual(['Asia/Tokyo', 'Antarctica/Vostok', 'Asia/Vladivostok']);
  });

  it('takes a valid zone at once, in the runtime’s spelling once the field is left', () => {
    const { input, onChange } = setup();
    type(input, 'europe/paris');
    expect(onChange).toHaveBeenLastCalledWith('Europe/Paris');
    fireEvent.blur(input);
    expect(input.value).toBe('Europe/Paris');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses an unknown zone with a message, keeps the last valid one, and blocks the form', () => {
    const { input, onChange } = setup({ value: 'Europe/Berlin' });
    expect(input.value).toBe('Europe/Berlin');
    type(input, 'Europe/Pariss');
    expect(onChange).not.toHaveBeenCalled();
    // No message while typing…
    expect(screen.queryByRole('alert')).toBeNull();
    // …but the browser will not submit the form.
    expect(input.validationMessage).toBe(INVALID);
    act(() => {
      expect((input.form as HTMLFormElement).checkValidity()).toBe(false);
    });
    fireEvent.blur(input);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(INVALID);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);

    type(input, 'Europe/Paris');
    expect(onChange).toHaveBeenLastCalledWith('Europe/Paris');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.validationMessage).toBe('');
  });

  it('shows the message when the form is submitted with an unknown zone', () => {
    const { input } = setup();
    type(input, 'Europe/Pariss');
    fireEvent.invalid(input);
    expect(screen.getByRole('alert').textContent).toBe(INVALID);
  });

  it('goes back to the browser’s zone when emptied', () => {
    const { input, onChange } = setup({ value: 'Europe/Paris' });
    type(input, '');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(input.validationMessage).toBe('');
  });
});

describe('TimeZoneField with the keyboard alone', () => {
  it('is in the Tab order, and Enter saves a valid zone but not an unknown one', () => {
    const { input } = setup();
    expect(input.tabIndex).toBe(0);
    input.focus();
    expect(document.activeElement).toBe(input);
    type(input, 'Europe/Pariss');
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe(INVALID);
    type(input, 'asia/tokyo');
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(true);
    expect(input.value).toBe('Asia/Tokyo');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
