// Loads dist-firefox/ into a real, headless Firefox (Debian's firefox-esr)
// through web-ext, and fails if Firefox does not install it or reports a
// JavaScript error from the extension (a background that throws at start).
// Playwright cannot drive Debian's Firefox, so this is the Firefox check
// beyond `web-ext lint`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p) => p && existsSync(p),
);
if (!firefox) {
  console.error(
    'No Firefox for the Firefox smoke test: install it with `apt-get install -y firefox-esr` ' +
      '(or set FIREFOX_PATH), then run `npm test` again.',
  );
  process.exit(1);
}

const INSTALL_TIMEOUT_MS = 90_000;
// After the install, how long the background may take to throw.
const SETTLE_MS = 5_000;

const child = spawn(
  'npx',
  [
    'web-ext',
    'run',
    '--source-dir',
    'dist-firefox',
    '--target',
    'firefox-desktop',
    `--firefox=${firefox}`,
    '--no-reload',
    '--no-input',
    '--verbose',
  ],
  { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true },
);

const errors = [];
let installed = false;
let buffered = '';
const onOutput = (chunk) => {
  buffered += chunk;
  const lines = buffered.split('\n');
  buffered = lines.pop() ?? '';
  for (const line of lines) {
    if (/Installed .* as a temporary add-on/.test(line)) installed = true;
    if (/JavaScript error: moz-extension:\/\//.test(line))
      errors.push(line.replace(/^.*?JavaScript error: /, ''));
  }
};
child.stdout.on('data', onOutput);
child.stderr.on('data', onOutput);

const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
const started = Date.now();
const timer = setInterval(() => {
  const waited = Date.now() - started;
  if (!installed && waited < INSTALL_TIMEOUT_MS) return;
  if (installed && waited < installedAt() + SETTLE_MS) return;
  clearInterval(timer);
  stop();
  if (!installed) {
    console.error(
      `Firefox smoke test: dist-firefox/ was not installed within ${INSTALL_TIMEOUT_MS / 1000} s.`,
    );
    process.exit(1);
  }
  if (errors.length > 0) {
    console.error(`Firefox smoke test: the extension reported errors:\n- ${errors.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`Firefox smoke test: ${firefox} installed dist-firefox/ with no extension error.`);
  process.exit(0);
}, 250);

let installedTime;
function installedAt() {
  installedTime ??= Date.now() - started;
  return installedTime;
}
