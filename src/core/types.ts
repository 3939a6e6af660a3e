/**
 * The product's records. Plain objects only: they go through structured
 * clone (IndexedDB, messages), which drops class prototypes.
 *
 * Every record carries an update time and a tombstone (`deletedAt`) so that a
 * backup merge or a second browser's captures can be merged with one rule:
 * the later `updatedAt` wins.
 */

/** A month in the author's calendar, `YYYY-MM`. */
export type MonthKey = string;

/** A globally unique id (`crypto.randomUUID()`), never an auto-increment. */
export type EntryId = string;

/** What the page says about itself, read at capture. All optional. */
export interface PageMeta {
  siteName?: string;
  description?: string;
  author?: string;
  /**
   * The page's own date, as the page gives it (ISO 8601 when it follows Open
   * Graph's `article:published_time`). Not the month's publication.
   */
  pageDate?: string;
  /** BCP 47 language tag of the page (`<html lang>`). */
  lang?: string;
}

export interface Entry {
  id: EntryId;
  /** Clean URL (tracking parameters removed); one live entry per clean URL. */
  url: string;
  /** The page's title: untrusted text, escaped wherever it is output. */
  title: string;
  /** The author's commentary, Markdown written on purpose (not escaped). */
  note: string;
  tags: string[];
  /** Section of the post; '' means none (the fallback section). */
  category: string;
  /** The month the entry is published in; defaults to the capture month. */
  monthKey: MonthKey;
  /** Epoch milliseconds. */
  capturedAt: number;
  updatedAt: number;
  /** Epoch milliseconds of the deletion, or null while the entry is live. */
  deletedAt: number | null;
  /** Manual position within its section; entries without one keep capture order. */
  position?: number;
  meta: PageMeta;
  /** Clock stamp of the last write (core/sync/hlc.ts); every stored entry has one. */
  hlc?: string;
  /** The stamp this entry had when it was last on the sync server. */
  syncedHlc?: string;
}

/** The month's own text and publication state. Its id is the month key. */
export interface MonthRecord {
  id: MonthKey;
  /** Free Markdown printed after the front matter. */
  intro: string;
  /** Free Markdown printed last ("Astuce du mois"...). */
  outro: string;
  /** Category name -> Markdown paragraph printed before that section's bullets. */
  sectionIntros: Record<string, string>;
  /** Pinned order of sections; empty means the language's alphabetical order. */
  sectionOrder: string[];
  /** Replaces the generated title when not empty. */
  titleOverride: string;
  /** `YYYY-MM-DD`, or null for "today" at export time. */
  publishDate: string | null;
  /** When the author marked the month as published, or null. */
  publishedAt: number | null;
  /** Ids of the entries that went into the published post. */
  publishedEntryIds: EntryId[];
  /** Where Veille last published the post itself (absent when it never did). Not indexed. */
  publishedTo?: PublishedTo;
  updatedAt: number;
  deletedAt: number | null;
  /** Clock stamp of the last write (core/sync/hlc.ts); every stored month has one. */
  hlc?: string;
  /** The stamp this month had when it was last on the sync server. */
  syncedHlc?: string;
}

/** A post Veille committed to the blog's repository: where, and when. No credentials. */
export interface PublishedTo {
  /** The repository's address, as the author typed it (credentials are refused there). */
  repository: string;
  branch: string;
  /** The post's path inside the repository. */
  path: string;
  commit: string;
  at: number;
}

/** The month's own text, as the author writes it (export view) or a past post holds it (import). */
export type MonthTextFields = Pick<
  MonthRecord,
  'intro' | 'outro' | 'sectionIntros' | 'sectionOrder' | 'titleOverride' | 'publishDate'
>;

/** Post languages supported for month names and punctuation. */
export type PostLanguage = 'fr' | 'en';

/** Small user choices, kept in `storage.sync`. */
export interface Settings {
  /** Settings schema version, for ordered migrations. */
  version: number;
  seriesName: string;
  /** Language of the post (month names, separators), independent of the UI's. */
  postLanguage: PostLanguage;
  /** IANA time zone deciding which month an entry belongs to; '' = the browser's. */
  timeZone: string;
  /** Section for entries without a category; '' = "Divers"/"Misc" by post language. */
  fallbackSection: string;
  /** Export preset id ('hugo', 'jekyll', 'markdown', 'html') or a custom template id. */
  preset: string;
}
