import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPage, openPopupFor } from './browser';
import { findChromium } from './driver/chromium';
import { findFirefox } from './driver/firefox';
import { shown } from './expect';
import { inFirefox } from './session';
import { startSite, type TestSite } from './site';

/** A French browser: the UI speaks French, from _locales/fr. */
let browser: ExtensionBrowser;
let site: TestSite;

/** Fails, with the package to install, when the browser has no French UI. */
function requireFrenchUi(): void {
  if (inFirefox) {
    const langpack =
      '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';
    if (findFirefox() === '/usr/bin/firefox-esr' && !existsSync(langpack)) {
      throw new Error(
        "Firefox has no French UI: install Debian's firefox-esr-l10n-fr (apt-get install -y firefox-esr-l10n-fr).",
      );
    }
    return;
  }
  if (findChromium() === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/fr.pak')) {
    throw new Error(
      "Chromium has no French UI: install Debian's chromium-l10n (apt-get install -y chromium-l10n).",
    );
  }
}

beforeAll(async () => {
  requireFrenchUi();
  [browser, site] = await Promise.all([launchWithExtension(undefined, 'fr-FR'), startSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('in French', () => {
  it('names the popup controls in French and saves', async () => {
    const article = await openPage(browser, site.url('article.html'));
    const popup = await openPopupFor(browser, article);
    await shown(popup.getByRole('heading', { name: 'Ajouter à la veille' }));
    await shown(popup.getByRole('textbox', { name: 'Titre' }));
    await shown(popup.getByRole('combobox', { name: 'Catégorie' }));
    await shown(popup.getByRole('combobox', { name: 'Mois' }));
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    const closed = browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Enregistrer' }).click();
    await shown(popup.getByText('Enregistré.'));
    await closed;

    const options = await openPage(browser, browser.url('src/options/index.html'));
    await shown(options.getByRole('heading', { name: 'Entrées : 1' }));
    await shown(options.getByRole('link', { name: 'Réglages' }));
    await options.close();
    await article.close();
  });
});
