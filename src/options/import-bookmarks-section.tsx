import { useState } from 'preact/hooks';
import type { BookmarkFile, BookmarkPlan } from '../core/import/bookmarks';
import type { Settings } from '../core/types';
import { readBackup } from '../db/backup';
import { t } from '../platform/i18n';
import { monthLabel } from '../ui/month-label';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { bookmarkIssueMessage } from './import-bookmarks-messages';
import { ImportIssues, ImportPreview } from './import-preview';
import type { OptionsDeps } from './options-deps';

/** A file of thousands of bad links lists the first ones, and how many more. */
const SHOWN_ISSUES = 500;

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** What the import would do; nothing is written until `Import`. */
  | { kind: 'preview'; plan: BookmarkPlan }
  /** Import was clicked: the preview (and its button) is gone until the write ends. */
  | { kind: 'writing'; plan: BookmarkPlan }
  | { kind: 'done'; plan: BookmarkPlan };

/**
 * Reads and plans the chosen files. The CSV parser, the mapping and the HTML
 * walk load only now (they are not the page's); the HTML goes through the
 * browser's own parser, whose document is inert.
 */
async function previewOf(deps: OptionsDeps, settings: Settings, files: File[]) {
  const [core, html] = await Promise.all([
    import('../core/import/bookmarks'),
    import('./import-bookmarks-html'),
  ]);
  const read = async (file: File): Promise<BookmarkFile> => {
    // Not `file.text()`, always UTF-8: an old export declares its own charset.
    const text = core.decodeBookmarkFile(new Uint8Array(await file.arrayBuffer()));
    switch (core.bookmarkFormat(file.name, text)) {
      case 'html':
        return html.readBookmarkHtml(file.name, core.withoutBom(text));
      case 'csv':
        return core.readPocketCsv(file.name, text);
      case 'empty':
        return core.refusedFile(file.name, { problem: 'empty-file', detail: '' });
      default:
        return core.refusedFile(file.name, { problem: 'unknown-format', detail: '' });
    }
  };
  const bookmarkFiles = await Promise.all(files.map(read));
  const { entries } = await readBackup(deps.db);
  return core.planBookmarks(bookmarkFiles, entries, {
    now: deps.now(),
    timeZone: settings.timeZone,
    newId: () => crypto.randomUUID(),
  });
}

/**
 * Import bookmarks: a browser's bookmarks file (Netscape bookmark HTML) or a
 * Pocket CSV become entries. The preview says what will happen (entries per
 * month, merges, new tags and categories, each bookmark left out or changed
 * and where), and `Import` writes it all in one transaction, or nothing.
 */
export function ImportBookmarksSection({
  deps,
  settings,
}: {
  deps: OptionsDeps;
  settings: Settings;
}) {
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
      setStep({ kind: 'preview', plan: await previewOf(deps, settings, files) });
    } catch (error) {
      setReadFailure(t('importUnreadable', error instanceof Error ? error.message : String(error)));
      setStep({ kind: 'idle' });
    }
    // Choosing the same files again (after fixing them) fires a change again.
    input.value = '';
  };

  const confirm = async (plan: BookmarkPlan) => {
    setStep({ kind: 'writing', plan });
    const written = await guard(async () =>
      setStep({ kind: 'done', plan: await deps.writer.importBookmarks(plan) }),
    );
    if (!written) setStep({ kind: 'preview', plan });
  };

  const plan = step.kind === 'idle' || step.kind === 'reading' ? null : step.plan;
  const usable = step.kind === 'preview' && step.plan.bookmarks > 0 ? step.plan : null;
  const notes = usable
    ? [
        ...(usable.duplicates > 0
          ? [t('importBookmarksDuplicates', String(usable.duplicates))]
          : []),
        ...(usable.newTags.length > 0 ? [t('importNewTags', usable.newTags.join(', '))] : []),
        ...(usable.newCategories.length > 0
          ? [t('importBookmarksNewCategories', usable.newCategories.join(', '))]
          : []),
      ]
    : [];
  return (
    <section class="import" aria-labelledby="import-bookmarks-heading">
      <h2 id="import-bookmarks-heading">{t('importBookmarksHeading')}</h2>
      <p class="hint">{t('importBookmarksHint')}</p>
      <div class="field">
        <label for="import-bookmarks">{t('importBookmarks')}</label>
        <input
          id="import-bookmarks"
          type="file"
          multiple
          accept=".html,.htm,.csv,text/html,text/csv"
          disabled={step.kind === 'reading' || step.kind === 'writing'}
          onChange={choose}
        />
      </div>
      <p role="status">
        {step.kind === 'reading' && t('importReading')}
        {step.kind === 'writing' && t('importBookmarksWriting', String(step.plan.bookmarks))}
        {step.kind === 'preview' && !usable && t('importBookmarksNothing')}
        {step.kind === 'done' &&
          t('importBookmarksDone', String(step.plan.newEntries), String(step.plan.mergedEntries))}
      </p>
      {readFailure && (
        <p role="alert" class="message error">
          {readFailure}
        </p>
      )}
      {usable && (
        <ImportPreview
          summary={t(
            'importBookmarksSummary',
            String(usable.bookmarks),
            String(usable.newEntries),
            String(usable.mergedEntries),
            String(usable.unchangedEntries),
          )}
          months={usable.months.map((month) => ({
            key: month.key,
            text: t('importBookmarksMonth', monthLabel(month.key), String(month.entryCount)),
          }))}
          notes={notes}
          onConfirm={() => void confirm(usable)}
        />
      )}
      {step.kind === 'preview' && plan && (
        <ImportIssues
          heading={t('importBookmarksIssuesHeading')}
          issues={[
            ...plan.issues.slice(0, SHOWN_ISSUES).map((issue, index) => ({
              key: String(index),
              text: bookmarkIssueMessage(issue),
            })),
            ...(plan.issues.length > SHOWN_ISSUES
              ? [
                  {
                    key: 'more',
                    text: t('importBookmarksMoreIssues', String(plan.issues.length - SHOWN_ISSUES)),
                  },
                ]
              : []),
          ]}
        />
      )}
      <WriteFailure message={failure} />
    </section>
  );
}
