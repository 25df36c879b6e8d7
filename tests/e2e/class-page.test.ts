import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';

describe('search → class page', () => {
  const e2e = useBrowser();

  it('finds Medical Social Associate by "medical social" and shows its five-rung ladder, highlighted, with the Consultant first in next roles', async () => {
    const page = await e2e.open();
    const search = page.getByRole('combobox', { name: /search job classes/i });
    await search.fill('medical social');
    const option = page.getByRole('option', { name: /^Medical Social Associate/ });
    await option.click();
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Medical Social Associate');
    expect(page.url()).toContain('#/class/il-sucss:4260');

    const rungs = page.locator('[data-testid="ladder-svg"] a.node.rung');
    await expect.poll(() => rungs.count()).toBe(5);
    const current = page.locator('[data-testid="ladder-svg"] a.node.current');
    expect(await current.getAttribute('data-class-id')).toBe('il-sucss:4260');
    expect(await current.getAttribute('aria-current')).toBe('page');

    const first = page.locator('[data-testid="next-roles"] li.role').first();
    expect(await first.locator('a.title').textContent()).toBe('Medical Social Consultant');
    await e2e.screenshot(page, 'class-page-desktop');
    await e2e.screenshot(page, 'class-page-desktop-full', { fullPage: true });
  });

  it('lays the class page out for a phone: title, next roles, then the ladder', async () => {
    const page = await e2e.open('#/class/il-sucss:4260', { viewport: PHONE });
    await page.getByTestId('class-title').waitFor();
    const title = await page.getByTestId('class-title').boundingBox();
    const next = await page.getByTestId('next-roles').boundingBox();
    const ladder = await page.getByTestId('ladder-svg').boundingBox();
    expect(title && next && ladder).toBeTruthy();
    expect(title!.y).toBeLessThan(next!.y);
    expect(next!.y).toBeLessThan(ladder!.y);
    expect(next!.width).toBeLessThanOrEqual(PHONE.width);
    await e2e.screenshot(page, 'class-page-phone');
    await e2e.screenshot(page, 'class-page-phone-full', { fullPage: true });
  });

  it('prints the class page without the app chrome', async () => {
    const page = await e2e.open('#/class/il-sucss:4260');
    await page.getByTestId('class-title').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show as list' }).isVisible()).toBe(false);
    expect(await page.getByTestId('next-roles').isVisible()).toBe(true);
    expect(await page.locator('#source-text').isVisible()).toBe(true);
    await e2e.screenshot(page, 'class-page-print', { fullPage: true });
  });
});
