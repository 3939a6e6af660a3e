import { existsSync } from 'node:fs';

interface SystemBrowser {
  /** How the error names it: "Chromium", "Firefox". */
  name: string;
  /** The environment variable that may point to another binary. */
  variable: string;
  /** Where Debian installs it, first match wins. */
  paths: string[];
  /** The Debian package to install. */
  pkg: string;
  /** What the variable may point to, for the error. */
  alternative: string;
}

/** A browser from the system, or the one its variable names. Never downloaded. */
export function findSystemBrowser(browser: SystemBrowser): string {
  const candidates = [process.env[browser.variable], ...browser.paths];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      `No ${browser.name} found for the end-to-end tests. Install it with ` +
        `\`apt-get install -y ${browser.pkg}\` (or set ${browser.variable} to ${browser.alternative}), ` +
        'then run `npm test` again.',
    );
  }
  return found;
}
