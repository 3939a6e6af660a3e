/**
 * What depends on the post's language, apart from month names (month.ts)
 * and the fallback section's name (settings.ts).
 */
import type { PostLanguage } from '../types';

/**
 * What goes between a bullet's link and its note (docs/post-format.md, rule 4):
 * French typography puts a space before the colon, as the published posts do.
 */
const NOTE_SEPARATORS: Record<PostLanguage, string> = { fr: ' : ', en: ': ' };

export function noteSeparator(language: PostLanguage): string {
  return NOTE_SEPARATORS[language];
}

/**
 * Section order (docs/post-format.md, rule 2): alphabetical in the post's language,
 * ignoring case, accents and punctuation. This collator reproduces the order
 * of every published post ("CI/CD" before "Cloud", "(No)SQL" after "Logs").
 * Names it calls equal ("Data" and "data") fall back to code-point order,
 * so the order never depends on the input's.
 */
export function sectionComparator(language: PostLanguage): (a: string, b: string) => number {
  const collator = new Intl.Collator(language, { sensitivity: 'base', ignorePunctuation: true });
  return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
