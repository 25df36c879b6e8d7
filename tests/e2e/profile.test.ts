import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const ASSOCIATE = '#/class/il-sucss:4260';

async function consultantBadge(page: Page) {
  const card = page.locator('[data-testid="next-roles"] li.role[data-class-id="il-sucss:0876"]');
  await card.waitFor();
  return card.getByTestId('eligibility-badge');
}

async function saved(page: Page, text = 'Saved in this browser'): Promise<void> {
  await expect.poll(() => page.getByTestId('profile-status').textContent(), { timeout: 10_000 }).toBe(text);
}

describe('the profile', () => {
  const e2e = useBrowser();

  it('makes the Consultant eligible by the licence route with a master’s in social work and an LCSW, survives a reload, and shows what is missing once cleared', async () => {
    const page = await e2e.open('#/profile');
    await expect.poll(() => page.getByText(/Nothing you enter here is sent anywhere/).count()).toBe(1);
    await page.getByLabel('Highest education completed').selectOption('master');
    await page.getByLabel('Field or major').fill('social work');
    await page.getByRole('checkbox', { name: 'Licensed Clinical Social Worker' }).check();
    await saved(page);
    await e2e.screenshot(page, 'profile-desktop');

    await page.goto(e2e.url(ASSOCIATE));
    let badge = await consultantBadge(page);
    expect(await badge.getAttribute('data-status')).toBe('eligible');
    expect(await badge.textContent()).toMatch(/Eligible now/);
    expect(await badge.textContent()).toMatch(/licen[cs]e/i);

    await page.reload();
    badge = await consultantBadge(page);
    expect(await badge.getAttribute('data-status')).toBe('eligible');

    await page.goto(e2e.url('#/profile'));
    await page.getByRole('button', { name: 'Clear my profile' }).click();
    await saved(page, 'Profile cleared from this browser');
    await page.goto(e2e.url(ASSOCIATE));
    badge = await consultantBadge(page);
    expect(await badge.getAttribute('data-status')).not.toBe('eligible');
    expect(await badge.textContent()).toMatch(/Needs|more months|Eligible in/);
  });

  it('adds a class held, chosen by search, with its months and marks it as the current class', async () => {
    const page = await e2e.open('#/profile');
    const picker = page.getByRole('combobox', { name: 'Add a class you have held' });
    await picker.fill('medical social assistant');
    await page.getByRole('option', { name: /^Medical Social Assistant/ }).click();
    const months = page.getByLabel('Months as Medical Social Assistant');
    await months.fill('10');
    await saved(page);
    await page.goto(e2e.url('#/class/il-sucss:0264'));
    await page.getByTestId('class-title').waitFor();
    await expect.poll(() => page.getByText('You are here').count()).toBeGreaterThan(0);
    expect(await page.locator('a.node.here').getAttribute('data-class-id')).toBe('il-sucss:0264');
  });
});
