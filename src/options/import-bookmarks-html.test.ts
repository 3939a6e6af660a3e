// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, bookmarkFixture } from '../../test/helpers/bookmarks';
import { planBookmarks } from '../core/import/bookmarks';
import { readBookmarkHtml } from './import-bookmarks-html';

const options = { now: AFTER_FIXTURES, timeZone: 'UTC', newId: () => crypto.randomUUID() };

describe('readBookmarkHtml', () => {
  it('reads a Firefox export: folders, tags, descriptions, lines', () => {
    const file = readBookmarkHtml('firefox.html', bookmarkFixture('firefox.html'));
    expect(
      file.records.map((r) => [r.at, r.href.slice(0, 30), r.folders.map((f) => f.name)]),
    ).toEqual([
      [12, 'place:parent=toolbar_____&sort', []],
      [15, 'https://support.mozilla.org/en', ['Mozilla Firefox']],
      [16, 'https://www.mozilla.org/en-US/', ['Mozilla Firefox']],
      [22, 'https://kubernetes.io/blog/201', ['Veille', 'Kubernetes']],
      [26, 'https://grafana.com/blog/2019/', ['Veille']],
      [27, 'javascript:alert(document.cook', ['Veille']],
      [28, 'file:///home/me/notes.txt', ['Veille']],
      [29, 'https://example.org/undated', ['Veille']],
      [33, 'https://jvns.ca/blog/2019/02/2', ['Bookmarks Toolbar']],
      [37, 'https://grafana.com/blog/2019/', ['Other Bookmarks']],
    ]);
    const kube = file.records[3];
    expect(kube).toMatchObject({
      title: 'Kubernetes 1.14: Production-level support for Windows Nodes',
      tags: ['kubernetes,Release'],
      added: '1553554800',
      description:
        'Windows nodes are GA; kubectl gets Kustomize.\nRead the *whole* post <b>later</b>.',
    });
    expect(file.records[8]?.folders).toEqual([{ name: 'Bookmarks Toolbar', browserRoot: true }]);
  });

  it('plans a Firefox export: categories, merges, what is left out and where', () => {
    const plan = planBookmarks(
      [readBookmarkHtml('firefox.html', bookmarkFixture('firefox.html'))],
      [],
      options,
    );
    expect(plan.putEntries.map((e) => [e.url, e.category, e.tags, e.monthKey])).toEqual([
      ['https://support.mozilla.org/en-US/products/firefox', 'Mozilla Firefox', [], '2019-01'],
      ['https://www.mozilla.org/en-US/about/', 'Mozilla Firefox', [], '2019-01'],
      [
        'https://kubernetes.io/blog/2019/03/25/kubernetes-1-14-release-announcement/',
        'Kubernetes',
        ['kubernetes', 'Release'],
        '2019-03',
      ],
      [
        'https://grafana.com/blog/2019/02/25/grafana-v6.0-released/',
        'Veille',
        ['grafana', 'observability', 'dashboards'],
        '2019-03',
      ],
      ['https://example.org/undated', 'Veille', [], '2019-06'],
      [
        'https://jvns.ca/blog/2019/02/25/some-nice-linux-debugging-tools/',
        '',
        ['linux'],
        '2019-03',
      ],
    ]);
    expect(plan.putEntries[2]?.note).toBe(
      'Windows nodes are GA; kubectl gets Kustomize.\nRead the \\*whole\\* post \\<b\\>later\\</b\\>.',
    );
    expect(plan).toMatchObject({ bookmarks: 7, newEntries: 6, duplicates: 1 });
    expect(plan.newCategories).toEqual(['Mozilla Firefox', 'Kubernetes', 'Veille']);
    expect(plan.issues.map((i) => [i.place, i.at, i.problem, i.detail])).toEqual([
      ['line', 12, 'unsupported-scheme', 'place:'],
      ['line', 27, 'unsupported-scheme', 'javascript:'],
      ['line', 28, 'unsupported-scheme', 'file:'],
      ['line', 29, 'bad-date', 'yesterday'],
    ]);
  });

  it('reads a Chrome export: the bookmarks bar and other bookmarks are no category', () => {
    const plan = planBookmarks(
      [readBookmarkHtml('chrome.html', bookmarkFixture('chrome.html'))],
      [],
      options,
    );
    expect(plan.putEntries.map((e) => [e.title, e.category, e.monthKey])).toEqual([
      ['Tekton', '', '2019-03'],
      ['Introducing the Continuous Delivery Foundation', 'CI/CD', '2019-03'],
      ['Jenkins joins the CDF', 'CI/CD', '2019-03'],
      ['Terraform 0.12 preview', '', '2019-04'],
    ]);
    expect(plan.issues.map((i) => [i.at, i.problem, i.detail])).toEqual([
      [20, 'unsupported-scheme', 'data:'],
    ]);
  });

  it('finds the folder of a folder with a description, and a link’s description after it', () => {
    const file = readBookmarkHtml(
      'described.html',
      [
        '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
        '<DL><p>',
        '    <DT><H3>Rust</H3>',
        '    <DD>Everything about Rust',
        '    <DL><p>',
        '        <DT><A HREF="https://blog.rust-lang.org/">Rust Blog</A>',
        '        <DD>The official blog',
        '        <DT><A HREF="https://this-week-in-rust.org/">This Week in Rust</A>',
        '    </DL><p>',
        '</DL>',
      ].join('\n'),
    );
    expect(file.records.map((r) => [r.at, r.folders.map((f) => f.name), r.description])).toEqual([
      [6, ['Rust'], 'The official blog'],
      [8, ['Rust'], ''],
    ]);
  });

  it('keeps page text as text: no element of a title or description is built', () => {
    const file = readBookmarkHtml(
      'x.html',
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://a.example/">&lt;img src=x onerror=alert(1)&gt;</A>\n<DD>&lt;script&gt;x&lt;/script&gt;\n</DL>',
    );
    expect(file.records).toEqual([
      expect.objectContaining({
        at: 3,
        title: '<img src=x onerror=alert(1)>',
        description: '<script>x</script>',
      }),
    ]);
  });
});
