import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultPublishDate, exportPost, isFutureDate, PRESETS, postFileName } from '../core/post';
import type { MonthKey, Settings } from '../core/types';
import { entriesOfMonth } from '../db/entries';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { CUSTOM_FORMAT, resolveFormat } from './export-format';
import { MonthTextEditor } from './month-text-editor';
import type { OptionsDeps } from './options-deps';
import { PostOutput } from './post-output';
import { PublishBar } from './publish-bar';
import { TemplateEditor } from './template-editor';
import { useMonthRecord } from './use-month-record';

interface ExportViewProps {
  deps: OptionsDeps;
  month: MonthKey;
  settings: Settings;
}

/** The month's entries become the post: pick a format, write the month's text, copy or download. */
export function ExportView({ deps, month, settings }: ExportViewProps) {
  const liveEntries = useLiveQuery(() => entriesOfMonth(deps.db, month), [month]);
  const entries = liveEntries.state === 'ready' ? liveEntries.value : undefined;
  const { record, edit, replace, saveFailed, loadFailed } = useMonthRecord(deps, month);
  const { failure, guard } = useWriteFailure();
  const [formatId, setFormatId] = useState(settings.preset);
  const [customTemplate, setCustomTemplate] = useState('');
  const [templateSaveFailed, setTemplateSaveFailed] = useState(false);

  useEffect(() => {
    deps.loadCustomTemplate().then(setCustomTemplate, () => setTemplateSaveFailed(true));
  }, []);

  const format = resolveFormat(formatId, customTemplate);
  const publishDate = record ? defaultPublishDate(record, deps.now(), settings.timeZone) : '';
  const result = useMemo(
    () =>
      entries && record
        ? exportPost({ entries, month: record, settings, publishDate, template: format.template })
        : undefined,
    [entries, record, settings, publishDate, format.template],
  );

  // While a custom template has an error, the last good post stays on screen.
  const lastGood = useRef('');
  if (result?.ok) lastGood.current = result.text;

  if (!entries || !record || !result) {
    const failed = liveEntries.state === 'failed' || loadFailed;
    return <LiveStatus live={failed ? { state: 'failed', error: null } : { state: 'loading' }} />;
  }
  const { model } = result;

  const chooseFormat = (id: string) => {
    setFormatId(id);
    void guard(() => deps.saveSettings({ ...settings, preset: id }));
  };
  const editTemplate = (template: string) => {
    setCustomTemplate(template);
    deps.saveCustomTemplate(template).then(
      () => setTemplateSaveFailed(false),
      () => setTemplateSaveFailed(true),
    );
  };
  const publish = async () => {
    const ids = model.sections.flatMap((section) => section.entries.map((entry) => entry.id));
    await guard(async () => replace(await deps.writer.markPublished(month, ids)));
  };

  return (
    <div class="export">
      <div class="field inline">
        <label for="format">{t('fieldFormat')}</label>
        <select id="format" value={format.id} onChange={(e) => chooseFormat(e.currentTarget.value)}>
          {PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          <option value={CUSTOM_FORMAT}>{t('customFormat')}</option>
        </select>
      </div>
      {model.entryCount === 0 && <p class="message info">{t('exportNoEntries')}</p>}
      {model.skipped.length > 0 && (
        <div class="message error" role="alert">
          <p>{t('skippedEntries', String(model.skipped.length))}</p>
          <ul>
            {model.skipped.map((entry) => (
              <li key={entry.id}>
                {entry.title} — <code>{entry.url}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MonthTextEditor
        record={record}
        sections={model.sections.map((section) => section.name)}
        publishDate={publishDate}
        futureDate={isFutureDate(publishDate, deps.now(), settings.timeZone)}
        generatedTitle={model.title}
        edit={edit}
      />
      {format.id === CUSTOM_FORMAT && (
        <TemplateEditor
          template={customTemplate}
          error={result.ok ? null : result}
          onChange={editTemplate}
        />
      )}
      <WriteFailure message={failure} />
      {saveFailed && (
        <p role="alert" class="message error">
          {t('monthTextSaveFailed')}
        </p>
      )}
      {templateSaveFailed && (
        <p role="alert" class="message error">
          {t('templateSaveFailed')}
        </p>
      )}
      {!result.ok && format.id !== CUSTOM_FORMAT && (
        <p role="alert" class="message error">
          {result.message}
        </p>
      )}
      <PostOutput
        text={lastGood.current}
        extension={format.extension}
        fileName={postFileName(format.extension, publishDate, model.title)}
        copy={deps.copyPost}
        download={deps.download}
      />
      <PublishBar record={record} model={model} onPublish={publish} />
    </div>
  );
}
