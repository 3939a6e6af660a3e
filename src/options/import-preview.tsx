import { t } from '../platform/i18n';

/** One line of a preview, already worded; `key` only has to be unique in its list. */
export interface PreviewLine {
  key: string;
  text: string;
}

function Lines({ lines, class: className }: { lines: readonly PreviewLine[]; class?: string }) {
  return (
    <ul class={className}>
      {lines.map((line) => (
        <li key={line.key} dir="auto">
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * What an import will do, before anything is written (Import posts, Import
 * bookmarks): the summary, one line per month, what is new to the library,
 * what is kept as stored, and `Import`. Each section that shows one sits in
 * its own labelled region, so two previews on the page are told apart.
 */
export function ImportPreview(props: {
  summary: string;
  months: readonly PreviewLine[];
  /** "New tags: …", "New categories: …": shown when not empty. */
  notes: readonly string[];
  conflictsHeading?: string;
  conflicts?: readonly PreviewLine[];
  onConfirm: () => void;
}) {
  const conflicts = props.conflicts ?? [];
  return (
    <div class="import-preview">
      <p>{props.summary}</p>
      <Lines lines={props.months} />
      {props.notes.map((note) => (
        <p key={note} dir="auto">
          {note}
        </p>
      ))}
      {conflicts.length > 0 && (
        <>
          <h3>{props.conflictsHeading}</h3>
          <Lines lines={conflicts} />
        </>
      )}
      <button type="button" class="primary" onClick={props.onConfirm}>
        {t('importConfirm')}
      </button>
    </div>
  );
}

/** What an import leaves out (or changes), each with its file and where in it. */
export function ImportIssues({
  heading,
  issues,
}: {
  heading: string;
  issues: readonly PreviewLine[];
}) {
  if (issues.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <Lines lines={issues} class="import-refused" />
    </>
  );
}
