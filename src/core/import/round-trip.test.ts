/**
 * Round trip (README, "Import posts"): any month exported with the Hugo
 * preset, imported, and exported again gives back the same post, byte for
 * byte. Titles and URLs are hostile page text; notes, intros and the outro
 * are the author's Markdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, httpUrl, parenthesisUrl } from '../../../test/helpers/post/arbitraries';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { reexport } from '../../../test/helpers/post/import';
import { exportPost, presetById } from '../post';
import { closeBidi } from '../post/bidi';
import { oneLine } from '../post/escape';
import { cleanUrl } from '../url';

const words = fc.constantFrom(
  'KubeCon',
  'cluster',
  '`k3d create`',
  '**vite**',
  'a & b',
  'é',
  '(x)',
  ':',
  'C#',
  '{{ x }}',
  '[lien](https://x.org/)',
);
const line = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const markdown = fc
  .array(
    fc.oneof(
      line,
      line.map((l) => `- ${l}`),
      fc.constant('```sh\necho 1\n```'),
    ),
    { maxLength: 3 },
  )
  .map((lines) => lines.join('\n\n'));
const note = fc.oneof(
  fc.constant(''),
  line,
  fc.tuple(line, line).map(([a, b]) => `${a}\n${b}`),
  fc.tuple(line, markdown).map(([a, b]) => `${a}\n\n${b}`),
);
const category = fc.constantFrom(
  '',
  'Cloud',
  'CI/CD',
  'Sécurité',
  'Data',
  'Langages #',
  'Cloud / Scaleway',
);
const tag = fc.constantFrom('docker', 'docker registry', 'ssh-agent', 'k3s', 'Go', 'data');
const url = fc
  .oneof(httpUrl, parenthesisUrl)
  .map((u) => cleanUrl(u))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.url : ''));

/**
 */
/**
 * Printing drops a bidi closer that closes nothing (src/core/post/bidi.ts), so
 * `a\u202C{%` and `a{%` can print alike but for their escaping: such titles
 * are left out here. Every other hostile title comes back as it printed.
 */
const title = hostileText.filter((t) => closeBidi(oneLine(t)).startsWith(oneLine(t)));
const anEntry = fc.record({ title, url, note, category, tags: fc.array(tag, { maxLength: 3 }) });
const aMonth = fc.record({
  intro: fc.oneof(fc.constant(''), line),
  outro: fc.oneof(
    fc.constant(''),
    line,
    line.map((l) => `## Astuce du mois : ${l}\n\n${l}`),
  ),
  titleOverride: fc.oneof(fc.constant(''), line),
  sectionIntro: fc.oneof(fc.constant(''), line),
});

describe('export, import, export', () => {
  it.each(['fr', 'en'] as const)(
    'gives back the same Hugo post (%s)',
    (postLanguage) => {
      const config = settings({ postLanguage });
      fc.assert(
        fc.property(
          fc.uniqueArray(anEntry, { minLength: 1, maxLength: 8, selector: (e) => e.url }),
          aMonth,
          (raw, text) => {
            const entries = raw.map((fields) => entry(fields));
            const first = entries[0]?.category || (postLanguage === 'fr' ? 'Divers' : 'Misc');
            const record = month({ ...text, sectionIntros: { [first]: text.sectionIntro } });
            const exported = exportPost({
              entries,
              month: record,
              settings: config,
              publishDate: '2019-04-01',
              template: presetById('hugo')?.template ?? '',
            });
            if (!exported.ok) throw new Error(exported.message);
            expect(reexport(exported.text, config)).toBe(exported.text);
          },
        ),
        { numRuns: 200 },
      );
      // 200 generated months: ~2 s alone, longer on a loaded machine; a budget, not a speed check.
    },
    30_000,
  );
});
