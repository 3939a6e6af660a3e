/**
 * The month's entries turned into what a post prints (docs/post-format.md): which
 * entries, in which sections, in which order, under which title and tags.
 * Pure: the same input gives the same model, whatever the input's order
 * (apart from ties in capture time, which keep it).
 */
import { isValidTime } from '../dates';
import { monthName } from '../month';
import { normalizeTag, tagKey } from '../tags';
import { fallbackTitle } from '../title';
import type { Entry, MonthRecord, Settings } from '../types';
import { tidyBlock, tidyNote } from './blocks';
import { oneLine } from './escape';
import { noteSeparator } from './language';
import { groupIntoSections } from './sections';
import type { PostEntry, PostModel, PostSection, SkippedEntry, SkipReason } from './types';

export interface PostInput {
  /** Any entries: those of other months and deleted ones are left out here. */
  entries: readonly Entry[];
  month: MonthRecord;
  settings: Settings;
  /** `YYYY-MM-DD`. */
  publishDate: string;
}

export function buildPostModel({ entries, month, settings, publishDate }: PostInput): PostModel {
  const language = settings.postLanguage;
  const published = new Set(month.publishedEntryIds);
  const isNew = (entry: Entry) => month.publishedAt !== null && !published.has(entry.id);

  const skipped: SkippedEntry[] = [];
  const printed: Entry[] = [];
  for (const entry of entries) {
    if (entry.deletedAt != null || entry.monthKey !== month.id) continue;
    const url = entry.url.trim();
    const refusal = urlRefusal(url);
    if (refusal !== null) {
      skipped.push({ id: entry.id, url: entry.url, title: oneLine(entry.title), reason: refusal });
      continue;
    }
    printed.push(entry);
  }

  const sections: PostSection[] = groupIntoSections(printed, month, settings).map((section) => ({
    name: section.name,
    intro: tidyBlock(month.sectionIntros[section.name] ?? ''),
    isFallback: section.isFallback,
    entries: section.entries.map((entry) => toPostEntry(entry, isNew(entry))),
  }));

  const [year, monthNumber] = month.id.split('-').map(Number) as [number, number];
  const name = monthName(month.id, language);
  const series = oneLine(settings.seriesName);
  const generated = series ? `${series} - ${name} ${year}` : `${name} ${year}`;
  const all = sections.flatMap((section) => section.entries);
  return {
    title: oneLine(month.titleOverride) || generated,
    seriesName: series,
    date: publishDate,
    monthKey: month.id,
    year,
    month: monthNumber,
    monthName: name,
    language,
    separator: noteSeparator(language),
    intro: tidyBlock(month.intro),
    outro: tidyBlock(month.outro),
    tags: uniqueTags(all.flatMap((entry) => entry.tags)),
    sections,
    entryCount: all.length,
    newCount: all.filter((entry) => entry.isNew).length,
    skipped,
  };
}

/**
 * Why a URL cannot be linked, or null for http(s) (docs/post-format.md, rule 9): a
 * `file:`, `javascript:` or browser-internal URL would be a broken or
 * hostile link in a published post.
 */
function urlRefusal(url: string): SkipReason | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid-url';
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : 'unsupported-scheme';
}

function toPostEntry(entry: Entry, isNew: boolean): PostEntry {
  const url = entry.url.trim();
  return {
    id: entry.id,
    title: oneLine(entry.title) || fallbackTitle(url),
    url,
    host: new URL(url).hostname.replace(/^www\./, ''),
    note: tidyNote(entry.note),
    tags: uniqueTags(entry.tags),
    category: oneLine(entry.category),
    siteName: oneLine(entry.meta.siteName ?? ''),
    description: oneLine(entry.meta.description ?? ''),
    author: oneLine(entry.meta.author ?? ''),
    capturedAt: isoTime(entry.capturedAt),
    isNew,
  };
}

/**
 * Tidied tags (one line, as the front matter prints them), each once
 * whatever its case, spelled as first seen (docs/post-format.md, rule 7).
 */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(oneLine(raw));
    const key = tagKey(tag);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(tag);
  }
  return unique;
}

/** ISO 8601, or `''` for a time outside src/core/dates.ts's range (a corrupt record must not throw). */
function isoTime(epochMs: number): string {
  return isValidTime(epochMs) ? new Date(epochMs).toISOString() : '';
}
