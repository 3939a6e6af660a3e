// `npm start`: builds the extension and opens a browser with it loaded in a
// throwaway profile. Chromium by default; `npm start -- --firefox` for Firefox.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = process.argv.includes('--firefox');
const dist = firefox ? 'dist-firefox' : 'dist';
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx', ['vite', 'build'], firefox ? { TARGET: 'firefox' } : {});

const hasDisplay =
  process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!hasDisplay) {
  console.log(`
No display: a browser window cannot open here. The extension is built in ${dist}/.
To try it on a machine with a desktop: in Chrome or Chromium open chrome://extensions,
turn on "Developer mode", click "Load unpacked" and choose the dist/ folder (\`npm run build\`);
in Firefox open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and
choose dist-firefox/manifest.json (\`npm run build:firefox\`). Or run \`npm start\` again
where a display is available.`);
  process.exit(0);
}

const chromiumBinary = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => p && existsSync(p));
const args = ['web-ext', 'run', '--source-dir', dist, '--no-reload'];
if (firefox) args.push('--target', 'firefox-desktop');
else {
  args.push('--target', 'chromium', '--start-url', 'https://example.org/');
  if (chromiumBinary) args.push('--chromium-binary', chromiumBinary);
  // Chromium refuses to start as root (containers, CI boxes) unless unsandboxed.
  if (process.getuid?.() === 0) args.push('--arg=--no-sandbox');
}
spawn('npx', args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
