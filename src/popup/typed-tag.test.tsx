// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ARTICLE_CLEAN_URL, fakeCaptureDeps } from '../../test/helpers/capture-deps';
import { deleteTestDbs } from '../../test/helpers/db';
import { PopupApp } from './app';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

it('saves a tag still being typed when Save is pressed, without turning it into a chip first', async () => {
  const deps = fakeCaptureDeps();
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
  const save = await screen.findByRole('button', { name: 'Save' });
  const tags = screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement;
  fireEvent.input(tags, { target: { value: 'android' } });

  // Touching Save takes the focus from the field: no chip may appear (it could
  // wrap and move Save from under the finger before the tap ends).
  fireEvent.blur(tags, { relatedTarget: save });
  expect(screen.queryByRole('button', { name: 'Remove tag android' })).toBeNull();
  fireEvent.click(save);

  await waitFor(async () =>
    expect((await deps.db.entries.where('url').equals(ARTICLE_CLEAN_URL).first())?.tags).toEqual([
      'android',
    ]),
  );
});

it('still turns the typed tag into a chip when focus goes anywhere else', async () => {
  const deps = fakeCaptureDeps();
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
  await screen.findByRole('button', { name: 'Save' });
  const tags = screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement;
  fireEvent.input(tags, { target: { value: 'android' } });
  fireEvent.blur(tags, { relatedTarget: screen.getByRole('textbox', { name: 'Note' }) });
  await screen.findByRole('button', { name: 'Remove tag android' });
});

it('keeps the typed tag in the draft when the popup loses focus with it still typed', async () => {
  const deps = fakeCaptureDeps();
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
  await screen.findByRole('button', { name: 'Save' });
  const tags = screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement;
  fireEvent.input(tags, { target: { value: 'k8s' } });
  // Focus going nowhere (a tap on a button some phones do not focus, or the popup closing).
  fireEvent.blur(tags, { relatedTarget: null });
  expect(tags.value).toBe('k8s');
  await waitFor(async () =>
    expect((await deps.db.drafts.get(ARTICLE_CLEAN_URL))?.tags).toEqual(['k8s']),
  );
});
