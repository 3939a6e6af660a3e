// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagInput } from './tag-input';

afterEach(cleanup);

const KNOWN = ['kubernetes', 'kafka', 'docker registry', 'Sécurité'];

/** Suggests known tags starting with what is typed, without those already chosen. */
function startsWith(prefix: string, exclude: string[]): string[] {
  return KNOWN.filter(
    (tag) => tag.toLowerCase().startsWith(prefix.trim().toLowerCase()) && !exclude.includes(tag),
  );
}

function setup({
  tags = [] as string[],
  suggest = (_prefix: string, _exclude: string[]): string[] => [],
  withSave = false,
} = {}) {
  const onChange = vi.fn<(tags: string[]) => void>();
  const suggestSpy = vi.fn(suggest);
  const outerKeyDown = vi.fn<(event: KeyboardEvent) => void>();
  function Harness() {
    const [value, setValue] = useState(tags);
    const actions = useRef<HTMLDivElement>(null);
    return (
      // As in the popup, whose form listens to keys: Escape closes it, Ctrl+Enter saves.
      <form onKeyDown={outerKeyDown}>
        <TagInput
          label="Tags"
          tags={value}
          onChange={(next) => {
            onChange(next);
            setValue(next);
          }}
          suggest={suggestSpy}
          keepClear={withSave ? actions : undefined}
        />
        <div ref={actions} data-testid="actions">
          <button type="submit">Save</button>
        </div>
      </form>
    );
  }
  render(<Harness />);
  const input = screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement;
  return { input, onChange, suggest: suggestSpy, outerKeyDown };
}

function chips(): string[] {
  const list = screen.queryByRole('list', { name: 'Chosen tags' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent ?? '')
    : [];
}

function type(input: HTMLInputElement, value: string, inputType = 'insertText') {
  fireEvent.input(input, { target: { value }, inputType });
}

function listbox() {
  return screen.queryByRole('listbox', { name: 'Tag suggestions' });
}

describe('TagInput: adding and removing', () => {
  it('is a combobox labelled and described by its hint', () => {
    const { input } = setup();
    expect(
      screen.getByRole('combobox', {
        name: 'Tags',
        description: 'Enter or comma adds a tag; tags may contain spaces.',
      }),
    ).toBe(input);
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
  });

  it('adds the typed tag on Enter, keeping spaces inside it, and empties the field', () => {
    const { input, onChange } = setup();
    type(input, '  docker   registry ');
    const notCancelled = fireEvent.keyDown(input, { key: 'Enter' });
    expect(notCancelled).toBe(false); // the form is not submitted
    expect(chips()).toEqual(['docker registry']);
    expect(onChange).toHaveBeenLastCalledWith(['docker registry']);
    expect(input.value).toBe('');
  });

  it('lets Enter through on an empty field (the form’s own Enter)', () => {
    const { input, onChange } = setup();
    type(input, '   ');
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds the tag before a typed comma and keeps typing after it', () => {
    const { input } = setup();
    type(input, 'grafana,');
    expect(chips()).toEqual(['grafana']);
    expect(input.value).toBe('');
    type(input, 'loki, tem');
    expect(chips()).toEqual(['grafana', 'loki']);
    expect(input.value).toBe(' tem');
  });

  it('clears a comma typed in the empty field', () => {
    const { input, onChange } = setup();
    fireEvent.focus(input);
    type(input, ',');
    expect(input.value).toBe('');
    expect(chips()).toEqual([]);
    expect(onChange.mock.calls.every(([tags]) => tags.length === 0)).toBe(true);
  });

  it('adds every tag of a pasted list, without their leading #', () => {
    const { input } = setup();
    type(input, 'a, b, #c', 'insertFromPaste');
    expect(chips()).toEqual(['a', 'b', 'c']);
    expect(input.value).toBe('');
  });

  it('keeps a pasted single tag typed, to be edited before it is added', () => {
    const { input } = setup();
    type(input, '#kubernetes', 'insertFromPaste');
    expect(chips()).toEqual([]);
    expect(input.value).toBe('#kubernetes');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['kubernetes']);
  });

  it('does not add a tag twice, whatever its case', () => {
    const { input } = setup({ tags: ['Docker'] });
    type(input, 'docker');
    fireEvent.keyDown(input, { key: 'Enter' });
    type(input, 'DOCKER, docker', 'insertFromPaste');
    expect(chips()).toEqual(['Docker']);
    expect(input.value).toBe('');
  });

  it('removes the last tag on Backspace in an empty field only', () => {
    const { input } = setup({ tags: ['a', 'b', 'c'] });
    type(input, 'x');
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chips()).toEqual(['a', 'b', 'c']);
    type(input, '');
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chips()).toEqual(['a', 'b']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chips()).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Chosen tags' })).toBeNull();
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chips()).toEqual([]);
  });

  it('removes exactly the tag whose "Remove tag" button is pressed', () => {
    setup({ tags: ['grafana', 'loki', 'tempo'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag loki' }));
    expect(chips()).toEqual(['grafana', 'tempo']);
    expect(screen.queryByRole('button', { name: 'Remove tag loki' })).toBeNull();
  });

  it('adds what was typed when the field loses focus', () => {
    const { input } = setup();
    type(input, 'xss');
    fireEvent.blur(input);
    expect(chips()).toEqual(['xss']);
    expect(input.value).toBe('');
  });

  it('adds what was typed on Ctrl+Enter and lets the key go on to save the form', () => {
    const { input, outerKeyDown, onChange } = setup({ tags: ['security'] });
    type(input, 'xss');
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    expect(onChange).toHaveBeenLastCalledWith(['security', 'xss']);
    expect(outerKeyDown).toHaveBeenCalledTimes(1);
    // The tag was added before the form saw the key.
    expect(onChange.mock.invocationCallOrder.at(-1)).toBeLessThan(
      outerKeyDown.mock.invocationCallOrder[0] ?? 0,
    );
  });
});

describe('TagInput: suggestions', () => {
  it('shows the suggestions for what is typed as options of a listbox', () => {
    const { input, suggest } = setup({ tags: ['kafka'], suggest: startsWith });
    expect(listbox()).toBeNull();
    fireEvent.focus(input);
    type(input, 'k');
    expect(suggest).toHaveBeenLastCalledWith('k', ['kafka']);
    const list = screen.getByRole('listbox', { name: 'Tag suggestions' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['kubernetes']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
  });

  it('has no listbox when nothing matches', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'zzz');
    expect(listbox()).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks the highlighted suggestion with ArrowDown and Enter', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getByRole('option', { name: 'kubernetes' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'kafka', selected: true })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'ArrowDown' }); // wraps to the first
    fireEvent.keyDown(input, { key: 'ArrowUp' }); // and back to the last
    expect(fireEvent.keyDown(input, { key: 'Enter' })).toBe(false);
    expect(chips()).toEqual(['kafka']);
    expect(input.value).toBe('');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('adds the typed text, not a suggestion, on Enter when none is highlighted', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'ku');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['ku']);
  });

  it('picks a suggestion with the mouse', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'doc');
    fireEvent.mouseDown(screen.getByRole('option', { name: 'docker registry' }));
    expect(chips()).toEqual(['docker registry']);
    expect(input.value).toBe('');
  });

  it('closes the list on Escape without letting the key reach the popup', () => {
    const { input, outerKeyDown } = setup({ suggest: startsWith });
    type(input, 'k');
    expect(listbox()).not.toBeNull();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(listbox()).toBeNull();
    expect(outerKeyDown).not.toHaveBeenCalled();
    // With the list closed, Escape is the popup's again.
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(outerKeyDown).toHaveBeenCalledTimes(1);
    expect(outerKeyDown.mock.calls[0]?.[0].key).toBe('Escape');
  });

  it('lets Escape through when there is no list to close', () => {
    const { input, outerKeyDown } = setup({ suggest: startsWith });
    type(input, 'zzz');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(outerKeyDown).toHaveBeenCalledTimes(1);
  });

  it('reopens the list with ArrowDown after Escape closed it', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(listbox()).toBeNull();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'kubernetes', selected: true })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['kubernetes']);
  });
});

describe('TagInput: the list stays out of the way of the rest of the form', () => {
  it('closes when Enter adds a tag, and opens again on typing', () => {
    const { input } = setup({ suggest: startsWith });
    fireEvent.focus(input);
    type(input, 'ku');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['kubernetes']);
    // Not the whole list of known tags for the now empty field.
    expect(listbox()).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type(input, 'k');
    expect(within(listbox() as HTMLElement).getByRole('option', { name: 'kafka' })).toBeTruthy();
  });

  it('closes when the typed text is added with Enter', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    expect(listbox()).not.toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['k']);
    expect(listbox()).toBeNull();
  });

  it('closes when a suggestion is picked with the mouse', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    fireEvent.mouseDown(screen.getByRole('option', { name: 'kafka' }));
    expect(chips()).toEqual(['kafka']);
    expect(listbox()).toBeNull();
    expect(input.value).toBe('');
  });

  it('closes when focus leaves the field', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    expect(listbox()).not.toBeNull();
    fireEvent.blur(input);
    expect(listbox()).toBeNull();
  });

  it('closes when the pointer leaves the field and its list, not when it goes from one to the other', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    // pointerleave does not bubble: leaving the text box for the list is no leave of the whole.
    fireEvent.pointerLeave(input);
    const list = listbox() as HTMLElement;
    expect(list).not.toBeNull();
    fireEvent.pointerLeave(list);
    expect(listbox()).not.toBeNull();
    fireEvent.pointerLeave(input.closest('.field') as HTMLElement);
    expect(listbox()).toBeNull();
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    // The keyboard can still bring it back.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'kubernetes', selected: true })).toBeTruthy();
  });

  it('stops the list above the element it must keep clear of (Save)', () => {
    // happy-dom lays nothing out: place the list at 200 px and Save at 300 px.
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(function (this: HTMLElement) {
        const top =
          this.getAttribute('role') === 'listbox'
            ? 200
            : this.dataset.testid === 'actions'
              ? 300
              : 0;
        return DOMRect.fromRect({ x: 0, y: top, width: 100, height: 30 });
      });
    try {
      const { input } = setup({ suggest: startsWith, withSave: true });
      type(input, 'k');
      const list = listbox() as HTMLElement;
      expect(list.style.maxHeight).toBe('96px');
    } finally {
      rect.mockRestore();
    }
  });

  it('is not cut short when there is nothing to keep clear of', () => {
    const { input } = setup({ suggest: startsWith });
    type(input, 'k');
    expect((listbox() as HTMLElement).style.maxHeight).toBe('');
  });
});
