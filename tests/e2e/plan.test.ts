import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';
import { downloadText } from './gap-pick.ts';

const STEPS = [
  'Medical Social Assistant → Medical Social Associate',
  'Medical Social Associate → Medical Social Consultant',
  'Medical Social Consultant → Assistant Supervisor of Medical Social Services',
  'Assistant Supervisor of Medical Social Services → Supervisor of Medical Social Services',
];
const PLAN = '#/plan?from=il-sucss:0264&to=il-sucss:3729&start=2026-01-15';

describe('the development plan', () => {
  const e2e = useBrowser();

  it('plans Medical Social Assistant → Supervisor of Medical Social Services step by step, prints, and exports Markdown with every step', async () => {
    const page = await e2e.open(PLAN);
    const steps = page.getByTestId('plan-steps').locator('li.step');
    await expect.poll(() => steps.count()).toBe(4);
    const titles = await steps.locator('h2').allInnerTexts();
    expect(
      titles.map((t) =>
        t
          .replace(/^Step \d+:\s*/, '')
          .replace(/\s*→\s*(to\s*)?/, ' → ')
          .trim(),
      ),
    ).toEqual(STEPS);
    // Without a profile: the Assistant's minimum (a bachelor's). Associate after 12 months; the
    // Consultant's route B asks 36 months of social work (24 more); 24 months at the Consultant
    // level; the Supervisor's route B asks 72 in all (12 more). The master's degree is listed, undated.
    expect(await page.getByTestId('step-months').allInnerTexts()).toEqual([
      '1 year',
      '2 years',
      '2 years',
      '1 year',
    ]);
    expect(await page.getByTestId('plan-end').innerText()).toContain('15 January 2032');
    expect(await page.getByTestId('plan-credential').first().innerText()).toMatch(
      /^Master's degree in social or behavioral science.*step 2, by 15 January 2029/,
    );
    const first = steps.first();
    expect(await first.locator('li.milestone[data-kind="experience"]').innerText()).toMatch(
      /15 January 2027\s*12 months as Medical Social Assistant/,
    );
    expect(await steps.nth(1).locator('.develop').innerText()).toContain(
      'Thorough knowledge of social work methods and principles',
    );
    expect(await first.locator('.sources').innerText()).toMatch(
      /il-sucss-medical-social-services-series\.txt, line \d+/,
    );
    await e2e.screenshot(page, 'plan-desktop');
    await e2e.screenshot(page, 'plan-desktop-full', { fullPage: true });

    // The Markdown export: a download with every step, its dates and a link back to this plan.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-markdown').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'plan-medical-social-assistant-to-supervisor-of-medical-social-services-2026-01-15.md',
    );
    const md = await downloadText(download);
    expect(md.split('\n').filter((l) => l.startsWith('## Step'))).toEqual(
      STEPS.map((s, i) => `## Step ${i + 1}: ${s}`),
    );
    expect(md).toContain('- **Reaches the target:** 15 January 2032 (6 years, 4 steps)');
    expect(md).toContain('start=2026-01-15');

    // Print: the plan without the app's chrome or the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.getByTestId('plan-markdown').isVisible()).toBe(false);
    expect(await steps.nth(3).isVisible()).toBe(true);
    expect(await steps.first().locator('.print-only').innerText()).toMatch(
      /Eligible from 15 January 2027/,
    );
    await e2e.screenshot(page, 'plan-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The same URL opens the same plan.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('step-months').allInnerTexts())
      .toEqual(['1 year', '2 years', '2 years', '1 year']);
  });

  it('dates the plan from the client profile saved in this browser, and gives a URL without a start date one', async () => {
    const page = await e2e.open('#/profile');
    await page.getByLabel('Highest education completed').selectOption('master');
    await page.getByLabel('Field or major').fill('social work');
    await page.getByRole('checkbox', { name: 'Licensed Clinical Social Worker' }).check();
    await page
      .getByRole('combobox', { name: 'Add a class you have held' })
      .fill('medical social assistant');
    await page.getByRole('option', { name: /^Medical Social Assistant/ }).click();
    await page.getByLabel('Months as Medical Social Assistant').fill('10');
    await expect
      .poll(() => page.getByTestId('profile-status').textContent(), { timeout: 10_000 })
      .toBe('Saved in this browser');

    await page.goto(e2e.url(PLAN));
    await page.getByTestId('plan-steps').waitFor();
    // 2 months more as Assistant; the licence route opens the Consultant and the Supervisor at once;
    // the path counts 24 months at the Consultant level.
    await expect
      .poll(() => page.getByTestId('step-months').allInnerTexts())
      .toEqual(['2 months', 'no time', '2 years', 'no time']);
    expect(await page.getByTestId('plan-end').innerText()).toContain('15 March 2028');
    expect(await page.getByTestId('plan-credential').count()).toBe(0);
    expect(await page.getByTestId('plan-summary').innerText()).toMatch(
      /Master's degree in social work · 10 months as Medical Social Assistant/,
    );

    await page.goto(e2e.url('#/plan?from=il-sucss:0264&to=il-sucss:3729'));
    await expect.poll(() => page.url()).toMatch(/start=\d{4}-\d{2}-\d{2}$/);
  });

  it('lays the plan out for a phone', async () => {
    const page = await e2e.open(PLAN, { viewport: PHONE });
    await page.getByTestId('plan-steps').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await e2e.screenshot(page, 'plan-phone');
    await page.getByTestId('plan-steps').locator('li.step').nth(1).scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'plan-phone-step');
  });
});
