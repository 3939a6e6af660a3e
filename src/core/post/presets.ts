/**
 * The built-in post templates. Each is a Liquid template over a PostModel
 * (see types.ts) and the filters of filters.ts; an author's own template
 * starts as a copy of one of them.
 *
 * Whitespace: a block (intro, section, outro) starts with its blank line and
 * ends with its newline; `-%}` eats the newline after a closing tag, so
 * leaving a block out leaves no blank line behind. The Hugo preset's output
 * is checked byte for byte against
 * test/fixtures/example-2019-03/expected-hugo.md (docs/post-format.md).
 */

export type PresetId = 'hugo' | 'jekyll' | 'markdown' | 'html';

export interface PostPreset {
  id: PresetId;
  label: string;
  /** The exported file's extension, without the dot. */
  extension: 'md' | 'html';
  template: string;
}

/**
 * Intro, sections and outro in Markdown (docs/post-format.md, "Anatomy of a post").
 * The note is the author's Markdown, printed as written; its continuation
 * lines are indented so that a multi-line note stays in its bullet.
 */
const MARKDOWN_BODY = `{% if intro != "" %}
{{ intro }}
{% endif -%}
{% for section in sections %}
## {{ section.name | md_heading }}
{% if section.intro != "" %}
{{ section.intro }}
{% endif %}
{% for entry in section.entries -%}
- [{{ entry.title | md_text }}]({{ entry.url | md_url }}){% if entry.note != "" %}{{ separator }}{{ entry.note | md_indent }}{% endif %}
{% endfor -%}
{% endfor -%}
{% if outro != "" %}
{{ outro }}
{% endif -%}
`;

/** Hugo: YAML front matter; the title is always quoted (it holds ", " and "&"). */
const HUGO = `---
title: {{ title | yaml }}
date: {{ date }}
tags: {{ tags | yaml }}
---
${MARKDOWN_BODY}`;

/**
 * Jekyll: as Hugo, with the `post` layout Jekyll's themes expect. Tags are a
 * YAML list, so a tag with a space ("docker registry") stays one tag.
 * Jekyll runs Liquid over posts, and a tech tip's code (Helm, Go templates,
 * GitHub Actions' `${{ }}`) is full of `{{`: `render_with_liquid: false`
 * (Jekyll 4) prints the post as written.
 */
const JEKYLL = `---
layout: post
title: {{ title | yaml }}
date: {{ date }}
tags: {{ tags | yaml }}
render_with_liquid: false
---
${MARKDOWN_BODY}`;

/** Plain Markdown, for a blog engine without front matter: the title as a heading. */
const MARKDOWN = `# {{ title | md_heading }}
${MARKDOWN_BODY}`;

/**
 * A newsletter fragment to paste into an e-mail tool or a page: every piece
 * of page text escaped, the author's Markdown rendered by micromark (which
 * escapes raw HTML), links only to http(s).
 */
const HTML = `<h1>{{ title | html }}</h1>
{% if intro != "" %}
{{ intro | md_to_html }}
{% endif -%}
{% for section in sections %}
<h2>{{ section.name | html }}</h2>
{% if section.intro != "" -%}
{{ section.intro | md_to_html }}
{% endif -%}
<ul>
{% for entry in section.entries -%}
<li><a href="{{ entry.url | html_url }}">{{ entry.title | html }}</a>{% if entry.note != "" %}{{ separator | html }}{{ entry.note | md_to_html_inline }}{% endif %}</li>
{% endfor -%}
</ul>
{% endfor -%}
{% if outro != "" %}
{{ outro | md_to_html }}
{% endif -%}
`;

export const DEFAULT_PRESET_ID: PresetId = 'hugo';

export const PRESETS: readonly PostPreset[] = [
  { id: 'hugo', label: 'Hugo', extension: 'md', template: HUGO },
  { id: 'jekyll', label: 'Jekyll', extension: 'md', template: JEKYLL },
  { id: 'markdown', label: 'Markdown', extension: 'md', template: MARKDOWN },
  { id: 'html', label: 'HTML', extension: 'html', template: HTML },
];

/** The built-in preset with this id, or undefined (a custom template's id). */
export function presetById(id: string): PostPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
