// Writes public/_locales/{en,fr}/messages.json from one table, so the two
// languages cannot drift apart. Run `node scripts/locales.mjs` after editing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { messages } from './messages.mjs';

for (const lang of ['en', 'fr']) {
  const out = {};
  for (const [key, texts] of Object.entries(messages)) {
    out[key] = { message: texts[lang] };
  }
  mkdirSync(`public/_locales/${lang}`, { recursive: true });
  writeFileSync(`public/_locales/${lang}/messages.json`, `${JSON.stringify(out, null, 2)}\n`);
}
