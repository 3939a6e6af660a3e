import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CaptureValues, sameValues } from '../core/capture-values';
import { monthOf } from '../core/month';
import { addTag } from '../core/tags';
import { toStoreError } from '../db/errors';
import { t } from '../platform/i18n';
import { TagInput } from '../ui/tag-input';
import type { CaptureDeps } from './capture-deps';
import { FormNotices } from './form-notices';
import type { CaptureForm } from './load-capture';
import { MonthField } from './month-field';
import { PopupHeader } from './popup-header';
import { type Status, StatusLine } from './status-line';
import { useDeferred } from './use-deferred';
import { usePublishedMonths } from './use-published-months';
import { NO_REFINEMENT, useRefinement } from './use-refinement';
import { useSuggestions } from './use-suggestions';

/** How long "Saved" stays visible before the popup closes itself. */
const CLOSE_DELAY_MS = 600;

export function CaptureEditor({
  deps,
  form: shown,
  refined = NO_REFINEMENT,
}: {
  deps: CaptureDeps;
  /** The form painted first, from what the browser says of the tab. */
  form: CaptureForm;
  /** The form as the page's answer makes it, when it comes (load-capture.ts). */
  refined?: Promise<CaptureForm | null>;
}) {
  const [form, setForm] = useState(shown);
  const [values, setValuesState] = useState<CaptureValues>(form.initial);
  // The values as last changed, ahead of the next render: Ctrl+Enter in the
  // tag field adds the tag being typed and saves in the same keystroke.
  const latest = useRef(values);
  // The tag still being typed (not yet a chip): saved and drafted with the rest.
  const typedTag = useRef('');
  const [typing, setTyping] = useState('');
  const withTyped = (v: CaptureValues, typed: string) =>
    typed.trim() ? { ...v, tags: addTag(v.tags, typed) } : v;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  // `autofocus` is not honoured in every browser's popup (Firefox): focus
  // the note once mounted, with the caret after a quoted selection.
  useEffect(() => {
    const note = noteRef.current;
    if (!note) return;
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
  }, []);
  const setValues = (next: CaptureValues) => {
    latest.current = next;
    setValuesState(next);
  };
  const [categoryTouched, setCategoryTouched] = useState(form.initial.category !== '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [draftRestored, setDraftRestored] = useState(form.restoredDraft);
  // The stored entry this edit is based on: after a conflict, the version the
  // author was shown, so that saving again is a choice made knowingly.
  const [base, setBase] = useState(form.existing);
  // The page turned out to be captured already while the author typed: Save adds to it.
  const [captured, setCaptured] = useState<CaptureForm | null>(null);
  // Once saved, saving or deleted, the page's answer no longer changes the form.
  const settled = useRef(false);
  const deferred = useDeferred(deps);
  const suggestions = useSuggestions(deps.store, deps.deferred);
  const published = usePublishedMonths(deps.store);
  // Once per opening, not at every keystroke: it builds a time-zone formatter.
  const currentMonth = useMemo(
    () => monthOf(deps.now(), form.settings.timeZone),
    [form.settings.timeZone],
  );

  // Every change is kept as a draft at once: a click outside closes the popup
  // without warning, and whatever was typed must survive it.
  useEffect(() => {
    if (status.kind === 'saved' || status.kind === 'deleted') return;
    const drafted = withTyped(values, typing);
    if (sameValues(drafted, form.pristine)) return;
    void deps.store.saveDraft({ ...drafted, url: form.initial.url, updatedAt: deps.now() });
  }, [values, typing]);

  const pageWaiting = useRefinement(refined, deps.deferred, {
    form,
    current: () => withTyped(latest.current, typedTag.current),
    settled: () => settled.current,
    setForm,
    setBase,
    setValues,
    setDraftRestored,
    setCategoryTouched,
    setCaptured,
  });

  const update = (changes: Partial<CaptureValues>) => setValues({ ...latest.current, ...changes });

  const onTags = (tags: string[]) => {
    const suggested = categoryTouched ? null : suggestions.categoryFor(tags);
    update(suggested ? { tags, category: suggested } : { tags });
  };

  const save = async () => {
    if (status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    settled.current = true;
    // A tag still being typed when Save was pressed is saved with the rest.
    const typed = withTyped(latest.current, typedTag.current);
    const outcome = await deps
      .deferred()
      .then(({ saveCapture }) => saveCapture(deps, { ...form, existing: base }, typed, captured))
      .catch(() => ({ ok: false, failure: 'unknown' }) as const);
    settled.current = outcome.ok;
    if (!outcome.ok && outcome.failure === 'conflict') {
      setBase(outcome.stored);
      return setStatus({ kind: 'conflict', stored: outcome.stored, fields: outcome.fields });
    }
    if (!outcome.ok) return setStatus({ kind: 'failed', failure: outcome.failure });
    setStatus({ kind: 'saved', updated: outcome.updated });
    setTimeout(() => deps.close(), CLOSE_DELAY_MS);
  };

  const remove = async () => {
    if (!form.existing) return;
    settled.current = true;
    try {
      await deps.writer.deleteEntry(form.existing.id);
      await deps.store.clearDraft(form.initial.url).catch(() => undefined);
      setStatus({ kind: 'deleted', id: form.existing.id });
    } catch (error) {
      setStatus({ kind: 'failed', failure: toStoreError(error).failure });
    }
  };

  const undoDelete = async (id: string) => {
    try {
      await deps.writer.restoreEntry(id);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', failure: toStoreError(error).failure });
    }
  };

  const discardDraft = async () => {
    // The form goes back to what was stored even if the draft cannot be removed.
    setValues(form.pristine);
    setDraftRestored(false);
    await deps.store.clearDraft(form.initial.url).catch(() => undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      deps.close();
    }
  };

  const existing = form.existing;
  return (
    // Whether the page's answer is still awaited: `npm run bench` and the tests read it.
    <main class="popup" data-page={pageWaiting ? 'waiting' : 'answered'}>
      <PopupHeader
        title={existing ? t('editTitle') : t('captureTitle')}
        onOpenLibrary={deps.openLibrary}
      />
      <FormNotices
        editing={existing}
        captured={captured?.existing}
        draftRestored={draftRestored}
        onDiscardDraft={discardDraft}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={onKeyDown}
      >
        <div class="field">
          <label for="title">{t('fieldTitle')}</label>
          <input
            id="title"
            // Right-to-left titles display in their own direction.
            dir="auto"
            type="text"
            value={values.title}
            onInput={(e) => update({ title: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="url">{t('fieldUrl')}</label>
          <input
            id="url"
            type="url"
            value={values.url}
            onInput={(e) => update({ url: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="note">{t('fieldNote')}</label>
          <textarea
            id="note"
            dir="auto"
            rows={5}
            // The note is what the author came to write: focus it at once.
            autofocus
            ref={noteRef}
            aria-describedby="note-hint"
            value={values.note}
            onInput={(e) => update({ note: e.currentTarget.value })}
          />
          <span id="note-hint" class="hint">
            {t('noteHint')}
          </span>
        </div>
        <TagInput
          label={t('fieldTags')}
          tags={values.tags}
          onChange={onTags}
          onTyping={(text) => {
            typedTag.current = text;
            setTyping(text);
          }}
          suggest={suggestions.tagsFor}
          keepClear={actionsRef}
        />
        <div class="row">
          <div class="field grow">
            <label for="category">{t('fieldCategory')}</label>
            <input
              id="category"
              dir="auto"
              type="text"
              list="categories"
              autocomplete="off"
              value={values.category}
              onInput={(e) => {
                setCategoryTouched(true);
                update({ category: e.currentTarget.value });
              }}
            />
            <datalist id="categories">
              {suggestions.categories.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </div>
          <MonthField
            value={values.monthKey}
            current={currentMonth}
            published={published}
            onChange={(monthKey) => update({ monthKey })}
          />
        </div>
        {published.has(values.monthKey) && (
          <p class="hint" id="month-published">
            {t('monthAlreadyPublished')}
          </p>
        )}
        <div class="actions" ref={actionsRef}>
          <button type="submit" class="primary" disabled={status.kind === 'saving'}>
            {t('save')}
          </button>
          {existing && status.kind !== 'deleted' && (
            <button type="button" class="danger" onClick={remove}>
              {t('delete')}
            </button>
          )}
          <span class="hint">{t('saveShortcutHint')}</span>
        </div>
      </form>
      <StatusLine status={status} text={deferred?.StatusText ?? null} onUndo={undoDelete} />
    </main>
  );
}
