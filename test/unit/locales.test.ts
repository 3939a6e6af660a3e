import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.join(root, `public/_locales/${lang}/messages.json`), 'utf8'));
const en = messages('en');
const fr = messages('fr');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
const code = sources(path.join(root, 'src')).map((file) => readFileSync(file, 'utf8'));

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

  it('defines every key the code asks for', () => {
    const asked = new Set<string>();
    for (const text of code) {
      for (const [, key] of text.matchAll(/\bt\(\s*'(\w+)'/g)) asked.add(key as string);
      // Keys chosen through a table (failure -> message) are quoted literals.
      for (const [, key] of text.matchAll(/'((?:blocked|error|menu|status)[A-Z]\w*)'/g)) {
        asked.add(key as string);
      }
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !(key in en))).toEqual([]);
  });

  it('defines every __MSG_ key of the manifest', () => {
    const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it('is generated from scripts/messages.mjs (run node scripts/locales.mjs after editing it)', async () => {
    const { messages: table } = await import('../../scripts/messages.mjs');
    for (const [key, texts] of Object.entries(table)) {
      expect(en[key]?.message).toBe(texts.en);
      expect(fr[key]?.message).toBe(texts.fr);
    }
  });
});
