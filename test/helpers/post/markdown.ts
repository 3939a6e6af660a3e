/**
 * Reading exported Markdown back with a CommonMark parser
 * (mdast-util-from-markdown, i.e. micromark), as the checks of
 * docs/post-format.md ask.
 */
import type { Link, Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Plain text of a node, as mdast-util-to-string gives it (without a dependency on it). */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** The one link of a one-paragraph document; throws with the tree otherwise. */
export function linkOf(markdown: string): Link {
  const root: Root = fromMarkdown(markdown);
  const paragraph = root.children[0];
  const links = paragraph?.type === 'paragraph' ? linksIn(paragraph) : [];
  const link = links[0];
  if (root.children.length !== 1 || links.length !== 1 || link === undefined) {
    throw new Error(`expected one paragraph with one link in ${JSON.stringify(markdown)}`);
  }
  return link;
}

function linksIn(node: Paragraph | Nodes): Link[] {
  if (node.type === 'link') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(linksIn) : [];
}

export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** The Markdown after a `---` front matter, as Hugo and Jekyll hand it to their parser. */
export function bodyOf(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 3);
  return end === -1 ? text : text.slice(end + 5);
}
