import { describe, expect, it, vi } from 'vitest';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { buildPostModel, type PostModel, renderPost } from '.';
import { OUTPUT_LIMIT } from './engine';

const model: PostModel = buildPostModel({
  entries: [entry({ title: 'A', note: 'n' })],
  month: month(),
  settings: settings(),
  publishDate: '2019-04-01',
});

describe('renderPost', () => {
  it('renders synchronously, with \\n line endings and one final newline', () => {
    expect(renderPost(model, '{{ title }}\r\n\r\n\n  ')).toEqual({
      ok: true,
      text: 'Web, Ops & Data - Mars 2019\n',
    });
  });

  it('reports an unknown tag with its line instead of throwing', () => {
    const result = renderPost(model, 'a\nb\n{% nope %}');
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(!result.ok && result.message).toContain('nope');
  });

  it('reports a misspelt filter (no silently unescaped value)', () => {
    expect(renderPost(model, '\n{{ title | md_txt }}')).toMatchObject({ ok: false, line: 2 });
  });

  it('reports an unclosed output', () => {
    expect(renderPost(model, 'x\n\n\n{{ title')).toMatchObject({ ok: false, line: 4 });
  });

  it('reads no file: include, render and layout fail', () => {
    for (const tag of ['include', 'render', 'layout']) {
      expect(renderPost(model, `{% ${tag} "/etc/passwd" %}`)).toMatchObject({ ok: false, line: 1 });
    }
  });

  it('refuses a huge range before looping over it (memory limit)', () => {
    const result = renderPost(model, '{% for i in (1..1000000000) %}{{ i }}{% endfor %}');
    expect(result).toMatchObject({ ok: false, line: 1 });
    expect(!result.ok && result.message).toContain('memory alloc limit exceeded');
  });

  it('stops a render that runs past its time budget (render limit)', () => {
    // A clock that jumps one second each time it is read: the loop is small
    // and would finish, so only the render limit can stop it, whatever the
    // machine's speed.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => {
      now += 1_000;
      return now;
    });
    try {
      const result = renderPost(model, '{% for i in (1..1000) %}{{ i }}{% endfor %}');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain('template render limit exceeded');
    } finally {
      clock.mockRestore();
    }
    // The same loop renders when time does not jump.
    expect(renderPost(model, '{% for i in (1..1000) %}{{ i }}{% endfor %}').ok).toBe(true);
  });

  it('reports a property the model does not have, prototype ones included', () => {
    for (const template of [
      '{{ constructor }}',
      'x\n{{ title.constructor }}',
      '{{ sections.__proto__ }}',
    ]) {
      const result = renderPost(model, template);
      expect(result).toMatchObject({ ok: false });
      expect(!result.ok && result.message).toContain('undefined variable');
    }
  });

  it('reports a misspelt variable with its line instead of printing nothing', () => {
    const template =
      '{% for section in sections %}\n{% for entry in section.entries %}\n{{ entrie.title }}{% endfor %}{% endfor %}';
    const result = renderPost(model, template);
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(!result.ok && result.message).toContain('entrie');
  });

  it('still lets a template test for a value with if and default', () => {
    const template = '{% if nope %}yes{% else %}no{% endif %} {{ nope | default: "none" }}';
    expect(renderPost(model, template)).toEqual({ ok: true, text: 'no none\n' });
  });

  it('stops a post longer than the output limit', () => {
    expect(renderPost(model, '{{ title }}', { output: 5 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
    // Doubling a captured string costs nothing until it is printed: 10 × 2²⁰ characters.
    const doubling =
      '{% capture x %}0123456789{% endcapture %}{% for i in (1..20) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}';
    const result = renderPost(model, `${doubling}{{ x }}`);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toContain(OUTPUT_LIMIT.toLocaleString('en'));
    expect(renderPost(model, `${doubling}{{ x | size }}`)).toEqual({
      ok: true,
      text: '10485760\n',
    });
  });

  it("counts the text given to the post's filters against the memory limit", () => {
    const doubling =
      '{% capture x %}0123456789{% endcapture %}{% for i in (1..21) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}';
    const result = renderPost(model, `${doubling}{{ x | md_text | size }}`);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain('memory alloc limit exceeded');
  });

  it('gives templates the filters of the presets', () => {
    const template = [
      '{{ "a*b" | md_text }}',
      '{{ "C #" | md_heading }}',
      '{{ "https://x.org/a b" | md_url }}',
      '{{ "a\nb" | md_indent }}|{{ "a\nb" | md_indent: 4 }}',
      '{{ tags | yaml }} {{ "x\\"" | yaml }}',
      '{{ "<b>&" | html }} {{ "javascript:x" | html_url }}|{{ "https://x.org/?a&b" | html_url }}',
      '{{ "*a* <i>" | md_to_html }}',
      '{{ "*a*" | md_to_html_inline }}',
    ].join('\n');
    const result = renderPost({ ...model, tags: ['k8s', 'docker registry'] }, template);
    expect(result).toEqual({
      ok: true,
      text: [
        'a\\*b',
        'C \\#',
        '<https://x.org/a b>',
        'a\n  b|a\n    b',
        '["k8s", "docker registry"] "x\\""',
        '&lt;b&gt;&amp; |https://x.org/?a&amp;b',
        '<p><em>a</em> &lt;i&gt;</p>',
        '<em>a</em>',
        '',
      ].join('\n'),
    });
  });
});
