/**
 * The project's own rules, checked on the source as it is: which folder may
 * import which, the sealed browser seam, the one write path, small files.
 * Biome's restricted imports say the same per folder while you type (biome.json);
 * this test holds the whole matrix in one place and catches what a pattern
 * cannot (a dynamic import, a write call on a table).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
// Files at the top of src/ (type declarations) belong to no folder.
const sources = filesUnder(src)
  .filter((file) => path.dirname(file) !== src)
  .map((file) => ({
    file: relative(file),
    folder: path.relative(src, file).split(path.sep)[0] as string,
    text: readFileSync(file, 'utf8'),
    test: isTest(file),
  }));

/** Who may import whom: each folder, the folders of src/ it may import from (besides itself). */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  db: ['core'],
  platform: ['core'],
  app: ['core', 'db', 'platform'],
  ui: ['core', 'db', 'platform', 'app'],
  popup: ['core', 'db', 'platform', 'app', 'ui'],
  options: ['core', 'db', 'platform', 'app', 'ui'],
  background: ['core', 'db', 'platform', 'app'],
};

/** Every module specifier of a file: static imports, re-exports and dynamic imports. */
function specifiers(text: string): string[] {
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'/gm),
    ...text.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ];
  return found.map((match) => match[1] as string);
}

/**
 * What a module loads when it is evaluated: static imports and re-exports
 * that are not type-only (a dynamic `import()` loads only when called).
 */
function loadedAtStart(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s*'([^']+)'/gm)].map(
    (match) => match[1] as string,
  );
}

/** The folder of src/ a relative specifier lands in, or null outside src/ (tests' helpers). */
function targetFolder(file: string, specifier: string): string | null {
  const target = path.relative(src, path.resolve(root, path.dirname(file), specifier));
  if (target.startsWith('..')) return null;
  return target.split(path.sep)[0] as string;
}

describe('the folders', () => {
  it('are the ones the rules know', () => {
    expect([...new Set(sources.map((s) => s.folder))].sort()).toEqual(
      Object.keys(MAY_IMPORT).sort(),
    );
  });

  it('import only the folders below them', () => {
    const broken: string[] = [];
    for (const { file, folder, text } of sources) {
      for (const specifier of specifiers(text)) {
        if (!specifier.startsWith('.')) continue;
        const target = targetFolder(file, specifier);
        if (target === null || target === folder) continue;
        if (!MAY_IMPORT[folder]?.includes(target)) broken.push(`${file} imports ${specifier}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keep core/ free of browser, database and UI packages', () => {
    const packages = /^(webextension-polyfill|dexie|idb|preact)(\/|$)/;
    const broken = sources
      .filter((s) => s.folder === 'core')
      .flatMap((s) =>
        specifiers(s.text)
          .filter((spec) => packages.test(spec))
          .map((spec) => `${s.file}: ${spec}`),
      );
    expect(broken).toEqual([]);
  });
});

describe('the browser seam', () => {
  const outside = sources.filter((s) => s.folder !== 'platform');

  it('is the only place that imports webextension-polyfill or its browser object', () => {
    const broken = outside.flatMap((s) =>
      specifiers(s.text)
        .filter((spec) => spec === 'webextension-polyfill' || /\/platform\/browser$/.test(spec))
        .map((spec) => `${s.file}: ${spec}`),
    );
    expect(broken).toEqual([]);
  });

  it('is the only place that touches chrome.* or browser.*', () => {
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const broken = outside
      .filter((s) => !s.test)
      .filter((s) => /(?<![\w.$])(chrome|browser)\s*\??\.\s*[a-z]/.test(code(s.text)))
      .map((s) => s.file);
    expect(broken).toEqual([]);
  });

  it('exports named functions and types, never the raw browser object', () => {
    const platform = sources.filter((s) => s.folder === 'platform' && !s.test);
    const leaks = platform
      .filter((s) => !s.file.endsWith('/browser.ts'))
      .filter((s) => /export\s*\{[^}]*\bbrowser\b/.test(s.text))
      .map((s) => s.file);
    expect(leaks).toEqual([]);
    // browser.ts itself is imported only inside platform/ (checked above).
  });
});

describe('the write path', () => {
  const writeCall =
    /\.(entries|months)\s*\.\s*(add|put|update|delete|bulkAdd|bulkPut|bulkUpdate|bulkDelete|clear|modify)\s*\(/;

  it('writes entries and months only in db/writes/, which only the writer imports', () => {
    const production = sources.filter((s) => !s.test);
    const writes = production
      .filter((s) => writeCall.test(s.text))
      .map((s) => s.file)
      .filter((file) => !file.startsWith('src/db/writes/'));
    expect(writes).toEqual([]);
    const importers = production
      .filter((s) => !s.file.startsWith('src/db/writes/'))
      .filter((s) => specifiers(s.text).some((spec) => /(^|\/)writes\//.test(spec)))
      .map((s) => s.file);
    expect(importers).toEqual(['src/db/writer.ts']);
  });

  it('opens the hot path’s door (idb) only where the store is wired, so its writes go through a writer', () => {
    const importers = sources
      .filter((s) => !s.test && !s.file.startsWith('src/db/'))
      .filter((s) => specifiers(s.text).some((spec) => /\/db\/idb\//.test(spec)))
      .map((s) => s.file);
    // Its reads (the popup paints from them) and its writer (loaded later by the popup).
    expect(importers).toEqual(['src/app/hot-reads.ts', 'src/app/hot-writer.ts']);
  });

  it('keeps Dexie out of the popup and the worker (their door is idb)', () => {
    // From their entry points: a module loaded by a dynamic import (the
    // popup's upgrade, which needs Dexie) is not part of their start.
    const entryPoints = ['src/popup/main.tsx', 'src/background/index.ts'];
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const source = sources.find((s) => s.file === file);
      if (!source) return;
      for (const spec of loadedAtStart(source.text)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(path.resolve(root, path.dirname(file), spec));
        for (const candidate of [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
          visit(candidate);
        }
      }
    };
    for (const file of entryPoints) visit(file);
    expect(reached.size).toBeGreaterThan(20);
    const withDexie = [...reached].filter((file) =>
      loadedAtStart(sources.find((s) => s.file === file)?.text ?? '').includes('dexie'),
    );
    expect(withDexie).toEqual([]);
    // Sync runs in the options page and in the background's own worker: of its code, the
    // popup and the service worker hold only the clock stamps.
    const sync = [...reached]
      .filter((file) => sources.some((s) => s.file === file))
      .filter(
        (file) => file.startsWith('src/app/sync/') || /^src\/core\/sync\/(?!hlc\.ts)/.test(file),
      );
    expect(sync).toEqual([]);
  });
});

describe('the files', () => {
  /** Small files with one idea each; a test file may hold more cases. */
  const CEILING = { source: 280, test: 600 };

  it(`stay under ${CEILING.source} lines (tests ${CEILING.test})`, () => {
    const large = sources
      // A generated file (the message keys) is as long as the list it mirrors.
      .filter((s) => !s.text.startsWith('// Generated by '))
      .map((s) => ({ ...s, lines: s.text.split('\n').length }))
      .filter((s) => s.lines > (s.test ? CEILING.test : CEILING.source))
      .map((s) => `${s.file}: ${s.lines} lines`);
    expect(large).toEqual([]);
  });

  it('never reach outside the repository (a clone anywhere passes npm test)', () => {
    const everything = [
      ...sources,
      ...filesUnder(path.join(root, 'test')).map((file) => ({
        file: relative(file),
        text: readFileSync(file, 'utf8'),
      })),
    ];
    const outside = everything.filter((s) => /\.\.\/shared\//.test(s.text)).map((s) => s.file);
    expect(outside).toEqual([]);
  });
});
