import { moveItem } from '../core/move';
import type { MonthRecord } from '../core/types';
import type { MonthText } from '../db/writer';
import { t } from '../platform/i18n';
import { MoveButtons } from '../ui/move-buttons';

interface MonthTextEditorProps {
  record: MonthRecord;
  /** Sections of this month's post, for their intro fields. */
  sections: string[];
  publishDate: string;
  futureDate: boolean;
  generatedTitle: string;
  edit(changes: MonthText): void;
}

/** The month's own text, in Markdown: title, date, intro, an intro per section, outro. */
export function MonthTextEditor({
  record,
  sections,
  publishDate,
  futureDate,
  generatedTitle,
  edit,
}: MonthTextEditorProps) {
  return (
    <fieldset class="month-text">
      <legend>{t('monthTextLegend')}</legend>
      <div class="row">
        <div class="field grow">
          <label for="post-title">{t('fieldPostTitle')}</label>
          <input
            id="post-title"
            type="text"
            placeholder={generatedTitle}
            value={record.titleOverride}
            onInput={(e) => edit({ titleOverride: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="publish-date">{t('fieldPublishDate')}</label>
          <input
            id="publish-date"
            type="date"
            value={publishDate}
            aria-describedby={futureDate ? 'future-date' : undefined}
            onInput={(e) => edit({ publishDate: e.currentTarget.value || null })}
          />
        </div>
      </div>
      {futureDate && (
        <p id="future-date" class="message error">
          {t('futureDateWarning')}
        </p>
      )}
      <MarkdownField
        id="intro"
        label={t('fieldIntro')}
        value={record.intro}
        onInput={(intro) => edit({ intro })}
      />
      {sections.map((name, i) => (
        <div key={name} class="section-row">
          <MarkdownField
            id={`section-intro-${i}`}
            label={t('fieldSectionIntro', name)}
            value={record.sectionIntros[name] ?? ''}
            rows={2}
            onInput={(text) => edit({ sectionIntros: { ...record.sectionIntros, [name]: text } })}
          />
          <MoveButtons
            upLabel={t('moveSectionUp', name)}
            downLabel={t('moveSectionDown', name)}
            onUp={i > 0 ? () => edit({ sectionOrder: moveItem(sections, i, -1) }) : undefined}
            onDown={
              i < sections.length - 1
                ? () => edit({ sectionOrder: moveItem(sections, i, 1) })
                : undefined
            }
          />
        </div>
      ))}
      {record.sectionOrder.length > 0 && (
        <button type="button" class="link" onClick={() => edit({ sectionOrder: [] })}>
          {t('resetSectionOrder')}
        </button>
      )}
      <MarkdownField
        id="outro"
        label={t('fieldOutro')}
        value={record.outro}
        onInput={(outro) => edit({ outro })}
      />
    </fieldset>
  );
}

interface MarkdownFieldProps {
  id: string;
  label: string;
  value: string;
  rows?: number;
  onInput(value: string): void;
}

function MarkdownField({ id, label, value, rows = 3, onInput }: MarkdownFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
