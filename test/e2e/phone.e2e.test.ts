import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type E2ePage,
  type ExtensionBrowser,
  launchWithExtension,
  openPage,
  openPopupFor,
} from './browser';
import { shown } from './expect';
import { screenshotPath } from './session';
import { startSite, type TestSite } from './site';
import { storedEntry } from './store';

/**
 * At a phone's width, on a touch screen (Firefox for Android shows the popup
 * and the options page full screen): nothing scrolls sideways, every control
 * is a 44 px touch target, and capturing needs no keyboard shortcut.
 */
let browser: ExtensionBrowser;
let site: TestSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchWithExtension(undefined, 'en-US', { touch: true }),
    startSite(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  /** Touch targets smaller than 44 × 44 CSS pixels. */
  small: string[];
  /** The innermost elements that reach past the window's right edge. */
  wide: string[];
}

/** Measures the page: its width, and the buttons and links used as buttons. */
function layoutOf(page: E2ePage): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const targets = document.querySelectorAll(
      'button, [role="button"], nav a, .entry-actions a, select, input[type="file"]',
    );
    const small: string[] = [];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const hidden = box.width === 0 || getComputedStyle(target).visibility === 'hidden';
      if (hidden || target.closest('[hidden]')) continue;
      if (box.width < 44 || box.height < 44) {
        const name = target.getAttribute('aria-label') ?? target.textContent?.trim() ?? '';
        small.push(`${target.tagName.toLowerCase()} “${name}”: ${box.width}×${box.height}`);
      }
    }
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth)
      .filter(
        (element) =>
          ![...element.children].some(
            (child) => child.getBoundingClientRect().right > root.clientWidth,
          ),
      )
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.getBoundingClientRect().right}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, small, wide };
  });
}

async function expectPhoneLayout(page: E2ePage): Promise<void> {
  const layout = await layoutOf(page);
  expect(layout.small).toEqual([]);
  expect(layout.wide).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
}

describe('on a phone', () => {
  it('captures through the popup with taps and an on-screen keyboard', async () => {
    const article = await openPage(browser, site.url('article.html'));
    const popup = await openPopupFor(browser, article, { phone: true });
    expect(await popup.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await shown(popup.getByRole('button', { name: 'Save' }));
    await popup.getByRole('textbox', { name: 'Note' }).fill('Read on the bus.');
    // An on-screen keyboard types into the field (input events); its comma adds a tag.
    const tags = popup.getByRole('combobox', { name: 'Tags' });
    await tags.tap();
    await tags.fill('mobile,');
    await shown(popup.getByRole('button', { name: 'Remove tag mobile' }));
    await expectPhoneLayout(popup);
    // The last tag is still being typed when Save is tapped: it is saved, and
    // Save does not move from under the finger (no chip appears first).
    await tags.fill('android');
    await popup.locator('main').screenshot({ path: screenshotPath('popup-phone') });

    // Save is a button to tap: no Ctrl+Enter on a phone.
    const closed = browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).tap();
    await closed;
    expect(await storedEntry(browser, site.url('article.html'))).toMatchObject({
      note: 'Read on the bus.',
      tags: ['mobile', 'android'],
    });
    await article.close();
  });

  it('shows the library, the export and the settings without sideways scrolling', async () => {
    for (const view of ['entries', 'export', 'settings']) {
      const options = await openPage(browser, `${browser.url('src/options/index.html')}#${view}`, {
        phone: true,
      });
      await shown(options.getByRole('heading').first());
      if (view === 'entries') await shown(options.getByText('Read on the bus.'));
      if (view === 'export')
        await shown(options.getByRole('textbox', { name: 'Post', exact: true }));
      if (view === 'settings') await shown(options.getByRole('button', { name: 'Save settings' }));
      // Chromium's touch emulation stops reaching the export view once it has
      // rendered (its preview frame, it seems): apply it again until the page
      // says it has a coarse pointer, then measure.
      await expect
        .poll(async () => {
          await browser.emulatePhone(options);
          return options.evaluate(() => matchMedia('(pointer: coarse)').matches);
        })
        .toBe(true);
      await expectPhoneLayout(options);
      await options.close();
    }
  });
});
