import type { BookmarkIssue, BookmarkPlace, BookmarkProblem } from '../core/import/bookmarks';
import { type MessageKey, t } from '../platform/i18n';

const PROBLEM: Record<BookmarkProblem, MessageKey> = {
  'empty-file': 'bookmarksProblem_empty_file',
  'unknown-format': 'bookmarksProblem_unknown_format',
  'no-bookmarks': 'bookmarksProblem_no_bookmarks',
  'bad-header': 'bookmarksProblem_bad_header',
  'bad-record': 'bookmarksProblem_bad_record',
  'no-url': 'bookmarksProblem_no_url',
  'unsupported-scheme': 'bookmarksProblem_unsupported_scheme',
  'invalid-url': 'bookmarksProblem_invalid_url',
  'too-long': 'bookmarksProblem_too_long',
  'bad-date': 'bookmarksProblem_bad_date',
  'no-date': 'bookmarksProblem_no_date',
};

const PLACE: Record<BookmarkPlace, MessageKey> = {
  line: 'importBookmarksAt_line',
  record: 'importBookmarksAt_record',
  file: 'importBookmarksAt_file',
};

/** "bookmarks.html, line 27: a “javascript:” link: only http(s) links are imported" */
export function bookmarkIssueMessage(issue: BookmarkIssue): string {
  const problem = t(PROBLEM[issue.problem], issue.detail);
  return issue.place === 'file'
    ? t(PLACE.file, issue.file, problem)
    : t(PLACE[issue.place], issue.file, String(issue.at), problem);
}
