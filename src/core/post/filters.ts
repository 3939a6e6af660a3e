/**
 * The filters post templates use to print model values safely: every piece
 * of untrusted text (titles, URLs, page metadata) goes through one of them.
 * Each takes whatever Liquid gives (a template may pass a number, nil...).
 */
import { micromark } from 'micromark';
import { indentContinuation, tidyBlock } from './blocks';
import {
  escapeHtml,
  escapeMarkdownHeading,
  escapeMarkdownText,
  formatMarkdownUrl,
  htmlUrl,
  yamlQuote,
} from './escape';

/** Liquid values as text: nil prints as nothing, as in Liquid's own output. */
function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The author's Markdown as HTML. micromark escapes raw HTML and drops
 * `javascript:`-like link protocols by default; the options say so
 * explicitly, since a newsletter fragment is pasted into other pages.
 */
function markdownToHtml(value: unknown): string {
  return micromark(tidyBlock(text(value)), {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  }).trimEnd();
}

/**
 * As `markdownToHtml`, without the `<p>` of a one-paragraph text, so that a
 * note continues the line of its `<li>`. Several blocks keep their tags.
 * (Raw `</p>` in the note is escaped, so the only one is micromark's.)
 */
function markdownToInlineHtml(value: unknown): string {
  const html = markdownToHtml(value);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single?.[1] !== undefined && !single[1].includes('</p>') ? single[1] : html;
}

/** A string, or a list as a YAML flow sequence (`["a", "b"]`), as YAML. */
function yaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => yamlQuote(text(item))).join(', ')}]`;
  return yamlQuote(text(value));
}

export const POST_FILTERS: Record<string, (value: unknown, ...args: unknown[]) => string> = {
  /** Untrusted text in Markdown: link text, a paragraph, a list item. One line. */
  md_text: (value) => escapeMarkdownText(text(value)),
  /** Text after `## `: as md_text, and a trailing `#` kept. */
  md_heading: (value) => escapeMarkdownHeading(text(value)),
  /** A link destination, for `[text]({{ url | md_url }})`; `''` unless http(s). */
  md_url: (value) => formatMarkdownUrl(text(value)),
  /** Lines after the first indented (default 2 spaces): a multi-line note in its bullet. */
  md_indent: (value, width) => indentContinuation(text(value), Number(width ?? 2) || 0),
  /** The author's Markdown as HTML (raw HTML escaped, dangerous links dropped). */
  md_to_html: markdownToHtml,
  /** As md_to_html, a single paragraph without its `<p>`. */
  md_to_html_inline: markdownToInlineHtml,
  /** A YAML double-quoted string, or a flow sequence of them for a list. */
  yaml,
  /** HTML text or double-quoted attribute value. */
  html: (value) => escapeHtml(text(value)),
  /** An http(s) URL for a double-quoted `href`, already escaped; `''` otherwise. */
  html_url: (value) => htmlUrl(text(value)),
};
