/**
 * What a post about to replace a file changes in it, line by line. Its own
 * module, loaded by \`import()\` when a file is in the way: the diff library
 * stays out of the options page's first load.
 */
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/** The lines of `before` and `after`, each kept, removed or added, in order. */
export function lineDiff(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const lines = part.value.replace(/\n$/, '').split('\n');
    return lines.map((text) => ({ kind, text }) as DiffLine);
  });
}
