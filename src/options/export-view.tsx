import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  buildPostModel,
  defaultPublishDate,
  isFutureDate,
  PRESETS,
  postFileName,
} from '../core/post';
import type { MonthKey, Settings } from '../core/types';
import { entriesOfMonth } from '../db/entries';
import { t } from '../platform/i18n';
import { LiveStatus } from '../ui/live-status';
import { useLiveQuery } from '../ui/use-live-query';
import { useWriteFailure, WriteFailure } from '../ui/write-failure';
import { DraftChoice } from './draft-choice';
import { CUSTOM_FORMAT, resolveFormat } from './export-format';
import { MonthTextEditor } from './month-text-editor';
import type { OptionsDeps } from './options-deps';
import { PostOutput } from './post-output';
import { PublishBar } from './publish-bar';
import { PublishToRepository } from './publish-to-repository';
import { SiteFolderPublish } from './site-folder-publish';
import { TemplateEditor } from './template-editor';
import { useMonthRecord } from './use-month-record';
import { usePostRender } from './use-post-render';

interface ExportViewProps {
  deps: OptionsDeps;
  month: MonthKey;
  settings: Settings;
}

/** The month's entries become the post: pick a format, write the month's text, copy or download. */
export function ExportView({ deps, month, settings: allSettings }: ExportViewProps) {
  // The post depends on these settings, not on the chosen format saved among
  // them: saving the format must not start a new render (Copy and Download
  // wait for the render that answers the latest request).
  const { seriesName, postLanguage, timeZone, fallbackSection } = allSettings;
  const settings = useMemo(
    () => ({ ...allSettings, seriesName, postLanguage, timeZone, fallbackSection }),
    [seriesName, postLanguage, timeZone, fallbackSection],
  );
  const liveEntries = useLiveQuery(() => entriesOfMonth(deps.db, month), [month]);
  const entries = liveEntries.state === 'ready' ? liveEntries.value : undefined;
  const { record, edit, replace, saveFailed, loadFailed } = useMonthRecord(deps, month);
  const { failure, guard } = useWriteFailure();
  const [formatId, setFormatId] = useState(allSettings.preset);
  const [customTemplate, setCustomTemplate] = useState('');
  const [templateSaveFailed, setTemplateSaveFailed] = useState(false);
  const [draft, setDraft] = useState(false);

  useEffect(() => {
    deps.loadCustomTemplate().then(setCustomTemplate, () => setTemplateSaveFailed(true));
  }, []);

  const format = resolveFormat(formatId, customTemplate);
  const publishDate = record ? defaultPublishDate(record, deps.now(), settings.timeZone) : '';
  const model = useMemo(
    () =>
      entries && record
        ? buildPostModel({ entries, month: record, settings, publishDate })
        : undefined,
    [entries, record, settings, publishDate],
  );
  // Rendered in a worker: a template that loops for long or prints too much
  // cannot freeze this page. Only this month's post in this format is shown.
  const request = useMemo(
    () =>
      entries && record
        ? {
            input: { entries, month: record, settings, publishDate, template: format.template },
            extension: format.extension,
          }
        : undefined,
    [entries, record, settings, publishDate, format.template, format.extension],
  );
  const rendered = usePostRender(deps.renderPost, request, `${month} ${format.id}`);

  if (!entries || !record || !model) {
    const failed = liveEntries.state === 'failed' || loadFailed;
    return <LiveStatus live={failed ? { state: 'failed', error: null } : { state: 'loading' }} />;
  }

  const chooseFormat = (id: string) => {
    setFormatId(id);
    void guard(() => deps.saveSettings({ ...allSettings, preset: id }));
  };
  const editTemplate = (template: string) => {
    setCustomTemplate(template);
    deps.saveCustomTemplate(template).then(
      () => setTemplateSaveFailed(false),
      () => setTemplateSaveFailed(true),
    );
  };
  const ids = model.sections.flatMap((section) => section.entries.map((entry) => entry.id));
  const publish = async () => {
    await guard(async () => replace(await deps.writer.markPublished(month, ids)));
  };
  const fileName = postFileName(format.extension, publishDate, model.title);
  const ready = rendered.post !== null && rendered.current && rendered.error === null;
  // What is on screen is what is published: the month's text as typed, saved or not.
  const published = ({ publishedAt, publishedEntryIds, publishedTo }: typeof record) =>
    replace({ ...record, publishedAt, publishedEntryIds, ...(publishedTo ? { publishedTo } : {}) });

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
        <TemplateEditor template={customTemplate} error={rendered.error} onChange={editTemplate} />
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
      {rendered.error && format.id !== CUSTOM_FORMAT && (
        <p role="alert" class="message error">
          {rendered.error.message}
        </p>
      )}
      <PostOutput
        key={`${month} ${format.id}`}
        post={rendered.post}
        current={rendered.current}
        failed={rendered.error !== null}
        extension={format.extension}
        fileName={fileName}
        copy={deps.copyPost}
        download={deps.download}
      />
      <DraftChoice draft={draft} onChange={setDraft} />
      <PublishToRepository
        deps={deps}
        record={record}
        draft={draft}
        post={
          ready && rendered.post
            ? { month, text: rendered.post.text, fileName, title: model.title, entryIds: ids }
            : null
        }
        onPublished={published}
      />
      <SiteFolderPublish
        deps={deps}
        draft={draft}
        post={ready && rendered.post ? { text: rendered.post.text, fileName } : null}
      />
      <PublishBar record={record} model={model} onPublish={publish} />
    </div>
  );
}
