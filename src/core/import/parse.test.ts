import { describe, expect, it } from 'vitest';
import { loadExample, readExpected } from '../../../test/helpers/post/example';
import { settings } from '../../../test/helpers/post/factory';
import { reexport } from '../../../test/helpers/post/import';
import { parsePost } from '.';

const fr = settings();
const parse = (text: string) => parsePost('2019-03.md', text, fr);
const post = (text: string) => {
  const result = parse(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.post;
};
const FRONT =
  '---\ntitle: "Web, Ops & Data - Mars 2019"\ndate: 2019-04-01\ntags: ["a", "b"]\n---\n';

describe('the golden example', () => {
  it('exports again byte for byte after an import', () => {
    const expected = readExpected('expected-hugo.md');
    expect(reexport(expected, loadExample().settings)).toBe(expected);
  });

  it('gives back the month, its text and each entry', () => {
    const { month, entries, monthKey } = post(readExpected('expected-hugo.md'));
    const example = loadExample();
    expect(monthKey).toBe('2019-03');
    expect(month).toMatchObject({
      intro: example.month.intro,
      outro: example.month.outro,
      sectionIntros: example.month.sectionIntros,
      sectionOrder: [],
      titleOverride: '',
      publishDate: '2019-04-01',
    });
    const cloud = entries.find((e) => e.url === 'https://example.org/post?id=3');
    expect(cloud).toMatchObject({ title: 'Cloud vs OSS: [the] *licensing* debate', note: '' });
    expect(cloud?.tags).toEqual(['opensource', 'licences']);
    expect(entries.at(-1)).toMatchObject({ category: '', title: 'Everything curl', line: 31 });
  });
});

describe('a hand-written post', () => {
  it('reads English separators, multi-line notes, section intros, order and title override', () => {
    const text = `${FRONT.replace('Web, Ops & Data - Mars 2019', 'Links of March 2019')}
## Zeta

- [Z](https://z.example/?utm_source=x): one
  two

  - nested
- [Y](https://y.example/)

## Alpha

About alpha.

* [A \\*b\\*](<https://a.example/x (1)>) : a

The end.
`;
    const { entries, month } = post(text);
    expect(entries.map((e) => [e.url, e.note, e.category, e.position])).toEqual([
      ['https://z.example/', 'one\ntwo\n\n- nested', 'Zeta', 0],
      ['https://y.example/', '', 'Zeta', 1],
      ['https://a.example/x%20(1)', 'a', 'Alpha', 0],
    ]);
    expect(entries[2]?.title).toBe('A *b*');
    expect(month).toMatchObject({
      titleOverride: 'Links of March 2019',
      sectionOrder: ['Zeta', 'Alpha'],
      sectionIntros: { Alpha: 'About alpha.' },
      outro: 'The end.',
    });
  });

  it('takes the month from the date when the title names none', () => {
    expect(
      post(`---\ntitle: Roundup\ndate: 2019-04-02\n---\n## A\n\n- [a](https://a.example/)\n`)
        .monthKey,
    ).toBe('2019-03');
    expect(
      post(`---\ntitle: Roundup\ndate: 2019-03-30\n---\n## A\n\n- [a](https://a.example/)\n`)
        .monthKey,
    ).toBe('2019-03');
  });
});

describe('bad input names the line', () => {
  const refusedOf = (body: string) => post(`${FRONT}\n## A\n\n${body}`).refused;

  it('refuses a file without front matter', () => {
    expect(parse('## A\n\n- [a](https://a.example/)\n')).toMatchObject({
      ok: false,
      issue: { problem: 'no-front-matter', line: 1 },
    });
  });
  it('refuses a post without sections', () => {
    expect(parse(`${FRONT}\nJust text.\n`)).toMatchObject({
      ok: false,
      issue: { problem: 'no-sections', line: 7 },
    });
  });
  it('refuses HTML', () => {
    expect(parse('<h2>A</h2><ul><li><a href="https://a.example/">a</a></li></ul>')).toMatchObject({
      ok: false,
      issue: { problem: 'html', line: 1 },
    });
    expect(
      parse(`${FRONT}\n<ul>\n<li><a href="https://a.example/">a</a></li>\n</ul>\n`),
    ).toMatchObject({ ok: false, issue: { problem: 'html', line: 7 } });
  });
  it('refuses dates that do not parse', () => {
    expect(parse('---\ntitle: "X - Mars 2019"\ndate: 2019-02-30\n---\n## A\n')).toMatchObject({
      ok: false,
      issue: { problem: 'bad-date', line: 3, detail: '2019-02-30' },
    });
    expect(parse('---\ntitle: Roundup\ndate: soon\n---\n## A\n')).toMatchObject({
      ok: false,
      issue: { problem: 'bad-date', line: 3 },
    });
  });
  it('refuses a post whose month cannot be told', () => {
    expect(parse('---\ntitle: Roundup\n---\n## A\n\n- [a](https://a.example/)\n')).toMatchObject({
      ok: false,
      issue: { problem: 'no-month' },
    });
  });
  it('refuses YAML that does not parse', () => {
    expect(parse('---\ntitle: "open\n---\n')).toMatchObject({
      ok: false,
      issue: { problem: 'bad-front-matter' },
    });
  });
  it('leaves out bullets without links, keeping the others', () => {
    const text = `${FRONT}\n## A\n\n- [a](https://a.example/)\n- just words\n- see [b](https://b.example/)\n`;
    const result = post(text);
    expect(result.entries).toHaveLength(1);
    expect(result.refused).toEqual([
      { file: '2019-03.md', line: 10, problem: 'no-link', detail: '- just words' },
      { file: '2019-03.md', line: 11, problem: 'no-link', detail: '- see [b](https://b.example/)' },
    ]);
  });
  it('leaves out URLs with unbalanced parentheses', () => {
    expect(
      refusedOf('- [a](https://a.example/x_(y)\n- [b](https://b.example/y)z) : n\n'),
    ).toMatchObject([
      { line: 9, problem: 'unbalanced-url' },
      { line: 10, problem: 'unbalanced-url' },
    ]);
  });
  it('leaves out javascript: and data: links', () => {
    expect(
      refusedOf('- [a](javascript:alert(1))\n- [b](data:text/html,x)\n- [c](https://c.example/)\n'),
    ).toMatchObject([
      { line: 9, problem: 'unsupported-scheme', detail: 'javascript:' },
      { line: 10, problem: 'unsupported-scheme', detail: 'data:' },
    ]);
  });
  it('leaves out sections without links among the others', () => {
    const text = `${FRONT}\n## Empty\n\nWords.\n\n## A\n\n- [a](https://a.example/)\n`;
    expect(post(text).refused).toMatchObject([
      { line: 7, problem: 'empty-section', detail: 'Empty' },
    ]);
  });
});
