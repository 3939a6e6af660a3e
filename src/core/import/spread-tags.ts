/**
 * A post keeps its tags in one list, the front matter's (docs/post-format.md,
 * rule 7: every entry tag once, in order of first appearance). Which entry
 * had which tag is not written down; this gives them back as far as the rule
 * allows, so that the post exported again has the same tags line:
 *
 * - tags are given out in their order, to entries in print order, never to
 *   an entry before the one the previous tag went to (that keeps the order
 *   of first appearance);
 * - a tag goes to the first such entry that names it (title, note or URL, as
 *   a word; `continuous-delivery` matches "Continuous Delivery"), and also to
 *   every later entry that names it;
 * - a run of tags that no entry names goes to the first entry still without
 *   tags before the next named tag's entry, else stays with the last entry.
 */
import { tagKey } from '../tags';

interface Text {
  title: string;
  note: string;
  url: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namer(tag: string): (text: string) => boolean {
  const words = tagKey(tag)
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map(escapeRegExp);
  if (words.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s_-]*')}(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(text);
}

/** Each entry's tags, in the order of `entries` (print order). */
export function spreadTags(tags: readonly string[], entries: readonly Text[]): string[][] {
  const result: string[][] = entries.map(() => []);
  if (entries.length === 0) return result;
  const texts = entries.map((e) => tagKey(`${e.title}\n${e.note}\n${e.url}`));
  const firstNaming = (tag: string, from: number): number => {
    const names = namer(tag);
    for (let i = Math.max(0, from); i < texts.length; i += 1) {
      if (names(texts[i] ?? '')) return i;
    }
    return -1;
  };

  let last = -1;
  let i = 0;
  while (i < tags.length) {
    const tag = tags[i] as string;
    const at = firstNaming(tag, last);
    if (at !== -1) {
      last = at;
      const names = namer(tag);
      for (let j = at; j < texts.length; j += 1) {
        if (j === at || names(texts[j] ?? '')) result[j]?.push(tag);
      }
      i += 1;
      continue;
    }
    // A run of tags no entry names, up to the next named one.
    let end = i;
    while (end < tags.length && firstNaming(tags[end] as string, Math.max(last, 0)) === -1) {
      end += 1;
    }
    const next = end < tags.length ? firstNaming(tags[end] as string, Math.max(last, 0)) : -1;
    const limit = next === -1 ? entries.length : next;
    let target = Math.max(last, 0);
    for (let j = last + 1; j < limit; j += 1) {
      if ((result[j]?.length ?? 0) === 0) {
        target = j;
        break;
      }
    }
    for (const run of tags.slice(i, end)) result[target]?.push(run);
    last = target;
    i = end;
  }
  return result;
}
