/**
 * One bullet of a post (docs/post-format.md, rule 4): `- [Title](URL) : note`,
 * `- [Title](URL): note`, or the link alone. The title is the link's text,
 * unescaped; the note is the author's Markdown as written, its continuation
 * lines without the indentation that kept them in the bullet.
 */
import type { Link, ListItem } from 'mdast';
import { monthName } from '../month';
import { isolateBidi } from '../post/bidi';
import { escapeMarkdownText, oneLine } from '../post/escape';
import type { MonthKey, Settings } from '../types';
import { cleanUrl } from '../url';
import type { ImportProblem } from './types';

/** Title, URL and note, or why the bullet is refused. */
export type BulletResult =
  | { ok: true; value: { title: string; url: string; note: string } }
  | { ok: false; problem: ImportProblem; detail: string };

function textOf(node: { value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child as { value?: unknown })).join('');
}

/** The title export prints for the month when the author overrides nothing (model.ts). */
export function generatedTitle(key: MonthKey, settings: Settings): string {
  const series = oneLine(settings.seriesName);
  const name = `${monthName(key, settings.postLanguage)} ${key.slice(0, 4)}`;
  return series ? `${series} - ${name}` : name;
}

const SEPARATOR = /^[ \t]*(?::|[-–—](?=[ \t]))[ \t]*/;

export function readBullet(source: string, item: ListItem, link: Link | null): BulletResult {
  const start = item.position?.start.offset ?? 0;
  const end = item.position?.end.offset ?? start;
  const raw = source.slice(start, end);
  if (link === null) {
    if (/^[-*+][ \t]+\[[^\]]*\]\(/.test(raw))
      return { ok: false, problem: 'unbalanced-url', detail: firstLine(raw) };
    if (/^[-*+][ \t]+</.test(raw)) return { ok: false, problem: 'html', detail: firstLine(raw) };
    return { ok: false, problem: 'no-link', detail: firstLine(raw) };
  }
  const linkEnd = link.position?.end.offset ?? start;
  const after = source.slice(linkEnd, end);
  // `[t](https://x.org/a)b)`: the URL stopped at the first `)` it could.
  if (/^[^\s(]*\)/.test(after)) {
    return { ok: false, problem: 'unbalanced-url', detail: firstLine(raw) };
  }
  const clean = cleanUrl(link.url);
  if (!clean.ok) {
    const scheme = clean.reason === 'unsupported-scheme';
    return {
      ok: false,
      problem: scheme ? 'unsupported-scheme' : 'invalid-url',
      detail: scheme ? (clean.scheme ?? link.url) : link.url,
    };
  }
  const first = link.children[0]?.position?.start.offset;
  const last = link.children.at(-1)?.position?.end.offset;
  const printed = first === undefined || last === undefined ? '' : source.slice(first, last);
  const title = unprintText(oneLine(textOf(link)), escapeMarkdownText, printed);
  const indent = (link.position?.start.column ?? 3) - (item.position?.start.column ?? 1);
  return { ok: true, value: { title, url: clean.url, note: noteOf(after, indent) } };
}

/**
 * Page text as it was before it was printed isolated (src/core/post/bidi.ts):
 * text that prints as `s`, preferring `s` itself, then without the FSI...PDI
 * wrapper, then with a stray closer the printing dropped. Without bidi
 * formatting, `s` as it is.
 */
export function unprintText(s: string, print = isolateBidi, printed = s): string {
  if (!s.startsWith('\u2068') || !s.endsWith('\u2069') || s.length < 2) return s;
  const inner = s.slice(1, -1);
  const candidates = [s, inner, `\u202C${inner}`, `${inner}\u202C`];
  return candidates.find((c) => print(c) === printed) ?? s;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? '';
}

/** What follows the link, without the separator and without the bullet's indentation. */
function noteOf(after: string, indent: number): string {
  const text = after.replace(SEPARATOR, '');
  const pad = new RegExp(`^ {1,${Math.max(1, indent)}}`);
  const [first = '', ...rest] = text.split('\n');
  return [first, ...rest.map((line) => line.replace(pad, ''))].join('\n').trim();
}
