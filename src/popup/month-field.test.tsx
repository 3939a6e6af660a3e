// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../test/helpers/i18n';
import type { MonthKey } from '../core/types';
import { MonthField, parseOtherMonth } from './month-field';

afterEach(cleanup);

const CURRENT = '2019-03';
const REFUSED =
  'Not a month: type it as YYYY-MM (for example 2019-03), from January 1990 to March 2020.';

function setup(initial: MonthKey = CURRENT, published: string[] = []) {
  const onChange = vi.fn<(month: MonthKey) => void>();
  // As in the popup, whose form listens to keys: Escape closes it, Ctrl+Enter saves.
  const outerKeyDown = vi.fn<(event: KeyboardEvent) => void>();
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <form onKeyDown={outerKeyDown}>
        <MonthField
          value={value}
          current={CURRENT}
          published={new Set(published)}
          onChange={(month) => {
            onChange(month);
            setValue(month);
          }}
        />
        <button type="submit">Save</button>
      </form>
    );
  }
  render(<Harness />);
  const select = screen.getByRole('combobox', { name: 'Month' }) as HTMLSelectElement;
  return { select, onChange, outerKeyDown };
}

function chooseOther(select: HTMLSelectElement): HTMLInputElement {
  fireEvent.change(select, { target: { value: 'other' } });
  return screen.getByLabelText('Other month') as HTMLInputElement;
}

/**
 * The field as Firefox shows it, a text box where anything can be typed:
 * happy-dom, like Chrome's month control, only ever yields a whole month and
 * empties it when out of min/max.
 */
function asFirefoxTextBox(field: HTMLInputElement): HTMLInputElement {
  field.type = 'text';
  return field;
}

function optionLabels(select: HTMLSelectElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('parseOtherMonth', () => {
  it('takes YYYY-MM from January 1990 to a year after the current month', () => {
    expect(parseOtherMonth('2014-07', CURRENT)).toBe('2014-07');
    expect(parseOtherMonth(' 1990-01 ', CURRENT)).toBe('1990-01');
    expect(parseOtherMonth('2020-03', CURRENT)).toBe('2020-03');
  });

  it('refuses anything else', () => {
    for (const raw of [
      '',
      'abc',
      '2019-13',
      '2019-00',
      '2019-3',
      '19-03',
      '2019/03',
      '03-2019',
      '1989-12',
      '0202-03',
      '2020-04',
      '12019-03',
    ]) {
      expect(parseOtherMonth(raw, CURRENT), raw).toBeNull();
    }
  });
});

describe('MonthField', () => {
  it('offers the last six months, this one, the next, then "Other month…"', () => {
    const { select } = setup(CURRENT, ['2019-02']);
    expect(select.value).toBe(CURRENT);
    expect(optionLabels(select)).toEqual([
      'April 2019',
      'March 2019',
      'February 2019 (published)',
      'January 2019',
      'December 2018',
      'November 2018',
      'October 2018',
      'September 2018',
      'Other month…',
    ]);
    expect(screen.queryByLabelText('Other month')).toBeNull();
  });

  it('reveals a labelled month field on "Other month…", the select keeping the month in force', () => {
    const { select, onChange } = setup();
    const other = chooseOther(select);
    expect(other.type).toBe('month');
    expect(other.min).toBe('1990-01');
    expect(other.max).toBe('2020-03');
    // What Firefox, which shows a text box, needs to know, in the UI's language.
    expect(other.placeholder).toBe(en('monthOtherPlaceholder'));
    expect(select.value).toBe(CURRENT);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes a typed older month at once, and shows it in the select', () => {
    const { select, onChange } = setup();
    const other = chooseOther(select);
    fireEvent.input(other, { target: { value: '2014-07' } });
    expect(onChange).toHaveBeenLastCalledWith('2014-07');
    expect(select.value).toBe('2014-07');
    expect(within(select).getByRole('option', { name: 'July 2014', selected: true })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(other.validity.valid).toBe(true);
  });

  it('shows a month given from outside the short list in the select', () => {
    const { select } = setup('2001-09');
    expect(select.value).toBe('2001-09');
    expect(optionLabels(select)).toContain('September 2001');
  });

  it('refuses a month out of range with a message, and keeps the month in force', () => {
    const { select, onChange } = setup();
    const other = asFirefoxTextBox(chooseOther(select));
    for (const raw of ['0202-03', '1989-12', '2020-04', '2019-13', 'march 2014']) {
      fireEvent.input(other, { target: { value: raw } });
      fireEvent.blur(other);
      expect(screen.getByRole('alert').textContent, raw).toBe(REFUSED);
      expect(other.getAttribute('aria-invalid')).toBe('true');
      expect(other.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
      // The browser will not submit the form, and says why.
      expect(other.validationMessage).toBe(REFUSED);
    }
    expect(onChange).not.toHaveBeenCalled();
    expect(select.value).toBe(CURRENT);
    // Correcting it takes it and clears the message.
    fireEvent.input(other, { target: { value: '2018-05' } });
    expect(onChange).toHaveBeenLastCalledWith('2018-05');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(other.getAttribute('aria-invalid')).toBe('false');
    expect(other.validationMessage).toBe('');
  });

  it('refuses a half-typed month (the browser reports bad input)', () => {
    const { select, onChange } = setup();
    const other = chooseOther(select);
    Object.defineProperty(other, 'validity', { value: { badInput: true } });
    fireEvent.blur(other);
    expect(screen.getByRole('alert').textContent).toBe(REFUSED);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says nothing about an empty field', () => {
    const { select } = setup();
    const other = chooseOther(select);
    fireEvent.blur(other);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hides the field when a listed month is chosen again', () => {
    const { select, onChange } = setup();
    const other = asFirefoxTextBox(chooseOther(select));
    fireEvent.input(other, { target: { value: '0202-03' } });
    fireEvent.blur(other);
    fireEvent.change(select, { target: { value: '2019-01' } });
    expect(onChange).toHaveBeenLastCalledWith('2019-01');
    expect(screen.queryByLabelText('Other month')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('MonthField with the keyboard alone', () => {
  it('puts the revealed field right after the select in the Tab order', () => {
    const { select } = setup();
    const other = chooseOther(select);
    const focusable = [...document.querySelectorAll<HTMLElement>('select, input, button')].filter(
      (el) => el.tabIndex >= 0,
    );
    expect(focusable.indexOf(other)).toBe(focusable.indexOf(select) + 1);
    other.focus();
    expect(document.activeElement).toBe(other);
  });

  it('lets Enter save with a valid month, and stops Enter and Ctrl+Enter on an invalid one', () => {
    const { select, outerKeyDown, onChange } = setup();
    const other = asFirefoxTextBox(chooseOther(select));
    fireEvent.input(other, { target: { value: '1989-12' } });
    expect(fireEvent.keyDown(other, { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(other, { key: 'Enter', ctrlKey: true })).toBe(false);
    expect(outerKeyDown).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(REFUSED);

    fireEvent.input(other, { target: { value: '2016-11' } });
    expect(onChange).toHaveBeenLastCalledWith('2016-11');
    expect(fireEvent.keyDown(other, { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(outerKeyDown).toHaveBeenCalledTimes(1);
  });

  it('gives up on another month with Escape, back on the select, the popup left open', () => {
    const { select, outerKeyDown, onChange } = setup();
    const other = chooseOther(select);
    other.focus();
    fireEvent.keyDown(other, { key: 'Escape' });
    expect(screen.queryByLabelText('Other month')).toBeNull();
    expect(document.activeElement).toBe(select);
    expect(outerKeyDown).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(select.value).toBe(CURRENT);
  });
});
