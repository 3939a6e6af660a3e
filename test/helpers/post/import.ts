/** Past posts imported into an empty library and exported again, for round-trip tests. */
import { parsePost } from '../../../src/core/import';
import { planImport } from '../../../src/core/import/plan';
import { exportPost, presetById } from '../../../src/core/post';
import type { Settings } from '../../../src/core/types';

let counter = 0;

/** The post `text` imported alone, then exported with the Hugo preset. */
export function reexport(text: string, settings: Settings): string {
  const parsed = parsePost('post.md', text, settings);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.issue)}`);
  const plan = planImport(
    [parsed.post],
    { entries: [], months: [] },
    {
      now: 1,
      newId: () => {
        counter += 1;
        return `i${counter}`;
      },
    },
  );
  const month = plan.putMonths[0];
  if (!month) throw new Error('no month');
  const result = exportPost({
    entries: plan.putEntries,
    month,
    settings,
    publishDate: month.publishDate ?? '2000-01-01',
    template: presetById('hugo')?.template ?? '',
  });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}
