// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import type { Settings } from '../core/types';
import { SettingsView } from './settings-view';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const SETTINGS: Settings = {
  ...TEST_SETTINGS,
  seriesName: 'Veille',
  postLanguage: 'en',
  timeZone: '',
};

function fields() {
  return {
    series: screen.getByRole('textbox', { name: 'Series name' }) as HTMLInputElement,
    language: screen.getByRole('combobox', { name: 'Post language' }) as HTMLSelectElement,
    timeZone: screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement,
    fallback: screen.getByRole('textbox', {
      name: 'Section for entries without a category',
    }) as HTMLInputElement,
    save: screen.getByRole('button', { name: 'Save settings' }),
  };
}

describe('SettingsView', () => {
  it('shows the current settings', () => {
    render(
      <SettingsView
        deps={fakeOptionsDeps()}
        settings={{ ...SETTINGS, fallbackSection: 'Autres' }}
      />,
    );
    const f = fields();
    expect(f.series.value).toBe('Veille');
    expect(f.language.value).toBe('en');
    expect(
      within(f.language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Français', 'English']);
    // Empty: the browser's zone.
    expect(f.timeZone.value).toBe('');
    expect(f.timeZone.placeholder).toMatch(/^This browser’s \(.+\)$/);
    expect(f.fallback.value).toBe('Autres');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('saves the edited series name and post language through deps.saveSettings', async () => {
    const deps = fakeOptionsDeps();
    render(<SettingsView deps={deps} settings={SETTINGS} />);
    const f = fields();
    fireEvent.input(f.series, { target: { value: 'Veille techno' } });
    fireEvent.change(f.language, { target: { value: 'fr' } });
    fireEvent.click(f.save);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
    expect(deps.saveSettings).toHaveBeenCalledTimes(1);
    expect(deps.saveSettings).toHaveBeenCalledWith({
      ...SETTINGS,
      seriesName: 'Veille techno',
      postLanguage: 'fr',
    });
  });

  it('saves the time zone and the fallback section', async () => {
    const deps = fakeOptionsDeps();
    render(<SettingsView deps={deps} settings={SETTINGS} />);
    const f = fields();
    fireEvent.input(f.timeZone, { target: { value: 'Europe/Paris' } });
    fireEvent.input(f.fallback, { target: { value: 'Divers' } });
    fireEvent.click(f.save);
    await waitFor(() => expect(deps.saveSettings).toHaveBeenCalled());
    expect(deps.saveSettings.mock.calls[0]?.[0]).toMatchObject({
      timeZone: 'Europe/Paris',
      fallbackSection: 'Divers',
      seriesName: 'Veille',
    });
  });

  it('shows the fallback section’s default for the post language', () => {
    render(<SettingsView deps={fakeOptionsDeps()} settings={SETTINGS} />);
    const f = fields();
    expect(f.fallback.placeholder).toBe('Misc');
    fireEvent.change(f.language, { target: { value: 'fr' } });
    expect(f.fallback.placeholder).toBe('Divers');
  });

  it('says when the settings could not be saved, and clears the message on the next edit', async () => {
    const deps = fakeOptionsDeps();
    deps.saveSettings.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    render(<SettingsView deps={deps} settings={SETTINGS} />);
    const f = fields();
    fireEvent.click(f.save);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The settings could not be saved.'),
    );
    fireEvent.input(f.series, { target: { value: 'Veille 2' } });
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(f.save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
  });

  it('keeps two quick edits in a row', async () => {
    const deps = fakeOptionsDeps();
    render(<SettingsView deps={deps} settings={SETTINGS} />);
    const f = fields();
    fireEvent.input(f.series, { target: { value: 'A' } });
    fireEvent.input(f.fallback, { target: { value: 'B' } });
    fireEvent.click(f.save);
    await waitFor(() => expect(deps.saveSettings).toHaveBeenCalled());
    expect(deps.saveSettings.mock.calls[0]?.[0]).toMatchObject({
      seriesName: 'A',
      fallbackSection: 'B',
    });
  });
});
