// Writes public/_locales/{en,fr}/messages.json from one table, so the two
// languages cannot drift apart, and the type of the message keys
// (src/platform/message-keys.ts), so that `t()` with an unknown key does not
// type-check. Run `node scripts/locales.mjs` after editing scripts/messages.mjs;
// a test fails when the generated files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { localeFiles, messageKeysModule } from './locale-files.mjs';

for (const [path, text] of Object.entries({ ...localeFiles(), ...messageKeysModule() })) {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(path, text);
}
