import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build tooling, without types.
import { localeFiles, messageKeysModule } from '../../scripts/locale-files.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(read(`public/_locales/${lang}/messages.json`));
const en = messages('en');
const fr = messages('fr');

const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has every key in English and French, none empty, with the same substitutions', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const french = fr[key]?.message ?? '';
      expect(message.trim(), key).not.toBe('');
      expect(french.trim(), key).not.toBe('');
      expect(placeholders(french), key).toEqual(placeholders(message));
    }
  });

  it('are generated from scripts/messages.mjs, with the key type t() checks (node scripts/locales.mjs)', () => {
    // Every key the code passes to t() is checked by the type checker against
    // MessageKey: these files must be what the table gives today.
    const generated: Record<string, string> = { ...localeFiles(), ...messageKeysModule() };
    expect(Object.keys(generated)).toContain('src/platform/message-keys.ts');
    for (const [file, text] of Object.entries(generated)) expect(read(file), file).toBe(text);
  });

  it('defines every __MSG_ key of the manifest', () => {
    const keys = [...read('manifest.json').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});
