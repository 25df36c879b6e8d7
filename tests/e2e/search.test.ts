import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';

describe('search', () => {
  const e2e = useBrowser();

  it('works with the keyboard only: type, ↓ ↓ Enter opens the second result; Esc closes', async () => {
    const page = await e2e.open();
    await page.getByRole('combobox').first().waitFor();
    await page.keyboard.type('medical social');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(5);
    const second = await options.nth(1).locator('.title').textContent();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe(second);
    // The header search: Esc closes the list, a second Esc clears it.
    const header = page.getByRole('combobox', { name: /search job classes/i });
    await header.focus();
    await page.keyboard.type('case manager');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await header.inputValue()).toBe('');
  });

  it('marks the matched words and groups results by jurisdiction, tolerating typos', async () => {
    const page = await e2e.open('#/?q=medcal%20socail');
    const marks = page.locator('[role="option"] mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.toLowerCase()).toMatch(/medical|social/);
    const groups = await page.locator('.group-name').allTextContents();
    expect(groups[0]).toMatch(/Illinois State Universities/);
    expect(await page.getByRole('combobox').first().inputValue()).toBe('medcal socail');
  });

  it('shows example searches and the jurisdictions with their class counts when empty', async () => {
    const page = await e2e.open();
    await expect.poll(() => page.getByRole('button', { name: 'medical social' }).count()).toBe(1);
    expect(await page.locator('.jurisdictions li').count()).toBe(5);
    expect(await page.locator('.jurisdictions').textContent()).toMatch(/5 classes/);
    await e2e.screenshot(page, 'home-desktop');
    const phone = await e2e.open('', { viewport: PHONE });
    await phone.getByRole('button', { name: 'medical social' }).waitFor();
    await e2e.screenshot(phone, 'home-phone');
  });
});
