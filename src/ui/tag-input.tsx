import type { RefObject } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addTag, removeTag } from '../core/tags';
import { t } from '../platform/i18n';

interface TagInputProps {
  label: string;
  tags: string[];
  onChange(tags: string[]): void;
  /** Tags to propose for what is typed, best first. */
  suggest(prefix: string, exclude: string[]): string[];
  /** An element the suggestion list must never cover (the form's Save row): the list stops above it. */
  keepClear?: RefObject<HTMLElement | null>;
  /**
   * The tag being typed, as it is typed. Focus leaving for the form's submit
   * button (or for nothing) does not turn it into a chip (a chip can wrap and
   * move Save from under the finger between touch and release): the form
   * saves and drafts it instead.
   */
  onTyping?(text: string): void;
}

/** Room left between the list's bottom and the element it keeps clear of, in CSS pixels. */
const CLEARANCE_PX = 4;

/**
 * Tags as removable chips with an autocompleting text field (ARIA 1.2
 * combobox pattern). Enter or a comma adds the typed tag, or the highlighted
 * suggestion; Backspace on an empty field removes the last chip. Tags may
 * contain spaces, so only the comma separates.
 *
 * The list closes when a tag is added, when the field loses focus and when
 * the pointer leaves the field and its list, so it never stands in the way
 * of a click elsewhere.
 */
export function TagInput({ label, tags, onChange, suggest, keepClear, onTyping }: TagInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  useEffect(() => onTyping?.(text), [text]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const options = open ? suggest(text, tags) : [];
  const listId = `${id}-list`;
  const listRef = useRef<HTMLDivElement>(null);

  // The list floats over what follows (position: absolute) rather than
  // pushing it down: it closes on blur, which comes with the mousedown on
  // Save, and a list in the flow would then pull Save up from under the
  // pointer before the mouseup, so the click would miss it. Floating, it is
  // cut short above `keepClear` (and scrolls), so it can never cover Save.
  useLayoutEffect(() => {
    const list = listRef.current;
    const clear = keepClear?.current;
    if (!list || !clear || options.length === 0) return;
    const room = clear.getBoundingClientRect().top - list.getBoundingClientRect().top;
    list.style.maxHeight = `${Math.max(0, room - CLEARANCE_PX)}px`;
  });

  // Keep the highlighted option in view when the list scrolls.
  useLayoutEffect(() => {
    if (active >= 0)
      document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const commit = (raw: string) => {
    const next = addTag(tags, raw);
    if (next !== tags) onChange(next);
    setText('');
    // Typing reopens the list, ArrowDown too.
    close();
  };

  const onInput = (field: HTMLInputElement, inputType: string) => {
    // Typing "a, b" adds "a" and keeps "b" typed; a pasted (or dropped) list
    // "a, b, c" is complete: all three become tags.
    const parts = field.value.split(',');
    const whole = parts.length > 1 && /^insertFrom(Paste|Drop)$/.test(inputType);
    const rest = whole ? '' : (parts.pop() ?? '');
    if (parts.length > 0) onChange(parts.reduce(addTag, tags));
    setText(rest);
    // When `text` does not change (a comma typed in the empty field, a pasted
    // list of tags already there), nothing re-renders: clear the field here.
    if (field.value !== rest) field.value = rest;
    setOpen(true);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      // Down also reopens the list after Escape closed it.
      const shown = open ? options : suggest(text, tags);
      if (shown.length > 0) {
        event.preventDefault();
        setOpen(true);
        setActive(open ? (active + 1) % shown.length : 0);
      }
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Ctrl+Enter saves the form (the event goes on up): the typed tag goes with it.
      if (text.trim()) commit(text);
    } else if (event.key === 'Enter') {
      const chosen = active >= 0 ? options[active] : text;
      if (chosen?.trim()) {
        event.preventDefault();
        commit(chosen);
      }
    } else if (event.key === 'Escape' && open && options.length > 0) {
      // First Escape closes the list; the next one closes the popup.
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    // Leaving the field and its list with the pointer closes the list: the
    // pointer is on its way to something else.
    <div class="field" onPointerLeave={() => open && close()}>
      <label for={id}>{label}</label>
      <div class="tag-box">
        {tags.length > 0 && (
          <ul class="chips" aria-label={t('tagsChosen')}>
            {tags.map((tag) => (
              <li key={tag} class="chip">
                <span>{tag}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={t('removeTag', tag)}
                  onClick={() => onChange(removeTag(tags, tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onInput={(e) => onInput(e.currentTarget, (e as InputEvent).inputType ?? '')}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={(event) => {
            // Focus going to Save, or to nothing (a tap on a button that takes
            // no focus, as on some phones): the typed tag stays text, and the
            // form saves it with the rest.
            const to = event.relatedTarget as HTMLElement | null;
            const keepTyping = !!onTyping && (to === null || to.getAttribute('type') === 'submit');
            if (text.trim() && !keepTyping) commit(text);
            close();
          }}
        />
      </div>
      <span id={`${id}-hint`} class="hint">
        {t('tagsHint')}
      </span>
      <div
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={t('tagSuggestions')}
        class="suggestions"
        hidden={options.length === 0}
      >
        {options.map((option, i) => (
          <div
            key={option}
            // Focus stays in the field (aria-activedescendant); -1 keeps options out of the Tab order.
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it fires before the field's blur.
            onMouseDown={(e) => {
              e.preventDefault();
              commit(option);
            }}
          >
            {option}
          </div>
        ))}
      </div>
    </div>
  );
}
