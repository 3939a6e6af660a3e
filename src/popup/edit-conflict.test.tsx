// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_CLEAN_URL, fakeCaptureDeps } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { en } from '../../test/helpers/i18n';
import { PopupApp } from './app';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

/** An editor window open on a stored entry (as the context menu opens it). */
async function openEditor() {
  const deps = fakeCaptureDeps({ tab: null });
  const stored = await seedEntry(deps.db, {
    url: ARTICLE_CLEAN_URL,
    title: 'Grafana v6.0 Released',
    note: '> First quote',
    tags: ['grafana'],
    category: 'Data',
  });
  render(<PopupApp deps={deps} params={{ tabId: null, entryId: stored.id }} />);
  await screen.findByRole('button', { name: 'Save' });
  const field = (name: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name });
  return { deps, stored, field };
}

function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

describe('two editors of one entry', () => {
  it('keeps a quote appended elsewhere while this editor was open, with the comment typed here', async () => {
    const { deps, stored, field } = await openEditor();
    typeInto(field('Note'), '> First quote\n\nMy comment.');
    // Meanwhile the context menu appends a second selection to the same entry.
    await deps.writer.updateEntry(stored.id, { note: '> First quote\n\n> Second quote' }, stored);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry updated.'));
    expect((await deps.db.entries.get(stored.id))?.note).toBe(
      '> First quote\n\nMy comment.\n\n> Second quote',
    );
  });

  it('keeps a field changed elsewhere that this editor did not touch', async () => {
    const { deps, stored, field } = await openEditor();
    typeInto(field('Note'), 'Rewritten here.');
    await deps.writer.updateEntry(stored.id, { category: 'Observability' }, stored);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry updated.'));
    expect(await deps.db.entries.get(stored.id)).toMatchObject({
      note: 'Rewritten here.',
      category: 'Observability',
    });
  });

  it('writes nothing on a clash, shows the stored value, keeps what was typed; Save again replaces it', async () => {
    const { deps, stored, field } = await openEditor();
    typeInto(field('Title'), 'My title');
    await deps.writer.updateEntry(stored.id, { title: 'Their title' }, stored);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = await screen.findByText(en('conflictChangedElsewhere'));
    expect(status.closest('[role="status"]')?.textContent).toContain('Their title');
    expect((await deps.db.entries.get(stored.id))?.title).toBe('Their title');
    expect(field('Title').value).toBe('My title');
    expect(deps.close).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry updated.'));
    expect((await deps.db.entries.get(stored.id))?.title).toBe('My title');
  });
});
