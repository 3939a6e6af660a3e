import { PRESETS } from '../core/post';
import { t } from '../platform/i18n';

interface TemplateEditorProps {
  template: string;
  error: { message: string; line?: number } | null;
  onChange(template: string): void;
}

/** The author's own Liquid template, with a way to start from a preset. */
export function TemplateEditor({ template, error, onChange }: TemplateEditorProps) {
  return (
    <fieldset class="template-editor">
      <legend>{t('templateLegend')}</legend>
      <p class="hint">{t('templateHint')}</p>
      <div class="actions">
        {PRESETS.map((preset) => (
          <button key={preset.id} type="button" onClick={() => onChange(preset.template)}>
            {t('startFromPreset', preset.label)}
          </button>
        ))}
      </div>
      <div class="field">
        <label for="template">{t('fieldTemplate')}</label>
        <textarea
          id="template"
          rows={14}
          spellcheck={false}
          value={template}
          aria-invalid={error !== null}
          aria-describedby={error ? 'template-error' : undefined}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p id="template-error" role="alert" class="message error">
          {error.line ? t('templateErrorAt', String(error.line), error.message) : error.message}
        </p>
      )}
    </fieldset>
  );
}
