// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { deleteTestDbs } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { ShortcutSection } from './shortcut-section';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

it('shows the capture shortcut and opens the browser page that changes it', async () => {
  const deps = fakeOptionsDeps();
  render(<ShortcutSection deps={deps} />);
  expect(await screen.findByText(/Press Alt\+Shift\+V on any page/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Change it in the browser' }));
  expect(deps.openShortcutSettings).toHaveBeenCalledTimes(1);
});

it('says when no shortcut is set', async () => {
  const deps = fakeOptionsDeps();
  deps.captureShortcut.mockResolvedValue('');
  render(<ShortcutSection deps={deps} />);
  expect(await screen.findByText('No shortcut is set to capture a page.')).toBeTruthy();
});

it('shows nothing where the browser has no shortcuts (Firefox for Android)', async () => {
  const deps = fakeOptionsDeps();
  deps.captureShortcut.mockRejectedValue(new TypeError('browser.commands is undefined'));
  const { container } = render(<ShortcutSection deps={deps} />);
  await Promise.resolve();
  await Promise.resolve();
  expect(container.innerHTML).toBe('');
  expect(screen.queryByRole('button')).toBeNull();
});
