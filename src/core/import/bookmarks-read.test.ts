import { describe, expect, it } from 'vitest';
import { bookmarkFixture } from '../../../test/helpers/bookmarks';
import { anchorLines, bookmarkFormat, POCKET_HEADER, readPocketCsv } from './bookmarks';

describe('bookmarkFormat', () => {
  it('tells a bookmark file, a CSV, an empty file and anything else apart', () => {
    expect(bookmarkFormat('bookmarks.html', bookmarkFixture('firefox.html'))).toBe('html');
    expect(bookmarkFormat('x.htm', '\uFEFF<!doctype netscape-bookmark-file-1>\n<DL>')).toBe('html');
    expect(bookmarkFormat('raindrop.html', '<DL><p>\n<DT><A HREF="https://a.example/">A</A>')).toBe(
      'html',
    );
    expect(bookmarkFormat('pocket.csv', bookmarkFixture('pocket.csv'))).toBe('csv');
    expect(bookmarkFormat('export.txt', 'a,b,c\n1,2,3\n')).toBe('csv');
    expect(bookmarkFormat('empty.html', '')).toBe('empty');
    expect(bookmarkFormat('blank.csv', ' \n\t\n')).toBe('empty');
    expect(
      bookmarkFormat('page.html', '<html><body><a href="https://a.example/">A</a></body></html>'),
    ).toBe('unknown');
    expect(bookmarkFormat('notes.txt', 'Just some notes\nand more')).toBe('unknown');
    expect(bookmarkFormat('photo.html', '\u0089PNG\r\n\u001a\n')).toBe('unknown');
  });
});

describe('anchorLines', () => {
  it('gives the line of each link start tag, in order', () => {
    expect(anchorLines('<DL>\n<DT><A HREF="x">x</A>\n\n<dt><a\nhref="y">y</a><abbr>\n<A>')).toEqual(
      [2, 4, 6],
    );
  });
});

describe('readPocketCsv', () => {
  it('reads each record with its number, tags split on |, and lists a broken one', () => {
    const file = readPocketCsv('pocket.csv', bookmarkFixture('pocket.csv'));
    expect(file.place).toBe('record');
    expect(file.records.map((r) => [r.at, r.href, r.added])).toEqual([
      [
        1,
        'https://kubernetes.io/blog/2019/03/25/kubernetes-1-14-release-announcement/',
        '1553554800',
      ],
      [2, 'https://example.org/quotes?utm_campaign=x&id=7', '1551398400'],
      [3, 'https://example.org/no-title', '1553990000'],
      [4, 'https://example.org/broken-date', 'not-a-date'],
      [5, 'javascript:alert(1)', '1553990000'],
    ]);
    // Pocket's `status` (archive, unread) is not a tag: Veille has no read state (README).
    expect(file.records[0]?.tags).toEqual(['kubernetes', 'windows']);
    expect(file.records.flatMap((r) => r.tags)).not.toContain('unread');
    expect(file.records[1]?.title).toBe('Quotes, "commas" and more');
    expect(file.issues).toEqual([
      expect.objectContaining({
        file: 'pocket.csv',
        place: 'record',
        at: 6,
        problem: 'bad-record',
      }),
    ]);
  });

  it('refuses a CSV whose header is not Pocket’s and names the expected header', () => {
    const file = readPocketCsv('links.csv', 'name,link,date\nA,https://a.example/,1\n');
    expect(file.records).toEqual([]);
    expect(file.issues).toEqual([
      { file: 'links.csv', place: 'file', at: 0, problem: 'bad-header', detail: POCKET_HEADER },
    ]);
  });

  it('reads the columns in any order and case, with a BOM and CRLF', () => {
    const file = readPocketCsv(
      'p.csv',
      '\uFEFFURL,Title,Tags,Time_Added\r\nhttps://a.example/,A,x,1553554800\r\n',
    );
    expect(file.records).toEqual([
      expect.objectContaining({ at: 1, href: 'https://a.example/', title: 'A', tags: ['x'] }),
    ]);
    expect(file.issues).toEqual([]);
  });

  it('reads a quoted field with an unclosed quote as a broken record, not the rest of the file', () => {
    const file = readPocketCsv(
      'p.csv',
      `${POCKET_HEADER}\nA,https://a.example/,1,,unread\n"B,https://b.example/,1,,unread\n`,
    );
    expect(file.records.map((r) => r.href)).toEqual(['https://a.example/']);
    expect(file.issues.map((i) => [i.at, i.problem])).toEqual([[2, 'bad-record']]);
  });
});
