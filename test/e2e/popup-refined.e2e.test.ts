import { describe, it } from 'vitest';
import { openPage, openPopupFor } from './browser';
import { inputValueOf, shown, textOf } from './expect';
import { useE2eSession } from './session';

// The popup paints its form from what the browser says of the tab, then
// refines it with what the page says of itself (load-capture.ts, refine-form.ts).

const e2e = useE2eSession();

describe('the popup refined by the page', () => {
  it('takes the page’s own title, and turns to the entry its canonical URL already has', async () => {
    const article = await openPage(e2e.browser, e2e.site.url('article.html?utm_source=feed'));
    const popup = await openPopupFor(e2e.browser, article);
    // The tab's title says "| Grafana Labs"; the page's Open Graph title does not.
    await inputValueOf(popup.getByRole('textbox', { name: 'Title' })).toBe('Grafana v6.0 Released');
    await shown(popup.locator('main[data-page="answered"]'));
    await popup.getByRole('textbox', { name: 'Note' }).fill('Explore and Loki.');
    const closed = e2e.browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await closed;

    const repost = await openPage(e2e.browser, e2e.site.url('syndicated.html'));
    const again = await openPopupFor(e2e.browser, repost);
    await shown(again.getByRole('heading', { name: 'Edit entry' }));
    await textOf(again.getByText(/Already in your veille/)).toContain('Already in your veille');
    await inputValueOf(again.getByRole('textbox', { name: 'URL' })).toBe(
      e2e.site.url('article.html'),
    );
    await inputValueOf(again.getByRole('textbox', { name: 'Note' })).toBe('Explore and Loki.');
    await again.close();
    await repost.close();
    await article.close();
  });
});
