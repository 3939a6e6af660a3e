import { t } from '../platform/i18n';

interface DraftChoiceProps {
  draft: boolean;
  onChange(draft: boolean): void;
}

/**
 * `Draft`: the post held back for review, for both ways of publishing (the
 * repository and the site's folder) — one checkbox, one choice.
 */
export function DraftChoice({ draft, onChange }: DraftChoiceProps) {
  return (
    <div class="publish-draft actions">
      <label class="inline">
        <input
          type="checkbox"
          checked={draft}
          aria-describedby="draft-hint"
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        {t('fieldDraft')}
      </label>
      <span id="draft-hint" class="hint">
        {t('draftHint')}
      </span>
    </div>
  );
}
