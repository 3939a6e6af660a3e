import { browser } from './browser';

/** The shortcut that opens the capture popup, as the browser shows it; '' when none is set. */
export async function captureShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === '_execute_action')?.shortcut ?? '';
}

/** Opens the browser's own page where extension shortcuts are changed. */
export async function openShortcutSettings(): Promise<void> {
  // Firefox 137+ has an API for it; Chrome has a page extensions may open.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
