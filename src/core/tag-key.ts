/**
 * What a tag is compared by and how a typed one is tidied: apart from
 * tags.ts, so that the entry writes of the popup and the worker (the names
 * summary, core/name-summaries.ts) carry these alone.
 */
import { cutAt } from './title';

/** Longer than any real tag; a pasted paragraph must not become one. */
export const MAX_TAG_LENGTH = 64;

/** What tags are compared by: case-insensitive, and one Unicode form for "é". */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

/** One tag as typed, tidied: no leading `#`, single spaces, capped; `''` when nothing is left. */
export function normalizeTag(raw: string): string {
  const tag = raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    // `#docker` is how tags are often typed, but the `#` is not part of the name.
    .replace(/^[#\s]+/, '');
  return tag.length <= MAX_TAG_LENGTH ? tag : cutAt(tag, MAX_TAG_LENGTH).trimEnd();
}
