// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs, seedEntry } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { ExportView } from './export-view';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

const postBox = () => screen.getByRole('textbox', { name: 'Post' }) as HTMLTextAreaElement;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

async function twoMonths() {
  const deps = fakeOptionsDeps(); // now: March 2019, UTC
  await seedEntry(deps.db, { url: 'https://example.org/m', title: 'March entry' });
  await seedEntry(deps.db, {
    url: 'https://example.org/f',
    title: 'February entry',
    monthKey: '2019-02',
  });
  return deps;
}

describe('ExportView', () => {
  it("never offers the previous month's post when the selected month cannot render", async () => {
    const deps = await twoMonths();
    // The author's template fails on February's data alone.
    deps.loadCustomTemplate = async () =>
      '{% if monthKey == "2019-02" %}{{ missing }}{% endif %}title: "{{ title }}"';
    const settings = { ...TEST_SETTINGS, preset: 'custom' };
    const view = render(<ExportView deps={deps} month="2019-03" settings={settings} />);
    await waitFor(() => expect(postBox().value).toContain('title: "Veille - March 2019"'));
    expect(button('Download').disabled).toBe(false);

    view.rerender(<ExportView deps={deps} month="2019-02" settings={settings} />);
    await screen.findByText(/undefined variable: missing/);
    expect(postBox().value).toBe('');
    expect(button('Download').disabled).toBe(true);
    expect(button('Copy').disabled).toBe(true);
    fireEvent.click(button('Download'));
    fireEvent.click(button('Copy'));
    expect(deps.download).not.toHaveBeenCalled();
    expect(deps.copyPost).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      'No post for this month to copy or download until the error above is fixed.',
    );
  });

  it('shows nothing of another format or of a template that no longer renders', async () => {
    const deps = await twoMonths();
    deps.loadCustomTemplate = async () => '{{ title }}\n{{ entrie.title }}';
    render(<ExportView deps={deps} month="2019-03" settings={TEST_SETTINGS} />);
    await waitFor(() => expect(postBox().value).toContain('## '));

    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), {
      target: { value: 'custom' },
    });
    await screen.findByText(/Template error, line 2: undefined variable: entrie/);
    expect(postBox().value).toBe('');
    expect(button('Download').disabled).toBe(true);

    const template = screen.getByRole('textbox', { name: 'Template' });
    fireEvent.input(template, { target: { value: '{{ title }}' } });
    await waitFor(() => expect(postBox().value).toBe('Veille - March 2019\n'));
    fireEvent.click(button('Download'));
    expect(deps.download).toHaveBeenCalledWith(
      expect.stringMatching(/\.md$/),
      'Veille - March 2019\n',
      'text/markdown',
    );

    fireEvent.input(template, { target: { value: '{{ title }}{% nope %}' } });
    await screen.findByText(/Template error, line 1/);
    expect(postBox().value).toBe('');
    expect(button('Download').disabled).toBe(true);
  });

  it('says a render was stopped, and the format can still be changed', async () => {
    const deps = await twoMonths();
    deps.loadCustomTemplate = async () => '{% for i in (1..100000000) %}x{% endfor %}';
    const rendered = deps.renderPost.getMockImplementation();
    deps.renderPost.mockImplementation(async (request) =>
      request.input.template.startsWith('{% for')
        ? { ok: false, message: '', reason: 'too-slow' }
        : (rendered?.(request) ?? { ok: false, message: 'no renderer' }),
    );
    render(
      <ExportView deps={deps} month="2019-03" settings={{ ...TEST_SETTINGS, preset: 'custom' }} />,
    );
    await screen.findByText(/took longer than 2 seconds to render/);
    expect(postBox().value).toBe('');

    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), {
      target: { value: 'markdown' },
    });
    await waitFor(() => expect(postBox().value).toContain('# Veille - March 2019'));
    expect(button('Download').disabled).toBe(false);
  });
});
