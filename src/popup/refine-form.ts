import type { CaptureValues } from '../core/capture-values';
import { sameValues } from '../core/capture-values';
import { appendToNote } from '../core/note';
import { addTag } from '../core/tags';
import type { CaptureForm } from './load-capture';

/**
 * The popup paints its form from what the browser says of the tab, then the
 * page answers (its own title, canonical URL, selection, metadata). This
 * decides what the page's answer changes in a form the author may already
 * be typing in.
 */
export type Refinement =
  /** Nothing typed yet: the form becomes what it would have been had the page answered first. */
  | { kind: 'replace'; form: CaptureForm }
  /**
   * Same entry (or still a new capture): the fields the author has not
   * touched take the page's values, the ones they edited are kept, and the
   * page's metadata is saved with the entry.
   */
  | { kind: 'merge'; form: CaptureForm; values: CaptureValues }
  /**
   * The page's canonical URL is an entry already captured, and the author has
   * typed: what they typed stays on screen, and Save adds it to that entry
   * (`addToCaptured`) rather than replacing it.
   */
  | { kind: 'captured'; target: CaptureForm }
  /** Editing another stored entry than the page's, with changes: the page's answer is left out. */
  | { kind: 'keep' };

const TEXT_FIELDS = ['title', 'url', 'category', 'monthKey'] as const;

/**
 * `shown` is the form painted from the tab, `current` what its fields hold
 * now (a tag being typed included), `page` the form as the page's answer
 * makes it. A field is the author's when it differs from what the form was
 * prefilled with (typed now, or in a draft restored over the prefill).
 */
export function refine(shown: CaptureForm, current: CaptureValues, page: CaptureForm): Refinement {
  if (!shown.restoredDraft && sameValues(current, shown.initial)) {
    return { kind: 'replace', form: page };
  }
  if (shown.existing?.id === page.existing?.id) {
    const values = { ...current, tags: [...current.tags] };
    for (const field of TEXT_FIELDS) {
      if (current[field] === shown.prefill[field]) values[field] = page.prefill[field];
    }
    if (sameTags(current.tags, shown.prefill.tags)) values.tags = [...page.prefill.tags];
    values.note = refinedNote(shown.prefill.note, current.note, page.prefill.note);
    return {
      kind: 'merge',
      // The draft keeps the address it was written under; the entry takes the page's metadata.
      form: { ...shown, meta: page.meta, pristine: page.pristine, prefill: page.prefill },
      values,
    };
  }
  if (!shown.existing && page.existing) return { kind: 'captured', target: page };
  return { kind: 'keep' };
}

/**
 * The page's selection goes where the form would have had it: an untouched
 * note becomes the page's; when the author wrote after the prefilled text,
 * the quote goes before what they wrote, as if the page had answered first,
 * and what they wrote is kept to the character. A note whose prefilled part
 * they changed is theirs, left as it is.
 */
function refinedNote(prefill: string, current: string, page: string): string {
  if (current === prefill) return page;
  if (page === prefill || !page.startsWith(prefill) || !current.startsWith(prefill)) return current;
  const typed = current.slice(prefill.length).replace(/^\n+/, '');
  return typed === '' ? page : `${page}\n\n${typed}`;
}

function sameTags(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/**
 * What Save writes when the page turned out to be captured already and the
 * author had typed in a new capture's form (`prefill`): the stored entry
 * with their changes added, so that neither their words nor the entry's are
 * lost: a title, category or month they changed replaces the entry's, their
 * note is appended to the entry's note, their tags are added to its tags.
 */
export function addToCaptured(
  target: CaptureValues,
  prefill: CaptureValues,
  values: CaptureValues,
): CaptureValues {
  const changed = (field: (typeof TEXT_FIELDS)[number]) =>
    values[field] !== prefill[field] ? values[field] : target[field];
  const note =
    values.note !== prefill.note && values.note.trim() !== ''
      ? appendToNote(target.note, values.note)
      : target.note;
  return {
    title: changed('title'),
    url: target.url,
    note,
    tags: values.tags.reduce(addTag, target.tags),
    category: changed('category'),
    monthKey: changed('monthKey'),
  };
}
