import { useState } from 'preact/hooks';
import type { ImportIssue, ImportPlan } from '../core/import';
import type { Settings } from '../core/types';
import { readBackup } from '../db/backup';
import { t } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { conflictMessage, issueMessage } from './import-messages';
import { ImportIssues, ImportPreview } from './import-preview';
import type { OptionsDeps } from './options-deps';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** What the import would do; nothing is written until `Import`. */
  | { kind: 'preview'; plan: ImportPlan | null; refusedFiles: ImportIssue[] }
  | { kind: 'done'; plan: ImportPlan };

/** Reads and plans the chosen files; the parser loads only now (it is not the page's). */
async function previewOf(deps: OptionsDeps, settings: Settings, files: File[]) {
  const { parsePost, planImport } = await import('../core/import');
  const results = await Promise.all(
    files.map(async (file) => parsePost(file.name, await file.text(), settings)),
  );
  const posts = results.flatMap((result) => (result.ok ? [result.post] : []));
  const refusedFiles = results.flatMap((result) => (result.ok ? [] : [result.issue]));
  if (posts.length === 0) return { plan: null, refusedFiles };
  const existing = await readBackup(deps.db);
  const plan = planImport(posts, existing, { now: deps.now(), newId: () => crypto.randomUUID() });
  return { plan, refusedFiles };
}

/**
 * Import posts: past roundups (Markdown in the post format) become their
 * months' entries and text. The files are read and checked whole, the
 * preview says what will happen (months, entries, new tags, what is kept as
 * stored, what is left out and where), and `Import` writes it all in one
 * transaction, or nothing.
 */
export function ImportSection({ deps, settings }: { deps: OptionsDeps; settings: Settings }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [readFailure, setReadFailure] = useState<string | null>(null);
  const { failure, guard } = useWriteFailure();

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setStep({ kind: 'reading' });
    setReadFailure(null);
    try {
      setStep({ kind: 'preview', ...(await previewOf(deps, settings, files)) });
    } catch (error) {
      setReadFailure(t('importUnreadable', error instanceof Error ? error.message : String(error)));
      setStep({ kind: 'idle' });
    }
    // Choosing the same files again (after fixing them) fires a change again.
    input.value = '';
  };

  const confirm = async (plan: ImportPlan) => {
    await guard(async () => setStep({ kind: 'done', plan: await deps.writer.importPosts(plan) }));
  };

  const plan = step.kind === 'preview' ? step.plan : null;
  const refused = step.kind === 'preview' ? [...step.refusedFiles, ...(plan?.refused ?? [])] : [];
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="hint">{t('importHint')}</p>
      <div class="field">
        <label for="import-posts">{t('importPosts')}</label>
        <input
          id="import-posts"
          type="file"
          multiple
          accept=".md,.markdown,text/markdown"
          disabled={step.kind === 'reading'}
          onChange={choose}
        />
      </div>
      <p role="status">
        {step.kind === 'reading' && t('importReading')}
        {step.kind === 'preview' && !plan && t('importNothing')}
        {step.kind === 'done' &&
          t(
            'importDone',
            String(step.plan.newEntries),
            String(step.plan.mergedEntries),
            String(step.plan.months.length),
          )}
      </p>
      {readFailure && (
        <p role="alert" class="message error">
          {readFailure}
        </p>
      )}
      {plan && (
        <ImportPreview
          summary={t(
            'importSummary',
            String(plan.months.length),
            String(plan.newEntries),
            String(plan.mergedEntries),
            String(plan.unchangedEntries),
          )}
          months={plan.months.map((month) => ({
            key: month.key,
            text: t(
              'importMonth',
              monthLabel(month.key),
              String(month.entryCount),
              month.files.join(', '),
            ),
          }))}
          notes={plan.newTags.length > 0 ? [t('importNewTags', plan.newTags.join(', '))] : []}
          conflictsHeading={t('importConflictsHeading')}
          conflicts={plan.conflicts.map((conflict) => ({
            key: `${conflict.file}:${conflict.line}:${conflict.field}:${conflict.subject}`,
            text: conflictMessage(conflict),
          }))}
          onConfirm={() => void confirm(plan)}
        />
      )}
      <ImportIssues
        heading={t('importRefusedHeading')}
        issues={refused.map((issue) => ({
          key: `${issue.file}:${issue.line}:${issue.problem}:${issue.detail}`,
          text: issueMessage(issue),
        }))}
      />
      <WriteFailure message={failure} />
    </section>
  );
}
