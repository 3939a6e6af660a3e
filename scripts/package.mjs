// Zips dist/ and dist-firefox/ for the stores, reproducibly: files in sorted
// order with a fixed timestamp, so the same sources give the same bytes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )
    .sort();

mkdirSync('artifacts', { recursive: true });
for (const [dir, browser] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
]) {
  const entries = {};
  for (const file of files(dir)) {
    entries[path.relative(dir, file).split(path.sep).join('/')] = [
      readFileSync(file),
      { mtime: FIXED_TIME, level: 9 },
    ];
  }
  const out = `artifacts/veille-${version}-${browser}.zip`;
  writeFileSync(out, zipSync(entries));
  console.log(`${out}: ${Object.keys(entries).length} files`);
}
