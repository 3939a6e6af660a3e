// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { OptionsApp } from './app';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await deleteTestDbs();
});

describe('OptionsApp: entries of a month', () => {
  it('opens on the current month, marks published months and switches month', async () => {
    const deps = fakeOptionsDeps(); // now: March 2019, UTC
    await seedEntry(deps.db, { url: 'https://example.org/m', title: 'March entry' });
    await seedEntry(deps.db, {
      url: 'https://example.org/j',
      title: 'January entry',
      monthKey: '2019-01',
    });
    await deps.writer.markPublished('2019-01', []);
    render(<OptionsApp deps={deps} />);

    expect(await screen.findByRole('link', { name: 'March entry' })).toBeTruthy();
    const month = screen.getByRole('combobox', { name: 'Month' }) as HTMLSelectElement;
    expect(month.value).toBe('2019-03');
    await waitFor(() =>
      expect(
        within(month)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['March 2019', 'January 2019 (published)']),
    );

    fireEvent.change(month, { target: { value: '2019-01' } });
    expect(await screen.findByRole('link', { name: 'January entry' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'March entry' })).toBeNull();
  });

  it('adds a month to the picker when its first entry is captured', async () => {
    const deps = fakeOptionsDeps();
    render(<OptionsApp deps={deps} />);
    const month = (await screen.findByRole('combobox', { name: 'Month' })) as HTMLSelectElement;
    await screen.findByText(/^No entries this month yet\./);
    await seedEntry(deps.db, {
      url: 'https://example.org/f',
      title: 'February',
      monthKey: '2019-02',
    });
    await waitFor(() =>
      expect(within(month).getByRole('option', { name: 'February 2019' })).toBeTruthy(),
    );
  });

  it('shows the settings view from #settings', async () => {
    location.hash = '#settings';
    render(<OptionsApp deps={fakeOptionsDeps({ settings: { seriesName: 'Ma veille' } })} />);
    const series = (await screen.findByRole('textbox', {
      name: 'Series name',
    })) as HTMLInputElement;
    expect(series.value).toBe('Ma veille');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
