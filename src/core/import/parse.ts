/**
 * A past roundup (docs/post-format.md) read back into a month: the front
 * matter says which month and its tags, a CommonMark parser
 * (mdast-util-from-markdown, micromark) finds the sections and their bullets,
 * and the author's Markdown (intro, section intros, notes, outro) is taken
 * from the file as written, so that exporting the month again with the Hugo
 * preset gives back the same post.
 */
import type { Link, List, ListItem, Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { tidyBlock } from '../post/blocks';
import { oneLine } from '../post/escape';
import { sectionComparator } from '../post/language';
import { orderSections } from '../post/order';
import { fallbackSectionName } from '../settings';
import type { Settings } from '../types';
import { generatedTitle, readBullet, unprintText } from './bullet';
import { readFrontMatter } from './front-matter';
import { monthFromDate, monthFromTitle } from './month-key';
import { spreadTags } from './spread-tags';
import type { ImportIssue, ParsedEntry, ParseResult } from './types';

const FALLBACK_NAMES = ['divers', 'misc'];

export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;
const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** The first bullet list made of links in `nodes`, by index, or -1. */
function linkListIndex(nodes: readonly RootContent[]): number {
  return nodes.findIndex(
    (node) => node.type === 'list' && node.children.some((item) => firstLink(item) !== null),
  );
}

export function firstLink(item: ListItem): Link | null {
  const paragraph = item.children[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  return first?.type === 'link' ? first : null;
}

/** Parses one file; `settings` gives the series name, the post language and the fallback section. */
export function parsePost(file: string, raw: string, settings: Settings): ParseResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fail = (problem: ImportIssue['problem'], line: number, detail = ''): ParseResult => ({
    ok: false,
    issue: { file, line, problem, detail },
  });
  const front = readFrontMatter(text);
  if (!front.ok) {
    const html = /^\s*<(?:!doctype|html|h\d|p|ul|div)\b/i.test(text);
    return html ? fail('html', 1) : fail(front.problem, front.line, front.detail);
  }
  const { title, date, tags, bodyStart } = front.value;
  const monthKey = monthFromTitle(unprintText(title)) ?? (date ? monthFromDate(date) : null);
  if (monthKey === null) return fail('no-month', 2, title);

  // The front matter blanked, not cut: offsets and lines stay the file's.
  const source = text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart);
  const nodes = fromMarkdown(source).children;
  const headings = nodes.flatMap((node, i) =>
    node.type === 'heading' && node.depth === 2 ? [i] : [],
  );
  const refused: ImportIssue[] = [];
  const refuse = (problem: ImportIssue['problem'], line: number, detail = '') =>
    refused.push({ file, line, problem, detail });

  const fallback = fallbackSectionName(settings);
  const sections = headings.map((at, k) => {
    const heading = nodes[at] as Nodes;
    const body = nodes.slice(at + 1, headings[k + 1] ?? nodes.length);
    return { heading, body, list: linkListIndex(body) };
  });
  const lastWithLinks = sections.findLastIndex((section) => section.list !== -1);
  if (lastWithLinks === -1) {
    const html = nodes.find((node) => node.type === 'html');
    return html ? fail('html', lineOf(html)) : fail('no-sections', bodyLine(text, bodyStart));
  }

  const firstHeading = nodes[headings[0] ?? 0] as Nodes;
  const sectionIntros: Record<string, string> = {};
  const printedOrder: string[] = [];
  const entries: Omit<ParsedEntry, 'tags'>[] = [];
  let outroStart = source.length;
  sections.forEach((section, k) => {
    const heading = unprintText(oneLine(textOf(section.heading)));
    if (section.list === -1) {
      if (k < lastWithLinks) refuse('empty-section', lineOf(section.heading), heading);
      else if (k === lastWithLinks + 1) outroStart = startOf(section.heading);
      return;
    }
    const isFallback = heading === fallback || FALLBACK_NAMES.includes(heading.toLowerCase());
    const name = isFallback ? fallback : heading;
    if (!printedOrder.includes(name)) printedOrder.push(name);
    const list = section.body[section.list] as List;
    const intro = tidyBlock(source.slice(endOf(section.heading), startOf(list)));
    if (intro !== '') sectionIntros[name] = intro;
    for (const node of section.body.slice(0, section.list)) {
      if (node.type === 'html') refuse('html', lineOf(node));
    }
    let position = entries.filter((e) => e.category === (isFallback ? '' : name)).length;
    let after = section.list;
    for (let i = section.list; i < section.body.length; i += 1) {
      const node = section.body[i] as RootContent;
      if (node.type !== 'list' || (i > section.list && linkListIndex([node]) === -1)) break;
      after = i + 1;
      for (const item of node.children) {
        const bullet = readBullet(source, item, firstLink(item));
        if (!bullet.ok) {
          refuse(bullet.problem, lineOf(item), bullet.detail);
          continue;
        }
        const category = isFallback ? '' : name;
        entries.push({ ...bullet.value, category, position, line: lineOf(item) });
        position += 1;
      }
    }
    const rest = section.body.slice(after);
    const next = rest[0];
    if (next === undefined) return;
    if (k === lastWithLinks) outroStart = startOf(next);
    else for (const node of rest) refuse('stray-text', lineOf(node));
  });

  const ordered = entries; // print order: sections in file order, bullets in order
  const spread = spreadTags(tags, ordered);
  const alphabetical = orderSections(
    new Set(printedOrder),
    [],
    fallback,
    sectionComparator(settings.postLanguage),
  );
  const sameOrder = alphabetical.join('\n') === printedOrder.join('\n');
  const cleanTitle = oneLine(unprintText(title));
  return {
    ok: true,
    post: {
      file,
      monthKey,
      month: {
        intro: tidyBlock(source.slice(bodyStart, startOf(firstHeading))),
        outro: outroStart < source.length ? tidyBlock(source.slice(outroStart)) : '',
        sectionIntros,
        sectionOrder: sameOrder ? [] : printedOrder,
        titleOverride: cleanTitle === generatedTitle(monthKey, settings) ? '' : cleanTitle,
        publishDate: date,
      },
      entries: ordered.map((entry, i) => ({ ...entry, tags: spread[i] ?? [] })),
      tags,
      refused,
    },
  };
}

/** The first line of the body that holds something, for a message about the whole body. */
function bodyLine(text: string, bodyStart: number): number {
  const before = text.slice(0, bodyStart).split('\n').length;
  const leading = /^\s*/.exec(text.slice(bodyStart))?.[0] ?? '';
  return before + leading.split('\n').length - 1;
}
