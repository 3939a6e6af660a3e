// Checks what the shipped builds contain, after `npm run build` and
// `npm run build:firefox`: no host permission, no test hook, no eval or
// new Function (forbidden by Manifest V3's content security policy).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SHIPPED = ['dist', 'dist-firefox'];
const FORBIDDEN = [
  { name: 'the end-to-end test hook', pattern: /__veilleTest/ },
  { name: 'new Function', pattern: /\bnew Function\s*\(/ },
  { name: 'eval', pattern: /(^|[^.\w$])eval\s*\(/ },
  // `Function("a", "return …")` without `new` compiles code as well (function-bind's fallback).
  { name: 'Function(…) on a string', pattern: /(^|[^.\w$])Function\s*\(\s*[`'"]/ },
];

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

const problems = [];
for (const dir of SHIPPED) {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    problems.push(`${dir}/ is missing: build it first`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (manifest.host_permissions?.length)
    problems.push(`${dir}/manifest.json asks for host_permissions: ${manifest.host_permissions}`);
  // Optional host access is asked from a click (sync's Connect, Publishing's Connect repository), never at install.
  const optional = (manifest.optional_host_permissions ?? []).filter(
    (origin) => !['https://*/*', 'http://*/*'].includes(origin),
  );
  if (optional.length)
    problems.push(`${dir}/manifest.json asks for optional_host_permissions: ${optional}`);
  if (manifest.permissions?.some((p) => p.includes('://') || p === '<all_urls>' || p === 'tabs')) {
    problems.push(`${dir}/manifest.json asks for broad permissions: ${manifest.permissions}`);
  }
  for (const file of files(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const { name, pattern } of FORBIDDEN) {
      if (pattern.test(text)) problems.push(`${file} contains ${name}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Shipped build check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Shipped build check: ${SHIPPED.join(', ')} ask no host permission, hold no test hook, no eval.`,
);
