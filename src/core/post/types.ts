/**
 * What a post template sees: plain data only (strings, numbers, booleans,
 * arrays), computed once from the month's entries, so that a template
 * chooses how to print but never decides what goes in or in which order.
 *
 * Text marked "untrusted" comes from the captured page and must go through
 * an escaping filter (`md_text`, `html`, `yaml`); text marked "Markdown" is
 * the author's, printed as written.
 */
import type { EntryId, MonthKey, PostLanguage } from '../types';

export interface PostEntry {
  id: EntryId;
  /** One line, never empty (the URL's host and path when the page gave none). Untrusted. */
  title: string;
  /** An http(s) URL, clean as stored. Untrusted: print it with `md_url` or `html_url`. */
  url: string;
  /** The URL's host name, without `www.`. */
  host: string;
  /** The author's commentary, Markdown, `''` when none. Edges tidied, `\n` line endings. */
  note: string;
  /** The entry's tags, tidied, without duplicates. */
  tags: string[];
  /** The entry's category, `''` for none (it is then in the fallback section). */
  category: string;
  /** What the page says about itself, one line each, `''` when absent. Untrusted. */
  siteName: string;
  description: string;
  author: string;
  /** Capture time, ISO 8601 UTC (`2019-03-12T17:04:00.000Z`). */
  capturedAt: string;
  /** Added since the month was marked as published. */
  isNew: boolean;
}

export interface PostSection {
  /** The category's name, one line. The author's, but print it with `md_heading`/`html`. */
  name: string;
  /** The author's paragraph before the bullets, Markdown, `''` when none. */
  intro: string;
  /** True for the section of entries without a category. */
  isFallback: boolean;
  /** Never empty: a section without entries is not in the model. */
  entries: PostEntry[];
}

/** Why a live entry of the month is not in the post. */
export type SkipReason = 'invalid-url' | 'unsupported-scheme';

export interface SkippedEntry {
  id: EntryId;
  url: string;
  title: string;
  reason: SkipReason;
}

export interface PostModel {
  /** The title override, or series name + " - " + month name + year. One line. */
  title: string;
  seriesName: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** The month, `YYYY-MM`. */
  monthKey: MonthKey;
  year: number;
  /** 1 to 12. */
  month: number;
  /** In the post's language, capitalised: "Mars". */
  monthName: string;
  language: PostLanguage;
  /** Between a bullet's link and its note: " : " in French, ": " in English. */
  separator: string;
  /** The author's Markdown, `''` when none. */
  intro: string;
  outro: string;
  /** Every tag of the post once (case-insensitively), in order of first appearance. */
  tags: string[];
  /** In print order. */
  sections: PostSection[];
  /** Entries in the post. */
  entryCount: number;
  /** Entries in the post with `isNew`. */
  newCount: number;
  /** Entries of the month left out of the post, for the UI to say so. */
  skipped: SkippedEntry[];
}
