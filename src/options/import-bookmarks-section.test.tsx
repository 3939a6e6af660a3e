// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, bookmarkFixture } from '../../test/helpers/bookmarks';
import { TEST_SETTINGS } from '../../test/helpers/capture-deps';
import { deleteTestDbs } from '../../test/helpers/db';
import { fakeOptionsDeps } from '../../test/helpers/options-deps';
import { ImportBookmarksSection } from './import-bookmarks-section';
import { ImportSection } from './import-section';

afterEach(async () => {
  cleanup();
  await deleteTestDbs();
});

function choose(files: { name: string; text: string }[]) {
  const input = screen.getByLabelText('Import bookmarks') as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: files.map(({ name, text }) => new File([text], name)) },
  });
}

function leftOut(): string {
  return (
    screen.getByRole('heading', { name: 'Left out or changed' }).nextElementSibling?.textContent ??
    ''
  );
}

describe('ImportBookmarksSection', () => {
  it('previews bookmarks, writes nothing before Import, imports them whole; twice adds nothing', async () => {
    const deps = fakeOptionsDeps({ now: AFTER_FIXTURES });
    render(<ImportBookmarksSection deps={deps} settings={TEST_SETTINGS} />);
    choose([
      { name: 'bookmarks.html', text: bookmarkFixture('firefox.html') },
      { name: 'pocket.csv', text: bookmarkFixture('pocket.csv') },
    ]);

    await screen.findByRole('button', { name: 'Import' });
    expect(
      screen.getByText('11 bookmarks: 9 new entries, 0 merged with stored ones, 0 already there.'),
    ).toBeTruthy();
    expect(screen.getByText('January 2019 — 2 new entries')).toBeTruthy();
    expect(screen.getByText('March 2019 — 5 new entries')).toBeTruthy();
    expect(screen.getByText('June 2019 — 2 new entries')).toBeTruthy();
    expect(
      screen.getByText(
        '2 bookmarks repeat a link met before in these files: each link is one entry.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('New categories: Mozilla Firefox, Kubernetes, Veille')).toBeTruthy();
    expect(screen.getByText(/^New tags: kubernetes, Release, grafana/)).toBeTruthy();
    const issues = leftOut();
    expect(issues).toContain(
      'bookmarks.html, line 27: a “javascript:” link: only http(s) links are imported',
    );
    expect(issues).toContain('bookmarks.html, line 28: a “file:” link');
    expect(issues).toContain('bookmarks.html, line 12: a “place:” link');
    expect(issues).toContain(
      'bookmarks.html, line 29: the date “yesterday” is not a date: kept, dated at import',
    );
    expect(issues).toContain('pocket.csv, record 4: the date “not-a-date” is not a date');
    expect(issues).toContain('pocket.csv, record 5: a “javascript:” link');
    expect(issues).toContain('pocket.csv, record 6: this record cannot be read');
    expect(await deps.db.entries.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported: 9 new entries, 0 merged.'),
    );
    expect(await deps.db.entries.count()).toBe(9);
    expect(deps.changes).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();

    choose([{ name: 'bookmarks.html', text: bookmarkFixture('firefox.html') }]);
    await screen.findByText(
      '7 bookmarks: 0 new entries, 0 merged with stored ones, 6 already there.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 0 new entries, 0 merged.');
    expect(await deps.db.entries.count()).toBe(9);
  });

  it('refuses a CSV with a wrong header, an empty file and a file of neither format, by name', async () => {
    const deps = fakeOptionsDeps({ now: AFTER_FIXTURES });
    render(<ImportBookmarksSection deps={deps} settings={TEST_SETTINGS} />);
    choose([
      { name: 'links.csv', text: 'name,link\nA,https://a.example/\n' },
      { name: 'empty.html', text: '' },
      { name: 'photo.html', text: '<html><body><p>Holiday</p></body></html>' },
      { name: 'notes.txt', text: 'Some notes' },
      { name: 'none.html', text: '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n</DL><p>\n' },
      { name: 'header-only.csv', text: 'title,url,time_added,tags,status\n' },
    ]);
    await screen.findByText('Nothing to import: no file holds a bookmark Veille can read.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    const issues = leftOut();
    expect(issues).toContain(
      'links.csv: not a Pocket export: the first line must be “title,url,time_added,tags,status”',
    );
    expect(issues).toContain('empty.html: the file is empty');
    expect(issues).toContain(
      'photo.html: neither a bookmarks file (HTML exported by a browser) nor a Pocket export (CSV)',
    );
    expect(issues).toContain('notes.txt: neither a bookmarks file');
    expect(issues).toContain('none.html: no bookmark in this file');
    expect(issues).toContain('header-only.csv: no bookmark in this file');
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('says it is importing, then why the write failed, and offers Import again', async () => {
    const deps = fakeOptionsDeps({ now: AFTER_FIXTURES });
    let fail: (error: Error) => void = () => {};
    deps.writer.importBookmarks = () =>
      new Promise((_, reject) => {
        fail = reject;
      });
    render(<ImportBookmarksSection deps={deps} settings={TEST_SETTINGS} />);
    choose([{ name: 'chrome.html', text: bookmarkFixture('chrome.html') }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Importing 4 bookmarks…');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect((screen.getByLabelText('Import bookmarks') as HTMLInputElement).disabled).toBe(true);

    fail(new DOMException('full', 'QuotaExceededError'));
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
    expect(await deps.db.entries.count()).toBe(0);
  });

  it('lists the first 500 problems of a file, and how many more', async () => {
    const deps = fakeOptionsDeps({ now: AFTER_FIXTURES });
    render(<ImportBookmarksSection deps={deps} settings={TEST_SETTINGS} />);
    const links = Array.from(
      { length: 700 },
      (_, i) => `<DT><A HREF="javascript:void(${i})">x</A>`,
    );
    choose([{ name: 'bookmarklets.html', text: `<DL><p>\n${links.join('\n')}\n</DL>` }]);
    await screen.findByText('Nothing to import: no file holds a bookmark Veille can read.');
    const list = screen.getByRole('heading', { name: 'Left out or changed' }).nextElementSibling;
    expect(list?.children).toHaveLength(501);
    expect(list?.lastElementChild?.textContent).toBe('…and 200 more.');
    expect(list?.children[499]?.textContent).toMatch(
      /^bookmarklets\.html, line 501: a “javascript:” link/,
    );
  });

  it('beside Import posts, each preview’s Import is in its own labelled region', async () => {
    const deps = fakeOptionsDeps({ now: AFTER_FIXTURES });
    render(
      <>
        <ImportSection deps={deps} settings={TEST_SETTINGS} />
        <ImportBookmarksSection deps={deps} settings={TEST_SETTINGS} />
      </>,
    );
    choose([{ name: 'chrome.html', text: bookmarkFixture('chrome.html') }]);
    const region = screen.getByRole('region', { name: 'Import from bookmarks' });
    await within(region).findByRole('button', { name: 'Import' });
    expect(screen.getAllByRole('button', { name: 'Import' })).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Import past posts' })).toBeTruthy();
  });
});
