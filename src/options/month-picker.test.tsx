// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MonthPicker } from './month-picker';

afterEach(cleanup);

function options(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
}

describe('MonthPicker', () => {
  it('offers the months with entries and the current one, newest first', () => {
    render(<MonthPicker value="2019-02" months={['2019-01', '2019-03']} onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Month' }) as HTMLSelectElement;
    expect(options(select)).toEqual(['March 2019', 'February 2019', 'January 2019']);
    expect(select.value).toBe('2019-02');
    expect(
      within(select).getByRole('option', { name: 'February 2019', selected: true }),
    ).toBeTruthy();
  });

  it('lists the current month once when it has entries', () => {
    render(<MonthPicker value="2019-03" months={['2019-03', '2019-01']} onChange={() => {}} />);
    expect(options(screen.getByRole('combobox', { name: 'Month' }))).toEqual([
      'March 2019',
      'January 2019',
    ]);
  });

  it('marks the published months', () => {
    render(
      <MonthPicker
        value="2019-03"
        months={['2019-03', '2019-02', '2019-01']}
        published={new Set(['2019-01', '2019-03'])}
        onChange={() => {}}
      />,
    );
    expect(options(screen.getByRole('combobox', { name: 'Month' }))).toEqual([
      'March 2019 (published)',
      'February 2019',
      'January 2019 (published)',
    ]);
  });

  it('says where and when the selected month was published, and only for it', () => {
    const at = Date.UTC(2026, 10, 30, 12);
    const places = new Map([
      [
        '2019-03',
        {
          repository: 'https://git.example.org/me/blog.git',
          branch: 'veille/2019-03',
          path: 'content/posts/2019-03-31-veille.md',
          commit: 'a'.repeat(40),
          at,
        },
      ],
    ]);
    const props = {
      months: ['2019-03', '2019-01'],
      published: new Set(['2019-01', '2019-03']),
      places,
      onChange: () => {},
    };
    const { rerender } = render(<MonthPicker value="2019-03" {...props} />);
    const select = screen.getByRole('combobox', { name: 'Month' });
    expect(options(select)).toEqual(['March 2019 (published)', 'January 2019 (published)']);
    const day = new Date(at).toLocaleDateString('en', { dateStyle: 'long' });
    const line = `Published on ${day} to branch veille/2019-03 (content/posts/2019-03-31-veille.md).`;
    expect(screen.getByText(line)).toBeTruthy();
    expect(select.getAttribute('aria-describedby')).toBe(screen.getByText(line).id);

    // January was marked as published by hand: no place to show.
    rerender(<MonthPicker value="2019-01" {...props} />);
    expect(screen.queryByText(/^Published on/)).toBeNull();
    expect(
      screen.getByRole('combobox', { name: 'Month' }).getAttribute('aria-describedby'),
    ).toBeNull();
  });

  it('reports the chosen month', () => {
    const onChange = vi.fn();
    render(<MonthPicker value="2019-03" months={['2019-03', '2019-01']} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Month' }), {
      target: { value: '2019-01' },
    });
    expect(onChange).toHaveBeenCalledWith('2019-01');
  });
});
