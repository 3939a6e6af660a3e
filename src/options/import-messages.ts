import type { ImportConflict, ImportIssue, ImportProblem } from '../core/import';
import { type MessageKey, t } from '../platform/i18n';

const PROBLEM: Record<ImportProblem, MessageKey> = {
  'no-front-matter': 'importProblem_no_front_matter',
  'bad-front-matter': 'importProblem_bad_front_matter',
  'bad-date': 'importProblem_bad_date',
  'no-month': 'importProblem_no_month',
  'no-sections': 'importProblem_no_sections',
  html: 'importProblem_html',
  'no-link': 'importProblem_no_link',
  'unbalanced-url': 'importProblem_unbalanced_url',
  'unsupported-scheme': 'importProblem_unsupported_scheme',
  'invalid-url': 'importProblem_invalid_url',
  'empty-section': 'importProblem_empty_section',
  'stray-text': 'importProblem_stray_text',
};

/** "roundup.md, line 12: a “javascript:” link: only http(s) links are imported" */
export function issueMessage(issue: ImportIssue): string {
  return t(
    'importRefusedLine',
    issue.file,
    String(issue.line),
    t(PROBLEM[issue.problem], issue.detail),
  );
}

export function conflictMessage(conflict: ImportConflict): string {
  return t(
    'importConflict',
    conflict.file,
    String(conflict.line),
    conflict.field,
    conflict.subject,
    conflict.stored,
    conflict.imported,
  );
}
