/**
 * A Netscape bookmark file (every browser's export, Raindrop, Pinboard,
 * linkding) read with the browser's own HTML parser into plain records:
 * each `<A>` with its attributes, its `<DD>` description and its folders.
 * The parser builds no script and loads nothing (a `DOMParser` document is
 * inert); the text stays text. The rules that make entries of these
 * records are in `src/core/import/`.
 */
import { anchorLines, type BookmarkFile, type BookmarkRecord } from '../core/import/bookmarks';

/** Attributes by which exporters mark the browser's own top folders. */
const ROOT_ATTRIBUTES = ['PERSONAL_TOOLBAR_FOLDER', 'UNFILED_BOOKMARKS_FOLDER'];

/**
 * The folder a `<DL>` is the content of: the `<H3>` of the `<DT>` holding
 * it, or just before it. A folder with a description (`<DD>` after its
 * `<H3>`) has its `<DL>` inside the `<DD>`, which closed the `<DT>`.
 */
function folderOf(list: Element): { name: string; browserRoot: boolean } | null {
  let holder: Element | null = list.parentElement;
  if (holder?.tagName === 'DD') holder = holder.previousElementSibling;
  let heading: Element | null = null;
  if (holder?.tagName === 'DT') {
    heading = [...holder.children].find((child) => child.tagName === 'H3') ?? null;
  }
  if (heading === null && list.previousElementSibling?.tagName === 'H3') {
    heading = list.previousElementSibling;
  }
  if (heading === null) return null;
  return {
    name: heading.textContent ?? '',
    browserRoot: ROOT_ATTRIBUTES.some((name) => heading.getAttribute(name) === 'true'),
  };
}

/** The `<DD>` after the link's `<DT>`: its description. */
function descriptionOf(link: Element): string {
  const item = link.parentElement?.tagName === 'DT' ? link.parentElement : link;
  const next = item.nextElementSibling;
  return next?.tagName === 'DD' ? (next.textContent ?? '').trim() : '';
}

function foldersOf(link: Element): BookmarkRecord['folders'] {
  const folders: BookmarkRecord['folders'] = [];
  for (let node = link.parentElement; node !== null; node = node.parentElement) {
    if (node.tagName !== 'DL') continue;
    const folder = folderOf(node);
    if (folder) folders.unshift(folder);
  }
  return folders;
}

/**
 * The records of a bookmark file, each placed at its `<A>`'s line (the
 * document's links come in the order of their start tags; if a broken file
 * makes the parser add or merge links, the lines are those of the nearest
 * tags, never a failure).
 */
export function readBookmarkHtml(
  file: string,
  text: string,
  parser: DOMParser = new DOMParser(),
): BookmarkFile {
  const document = parser.parseFromString(text, 'text/html');
  const lines = anchorLines(text);
  const records: BookmarkRecord[] = [];
  document.querySelectorAll('a').forEach((link, index) => {
    records.push({
      at: lines[Math.min(index, lines.length - 1)] ?? 0,
      href: link.getAttribute('href') ?? '',
      title: link.textContent ?? '',
      tags: [link.getAttribute('tags') ?? ''],
      folders: foldersOf(link),
      added: (link.getAttribute('add_date') ?? '').trim(),
      description: descriptionOf(link),
    });
  });
  return { file, place: 'line', records, issues: [] };
}
