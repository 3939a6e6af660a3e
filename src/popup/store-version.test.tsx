// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { fakeCaptureDeps } from '../../test/helpers/capture-deps';
import { deleteTestDbs } from '../../test/helpers/db';
import { en } from '../../test/helpers/i18n';
import { VeilleDatabase } from '../db/database';
import { PopupApp } from './app';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

it('says plainly that the database is newer than this Veille, and touches nothing', async () => {
  const name = `newer-${crypto.randomUUID()}`;
  const future = new Dexie(name);
  future.version(9).stores({ entries: 'id' });
  await future.open();
  future.close();

  const deps = fakeCaptureDeps({ db: new VeilleDatabase(name) });
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: null }} />);
  expect((await screen.findByRole('alert')).textContent).toBe(en('errorUnknownVersion'));
  const after = new Dexie(name);
  await after.open();
  expect(after.verno).toBe(9);
  after.close();
  await Dexie.delete(name);
});
