import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { parseMarkdown, textOf } from '../../../test/helpers/post/markdown';
import type { Entry, MonthRecord, Settings } from '../types';
import { exportPost, PRESETS, type PresetId, presetById } from '.';

function render(
  presetId: PresetId,
  entries: Entry[],
  m: Partial<MonthRecord> = {},
  s: Partial<Settings> = {},
): string {
  const template = presetById(presetId)?.template ?? '';
  const result = exportPost({
    entries,
    month: month(m),
    settings: settings(s),
    publishDate: '2019-04-01',
    template,
  });
  if (!result.ok) throw new Error(`${result.message} (line ${result.line})`);
  return result.text;
}

const bulletsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

describe('bullets (rule 4)', () => {
  it('uses " : " in French, ": " in English, nothing without a note', () => {
    const entries = [
      entry({ title: 'A', url: 'https://a.org/', note: 'Bien.', capturedAt: 1 }),
      entry({ title: 'B', url: 'https://b.org/', note: ' \n', capturedAt: 2 }),
    ];
    expect(bulletsOf(render('hugo', entries))).toEqual([
      '- [A](https://a.org/) : Bien.',
      '- [B](https://b.org/)',
    ]);
    expect(bulletsOf(render('hugo', entries, {}, { postLanguage: 'en' }))).toEqual([
      '- [A](https://a.org/): Bien.',
      '- [B](https://b.org/)',
    ]);
  });

  it('keeps a multi-line note inside its bullet', () => {
    const note = 'Premier paragraphe.\r\n\r\n```sh\r\nk3d create\r\n```\r\nFin.';
    const text = render('markdown', [entry({ title: 'T', note }), entry({ title: 'U' })]);
    expect(text).toContain('- [T](https://example.org/');
    expect(text).toContain(' : Premier paragraphe.\n\n  ```sh\n  k3d create\n  ```\n  Fin.\n- [U]');
    const list = parseMarkdown(text).children.find((node) => node.type === 'list');
    expect(list?.type === 'list' && list.children.length).toBe(2);
    const first = list?.type === 'list' ? list.children[0] : undefined;
    expect(first?.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
  });
});

describe('front matter (rule 10)', () => {
  it('is valid YAML with the title, date and tags (Hugo)', () => {
    const text = render('hugo', [entry({ tags: ['docker registry', 'ssh-agent'] })]);
    const [, frontMatter] = text.split('---\n');
    expect(parseYaml(frontMatter ?? '')).toEqual({
      title: 'Web, Ops & Data - Mars 2019',
      date: '2019-04-01',
      tags: ['docker registry', 'ssh-agent'],
    });
  });

  it('adds layout: post for Jekyll', () => {
    const text = render('jekyll', [entry({ tags: ['k8s'] })]);
    expect(text.startsWith('---\nlayout: post\ntitle: "Web, Ops & Data - Mars 2019"\n')).toBe(true);
    const [, frontMatter] = text.split('---\n');
    expect(parseYaml(frontMatter ?? '')).toMatchObject({
      layout: 'post',
      tags: ['k8s'],
      // Code in notes and outros (`{{ .Values }}`) must not be run as Liquid.
      render_with_liquid: false,
    });
  });

  it('prints an empty tag list and no blank lines for an empty month', () => {
    expect(render('hugo', [])).toBe(
      '---\ntitle: "Web, Ops & Data - Mars 2019"\ndate: 2019-04-01\ntags: []\n---\n',
    );
  });
});

describe('markdown preset', () => {
  it('has no front matter and the title as a heading', () => {
    const text = render(
      'markdown',
      [entry({ title: 'A', url: 'https://a.org/', category: 'Data' })],
      {
        intro: 'Bonjour.',
        outro: 'Au revoir.',
      },
    );
    expect(text).toBe(
      '# Web, Ops & Data - Mars 2019\n\nBonjour.\n\n## Data\n\n- [A](https://a.org/)\n\nAu revoir.\n',
    );
  });

  it('prints section intros before their bullets', () => {
    const text = render(
      'markdown',
      [entry({ title: 'A', url: 'https://a.org/', category: 'Data' })],
      {
        sectionIntros: { Data: 'Voir le podcast.' },
      },
    );
    expect(text).toContain('## Data\n\nVoir le podcast.\n\n- [A](https://a.org/)\n');
  });

  it('escapes a heading that would lose its trailing #', () => {
    const text = render('markdown', [entry({ category: 'Langages #' })]);
    const heading = parseMarkdown(text).children.find((n) => n.type === 'heading' && n.depth === 2);
    expect(heading && textOf(heading)).toBe('Langages #');
  });
});

describe('html preset', () => {
  it('prints a newsletter fragment with escaped page text and the rendered note', () => {
    const text = render(
      'html',
      [
        entry({
          title: '<script>alert(1)</script> & co',
          url: 'https://a.org/?x=1&y=2',
          note: 'Très *bien* <img src=x onerror=alert(1)>',
          category: 'Sécurité',
        }),
        entry({ title: 'B', url: 'https://b.org/', category: 'Sécurité' }),
      ],
      { intro: 'Salut **toi**.', sectionIntros: { Sécurité: 'Lisez.' } },
    );
    expect(text).toBe(
      [
        '<h1>Web, Ops &amp; Data - Mars 2019</h1>',
        '',
        '<p>Salut <strong>toi</strong>.</p>',
        '',
        '<h2>Sécurité</h2>',
        '<p>Lisez.</p>',
        '<ul>',
        '<li><a href="https://a.org/?x=1&amp;y=2">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</a> : Très <em>bien</em> &lt;img src=x onerror=alert(1)&gt;</li>',
        '<li><a href="https://b.org/">B</a></li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });
});

describe('presets', () => {
  it('lists the four presets, Hugo first', () => {
    expect(PRESETS.map((p) => [p.id, p.extension])).toEqual([
      ['hugo', 'md'],
      ['jekyll', 'md'],
      ['markdown', 'md'],
      ['html', 'html'],
    ]);
  });
});
