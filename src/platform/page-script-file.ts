/**
 * Where the build writes the page-reading script (vite.config.ts): the
 * extension's file injected into the page by `readPage` (tabs.ts).
 */
export const PAGE_SCRIPT_FILE = 'assets/page-script.js';
