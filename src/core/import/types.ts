/**
 * Past posts read back into the library (README, "Import posts"): what a
 * roundup file holds once parsed, and what was left out of it, line by line.
 */
import type { MonthKey, MonthTextFields } from '../types';

/** Why a file, or one of its lines, was refused. The UI words each one. */
export type ImportProblem =
  /** The file does not start with a `---` YAML front matter. */
  | 'no-front-matter'
  /** The front matter is not YAML, or not a mapping. */
  | 'bad-front-matter'
  /** `date:` is not a calendar date (`YYYY-MM-DD`). */
  | 'bad-date'
  /** Neither the title nor the date says which month the post is. */
  | 'no-month'
  /** No `## Section` with bullets of links. */
  | 'no-sections'
  /** HTML where the post format has Markdown. */
  | 'html'
  /** A bullet that does not start with a Markdown link. */
  | 'no-link'
  /** A link whose URL's parentheses do not balance: the parser cannot tell where it ends. */
  | 'unbalanced-url'
  /** A link to something else than http(s): `javascript:`, `data:`, `mailto:`... */
  | 'unsupported-scheme'
  /** A link whose URL does not parse. */
  | 'invalid-url'
  /** A `## Section` with no bullets of links, among the sections: its text is left out. */
  | 'empty-section'
  /** Text after a section's bullets, before the next section: left out. */
  | 'stray-text';

export interface ImportIssue {
  file: string;
  /** 1-based line in the file. */
  line: number;
  problem: ImportProblem;
  /** What the message quotes: the scheme, the URL, the section's name, the date. */
  detail: string;
}

/** One bullet of a post, as the library will hold it. */
export interface ParsedEntry {
  /** The link's text, unescaped: page text. */
  title: string;
  /** Clean (src/core/url.ts), http(s). */
  url: string;
  /** The author's Markdown after the separator, as written (continuation indent removed). */
  note: string;
  /** The section's name; `''` for the fallback section. */
  category: string;
  tags: string[];
  /** Order within its section, from 0. */
  position: number;
  line: number;
}

/**
 * The month's own text, as a month record holds it: the section order only
 * when it is not the language's alphabetical one, the title override only
 * when it is not the generated title, no publish date when the front matter
 * has none.
 */
export type ParsedMonthText = MonthTextFields;

export interface ParsedPost {
  file: string;
  monthKey: MonthKey;
  month: ParsedMonthText;
  entries: ParsedEntry[];
  /** Every tag of the front matter, once. */
  tags: string[];
  /** Lines left out of an otherwise usable post. */
  refused: ImportIssue[];
}

export type ParseResult = { ok: true; post: ParsedPost } | { ok: false; issue: ImportIssue };
