// What the Chromium benches share: finding the browser, and the e2e build
// loaded into a profile of its own with the options page's address.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import CHROMIUM_FLAGS from '../e2e/chromium-flags.json' with { type: 'json' };

/** Chromium's path; without one, says why the bench `label` is skipped and exits. */
export function chromiumOrSkip(label) {
  const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (chrome) return chrome;
  console.log(`${label} skipped: no Chromium (apt-get install -y chromium, or set CHROME_PATH).`);
  process.exit(0);
}

/** The build to load: `--dist=DIR` among `args`, else dist-e2e/. */
export const distOf = (args) =>
  path.resolve(args.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist-e2e');

/** Chromium with the extension in `dist`, on the profile `profileDir`. */
export async function launchExtension(chrome, dist, profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chrome,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const options = `chrome-extension://${new URL(sw.url()).host}/src/options/index.html`;
  return { context, options };
}
