// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { readExpected } from '../../test/helpers/post/example';
import { ImportSection } from './import-section';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

function choose(files: { name: string; text: string }[]) {
  const input = screen.getByLabelText('Import posts') as HTMLInputElement;
  fireEvent.change(input, {
    target: {
      files: files.map(({ name, text }) => new File([text], name, { type: 'text/markdown' })),
    },
  });
}

const hostile = `---
title: "Veille - Avril 2019"
date: 2019-05-01
---

## Data

- [Fine](https://example.org/fine) : kept.
- [Click](javascript:alert(1)) : never a link.
- Not a link at all.
`;

describe('ImportSection', () => {
  it('previews a past post, writes nothing before Import, then imports it whole; twice changes nothing', async () => {
    const deps = fakeOptionsDeps({
      settings: { seriesName: 'Web, Ops & Data', postLanguage: 'fr' },
    });
    const settings = {
      ...TEST_SETTINGS,
      seriesName: 'Web, Ops & Data',
      postLanguage: 'fr' as const,
    };
    render(<ImportSection deps={deps} settings={settings} />);
    choose([{ name: '2019-04-01-mars.md', text: readExpected('expected-hugo.md') }]);

    await screen.findByRole('button', { name: 'Import' });
    expect(screen.getByText(/^1 month\(s\): \d+ new entries, 0 merged/)).toBeTruthy();
    expect(screen.getByText(/^March 2019 — \d+ entries from 2019-04-01-mars\.md$/)).toBeTruthy();
    expect(await deps.db.entries.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Imported: \d+ new/),
    );
    const stored = await deps.db.entries.count();
    expect(stored).toBeGreaterThan(3);
    expect((await deps.db.months.get('2019-03'))?.publishedAt).not.toBeNull();
    expect(deps.changes).toHaveLength(1);

    choose([{ name: 'again.md', text: readExpected('expected-hugo.md') }]);
    await screen.findByText(
      new RegExp(
        `^1 month\\(s\\): 0 new entries, 0 merged with stored ones, ${stored} already there\\.$`,
      ),
    );
  });

  it('says what it leaves out and where, and imports the rest', async () => {
    const deps = fakeOptionsDeps();
    render(<ImportSection deps={deps} settings={TEST_SETTINGS} />);
    choose([
      { name: 'avril.md', text: hostile },
      { name: 'notes.md', text: 'Just some notes, no front matter.\n' },
    ]);
    await screen.findByRole('button', { name: 'Import' });
    const leftOut = screen.getByRole('heading', { name: 'Left out' }).nextElementSibling
      ?.textContent;
    expect(leftOut).toContain('notes.md, line 1: no front matter');
    expect(leftOut).toContain('avril.md, line 9: a “javascript:” link');
    expect(leftOut).toContain('avril.md, line 10: a bullet that does not start with a link');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await deps.db.entries.count()).toBe(1));
  });

  it('says so when no file holds a post', async () => {
    const deps = fakeOptionsDeps();
    render(<ImportSection deps={deps} settings={TEST_SETTINGS} />);
    choose([{ name: 'page.md', text: '<html><body>Not Markdown</body></html>' }]);
    await screen.findByText('Nothing to import: no file holds a post Veille can read.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
