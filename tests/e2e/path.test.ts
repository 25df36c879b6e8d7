import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';

const STEPS = [
  'Medical Social Associate',
  'Medical Social Consultant',
  'Assistant Supervisor of Medical Social Services',
  'Supervisor of Medical Social Services',
];

describe('the path planner', () => {
  const e2e = useBrowser();

  it('plans Medical Social Assistant → Supervisor of Medical Social Services, every step with its months, and keeps the view on reload, back and forward', async () => {
    const page = await e2e.open('#/path');
    await page.getByRole('combobox', { name: 'Start from class' }).fill('medical social assistant');
    await page.getByRole('option', { name: /^Medical Social Assistant/ }).click();
    await page.getByRole('combobox', { name: 'Go to class' }).fill('supervisor of medical social');
    await page.getByRole('option', { name: /^Supervisor of Medical Social Services/ }).click();

    const steps = page.getByTestId('path-step');
    await expect.poll(() => steps.count()).toBe(STEPS.length);
    const titles = await steps.locator('.step-title a').allTextContents();
    expect(titles).toEqual(STEPS);
    const months = await page.getByTestId('step-months').allTextContents();
    expect(months).toHaveLength(STEPS.length);
    for (const m of months) expect(m).toMatch(/^\d+ months$/);
    // A step that asks no months still names the credentials its route needs.
    const consultantStep = steps.filter({
      has: page.locator('.step-title a', { hasText: /^Medical Social Consultant$/ }),
    });
    const needs = await consultantStep.getByTestId('step-requires').textContent();
    expect(needs).toContain("Master's degree");
    expect(needs).toMatch(/Licence: .*Licensed Clinical Social Worker/);
    expect(await page.getByTestId('path-total').textContent()).toMatch(/4\s*steps/);
    expect(await page.getByTestId('earliest-date').textContent()).toMatch(/\d{4}/);
    // The date counts months only; without a profile it says which credentials the steps ask for.
    const asked = await page.getByTestId('credentials-asked').textContent();
    expect(asked).toContain('counts months of experience only');
    expect(asked).toContain("Master's degree");
    expect(asked).toMatch(/Licensed Clinical Social Worker/);
    expect(page.url()).toContain('from=il-sucss:0264');
    expect(page.url()).toContain('to=il-sucss:3729');
    await e2e.screenshot(page, 'path-desktop', { fullPage: true });

    await page.reload();
    await expect.poll(() => steps.count()).toBe(STEPS.length);

    await page.goBack();
    await expect.poll(() => steps.count()).toBe(0);
    expect(page.url()).toContain('from=il-sucss:0264');
    expect(page.url()).not.toContain('to=');
    await page.goForward();
    await expect.poll(() => steps.count()).toBe(STEPS.length);
    expect(await steps.locator('.step-title a').allTextContents()).toEqual(STEPS);
  });

  it('leads from the route to comparing the two classes and to a development plan', async () => {
    const page = await e2e.open('#/path?from=il-sucss%3A0264&to=il-sucss%3A3729');
    await page.getByTestId('path-plan').waitFor();
    await page.getByRole('link', { name: 'Compare the two' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/compare\?from=il-sucss(%3A|:)0264&to=il-sucss(%3A|:)3729$/);
    await page.goBack();
    await page.getByRole('link', { name: 'Development plan' }).click();
    // The plan dates itself from today when the link gives no start: the URL gains it at once.
    await expect
      .poll(() => page.url())
      .toMatch(/#\/plan\?from=il-sucss(%3A|:)0264&to=il-sucss(%3A|:)3729&start=\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => page.getByTestId('plan-steps').locator('li.step').count()).toBeGreaterThan(0);
  });

  it('prints the plan without the app chrome', async () => {
    const page = await e2e.open('#/path?from=il-sucss:0264&to=il-sucss:3729');
    await page.getByTestId('path-plan').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('path-plan').isVisible()).toBe(true);
    await e2e.screenshot(page, 'path-print', { fullPage: true });
  });

  it('lays the path out on a phone', async () => {
    const page = await e2e.open('#/path?from=il-sucss:0264&to=il-sucss:3729', { viewport: PHONE });
    await page.getByTestId('path-plan').waitFor();
    const box = await page.getByTestId('path-plan').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    await e2e.screenshot(page, 'path-phone', { fullPage: true });
  });
});
