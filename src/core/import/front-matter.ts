/**
 * A post's YAML front matter (docs/post-format.md, "Anatomy of a post"):
 * `title`, `date`, `tags`, between two `---` lines at the top of the file.
 */
import { parseDocument } from 'yaml';
import { isIsoDate } from '../dates';
import { normalizeTag, tagKey } from '../tags';
import type { ImportProblem } from './types';

export interface FrontMatter {
  title: string;
  /** `YYYY-MM-DD`, or null without a `date`. */
  date: string | null;
  tags: string[];
  /** Where the Markdown body starts, in characters of the file. */
  bodyStart: number;
}

export type FrontMatterResult =
  | { ok: true; value: FrontMatter }
  | { ok: false; problem: ImportProblem; line: number; detail: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\n|$)/m;

/** Reads the front matter of `text` (`\n` line endings). */
export function readFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (opening === null) return { ok: false, problem: 'no-front-matter', line: 1, detail: '' };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) return { ok: false, problem: 'no-front-matter', line: 1, detail: '' };
  const yamlText = rest.slice(0, closing.index);
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const lineOf = (offset: number) => 2 + countLines(yamlText.slice(0, offset));

  const doc = parseDocument(yamlText, { version: '1.2' });
  const error = doc.errors[0];
  if (error !== undefined) {
    return { ok: false, problem: 'bad-front-matter', line: lineOf(error.pos[0]), detail: '' };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'bad-front-matter', line: 2, detail: '' };
  }
  const fields = data as Record<string, unknown>;
  const date = readDate(fields.date);
  if (date === undefined) {
    const at = /^date[ \t]*:/m.exec(yamlText);
    return {
      ok: false,
      problem: 'bad-date',
      line: lineOf(at?.index ?? 0),
      detail: String(fields.date),
    };
  }
  return {
    ok: true,
    value: {
      title: typeof fields.title === 'string' ? fields.title : '',
      date,
      tags: readTags(fields.tags),
      bodyStart,
    },
  };
}

function countLines(s: string): number {
  return s.split('\n').length - 1;
}

/**
 * `YYYY-MM-DD`, null when absent, undefined when it is not a calendar date.
 * A date-time (`2019-04-01T10:00:00+02:00`, as Hugo allows) gives its date.
 */
function readDate(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)?.[1];
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

/** A YAML list of tags, or one comma-separated string; each once, whatever its case. */
function readTags(value: unknown): string[] {
  const raw = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(',')
      : [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    const tag = normalizeTag(item);
    if (tag === '' || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    tags.push(tag);
  }
  return tags;
}
