import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { inputValueOf, shown, textOf } from './expect';
import { useE2eSession } from './session';

const e2e = useE2eSession();

describe('settings', () => {
  it('finds a time zone by typing, refuses one that is none, and saves a valid one', async () => {
    const options = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#settings`,
    );
    const zone = options.getByRole('combobox', { name: 'Time zone' });
    await inputValueOf(zone).toBe('');
    const offered = () =>
      zone.evaluate((field) => [...(field.list?.options ?? [])].map((option) => option.value));
    const browserZone = await options.evaluate(
      () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect((await offered())[0]).toBe(browserZone);
    await zone.pressSequentially('new york');
    expect(await offered()).toEqual(['America/New_York']);

    // The browser does not submit the form with a zone that is none.
    await zone.fill('Europe/Pariss');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await shown(options.getByRole('alert'));
    await textOf(options.getByRole('alert')).toContain('“Europe/Pariss” is not a time zone');
    await textOf(options.getByRole('status')).toBe('');

    await zone.fill('europe/paris');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await textOf(options.getByRole('status')).toBe('Settings saved.');
    await options.reload();
    await inputValueOf(options.getByRole('combobox', { name: 'Time zone' })).toBe('Europe/Paris');
    await options.close();
  });
});
