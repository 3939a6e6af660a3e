/**
 * Tags as the post prints them (docs/post-format.md, rule 7): free text that may hold
 * spaces ("docker registry") and dashes ("ssh-agent"), one per idea whatever
 * its case: "Docker" and "docker" are the same tag, spelled as first typed.
 */

import { alphabetical } from './alphabetical';
import { fold } from './fold';
import { normalizeTag, tagKey } from './tag-key';
import type { Entry } from './types';

export { MAX_TAG_LENGTH, normalizeTag, tagKey } from './tag-key';

/** `"#Docker, docker registry,, ssh-agent"` → `["Docker", "docker registry", "ssh-agent"]`. */
export function parseTags(input: string): string[] {
  return input.split(/[,\n]/).reduce<string[]>(addOne, []);
}

/**
 * `tags` with the tags typed in `raw` (which may list several, comma-separated)
 * added at the end. Returns `tags` itself when nothing new was added, so a
 * caller can tell by identity.
 */
export function addTag(tags: string[], raw: string): string[] {
  return parseTags(raw).reduce(addOne, tags);
}

/** `tags` without `tag`, compared case-insensitively; `tags` itself when absent. */
export function removeTag(tags: string[], tag: string): string[] {
  const key = tagKey(normalizeTag(tag));
  const next = tags.filter((t) => tagKey(t) !== key);
  return next.length === tags.length ? tags : next;
}

/** Appends one tag unless empty or already present; the same array when unchanged. */
function addOne(tags: string[], raw: string): string[] {
  const tag = normalizeTag(raw);
  if (tag === '') return tags;
  const key = tagKey(tag);
  if (tags.some((t) => tagKey(t) === key)) return tags;
  return [...tags, tag];
}

export interface RankedTag {
  /** The spelling used most often (on a tie, the first in alphabetical order). */
  tag: string;
  /** Number of live entries carrying it. */
  count: number;
}

/**
 * One tag's spellings with their counts as one tag: the total, under the
 * spelling used most often, and on a tie the first in alphabetical order, so
 * that the order in which entries are read (or counts kept) changes nothing.
 */
export function mostUsedSpelling(spellings: Iterable<readonly [string, number]>): RankedTag {
  let tag = '';
  let best = 0;
  let count = 0;
  for (const [spelling, n] of spellings) {
    count += n;
    if (n > best || (n === best && alphabetical(spelling, tag) < 0)) [tag, best] = [spelling, n];
  }
  return { tag, count };
}

/** Tags of the live entries, most used first, ties in alphabetical order. */
export function rankTags(entries: ReadonlyArray<Pick<Entry, 'tags' | 'deletedAt'>>): RankedTag[] {
  // key -> count per spelling.
  const groups = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const seen = new Set<string>();
    for (const raw of entry.tags) {
      const tag = normalizeTag(raw);
      const key = tagKey(tag);
      // An entry counts once per tag (with its first spelling), even if it was stored twice.
      if (tag === '' || seen.has(key)) continue;
      seen.add(key);
      const spellings = groups.get(key) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      groups.set(key, spellings);
    }
  }
  return [...groups.values()]
    .map(mostUsedSpelling)
    .sort((a, b) => b.count - a.count || alphabetical(a.tag, b.tag));
}

/**
 * Up to `limit` known tags for what is being typed: those starting with the
 * prefix first, then those with a word starting with it ("reg" finds "docker
 * registry"), each group in rank order. Case and accents are ignored ("secu"
 * finds "Sécurité"); tags in `exclude` (already on the entry) are skipped.
 */
export function suggestTags(
  prefix: string,
  ranked: readonly RankedTag[],
  exclude: readonly string[],
  limit: number,
): string[] {
  const wanted = fold(normalizeTag(prefix));
  const excluded = new Set(exclude.map(tagKey));
  const starts: string[] = [];
  const words: string[] = [];
  for (const { tag } of ranked) {
    if (excluded.has(tagKey(tag))) continue;
    const folded = fold(tag);
    if (folded.startsWith(wanted)) starts.push(tag);
    else if (wordStarts(folded, wanted)) words.push(tag);
    if (starts.length >= limit) break;
  }
  return [...starts, ...words].slice(0, Math.max(0, limit));
}

/** True when a word of `text` after the first starts with `wanted`. */
function wordStarts(text: string, wanted: string): boolean {
  return text.split(/[\s\-_/.]+/).some((word, i) => i > 0 && word.startsWith(wanted));
}
