import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';
import { pickClass } from './gap-pick.ts';

// The two levels' KSA lists, read from data/seeds/il-sucss-medical-social-services-series.txt.
const ASSOCIATE_BASIC = 'Basic knowledge of social work practices';
const CONSULTANT_THOROUGH = 'Thorough knowledge of social work methods and principles';
const CONSULTANT_ONLY = [
  'Skill in the identification of needs and coordination of services to meet needs',
  'Ability to work independently',
  'Knowledge of psychology concerning human behavior and performance including the assessment, treatment, and rehabilitation of affective disorders',
];
const BOTH_GENERAL = [
  'General understanding of public healthcare programs',
  'General knowledge of principles and processes for providing customer service',
];

describe('compare two classes', () => {
  const e2e = useBrowser();

  it('reads Medical Social Associate → Medical Social Consultant: what to raise, what is new, the qualification gap', async () => {
    const page = await e2e.open('#/compare');
    await pickClass(
      page,
      'From (current class)',
      'medical social associate',
      'Medical Social Associate',
    );
    await pickClass(
      page,
      'To (target class)',
      'medical social consultant',
      'Medical Social Consultant',
    );
    await page.getByTestId('compare-direction').waitFor();
    expect(page.url()).toContain('#/compare?from=il-sucss:4260&to=il-sucss:0876');
    expect(await page.getByTestId('compare-direction').locator('.reads').innerText()).toMatch(
      /From Medical Social Associate\s*→\s*(to\s*)?Medical Social Consultant/,
    );

    // To raise: social work, basic → thorough, quoting both lists.
    const raise = page.getByTestId('compare-to-raise').locator('li.ksa-row');
    expect(await raise.count()).toBe(1);
    const raised = raise.first();
    expect(await raised.locator('q.quote.from').innerText()).toBe(ASSOCIATE_BASIC);
    expect(await raised.locator('q.quote.to').innerText()).toBe(CONSULTANT_THOROUGH);
    expect(await raised.locator('.lvl.from').innerText()).toContain('basic');
    expect(await raised.locator('.lvl.to').innerText()).toContain('thorough');

    // New: statements only the Consultant's list has; none of the statements both lists share.
    const newQuotes = await page.getByTestId('compare-new').locator('q.quote.to').allInnerTexts();
    for (const text of CONSULTANT_ONLY) expect(newQuotes).toContain(text);
    for (const text of [...BOTH_GENERAL, ASSOCIATE_BASIC])
      expect(newQuotes.some((q) => q.startsWith(text))).toBe(false);
    const raiseQuotes = await page.getByTestId('compare-to-raise').locator('q').allInnerTexts();
    for (const text of BOTH_GENERAL)
      expect(raiseQuotes.some((q) => q.startsWith(text))).toBe(false);

    // The qualification gap: a master's degree, and the licence or 36 months.
    const quals = page.getByTestId('compare-qualifications');
    const education = await quals.locator('[data-aspect="education"]').innerText();
    expect(education).toMatch(/Higher level: Master's degree/);
    expect(await quals.locator('[data-aspect="licences"]').innerText()).toMatch(
      /Licensed Social Worker or Licensed Clinical Social Worker/,
    );
    const routes = await page.getByTestId('compare-routes').locator('li').allInnerTexts();
    expect(routes).toHaveLength(2);
    expect(routes[0]).toMatch(
      /Master's degree.*\+\s*Licensed Social Worker or Licensed Clinical Social Worker/s,
    );
    expect(routes[1]).toMatch(/Master's degree.*36 months/s);

    // Each row cites both specs: the evidence popover quotes the Associate's and the Consultant's lines.
    await raised
      .getByRole('button', { name: /show the KSA statements of both specifications/ })
      .click();
    const popover = page.getByTestId('evidence-popover');
    await popover.waitFor();
    const text = await popover.innerText();
    expect(text).toContain(ASSOCIATE_BASIC);
    expect(text).toContain(CONSULTANT_THOROUGH);
    expect(text).toMatch(/il-sucss-medical-social-services-series\.txt, line \d+/);
    await e2e.screenshot(page, 'compare-desktop');
    await page.keyboard.press('Escape');
    await e2e.screenshot(page, 'compare-desktop-full', { fullPage: true });

    // Swap: the other way round there is nothing to raise, and the URL says which way it reads.
    await page.getByTestId('compare-swap').click();
    await expect.poll(() => page.url()).toContain('#/compare?from=il-sucss:0876&to=il-sucss:4260');
    await expect
      .poll(() => page.getByTestId('compare-direction').locator('.reads').innerText())
      .toMatch(/From Medical Social Consultant\s*→\s*(to\s*)?Medical Social Associate/);
    expect(await page.getByTestId('compare-to-raise').count()).toBe(0);
    await page.goBack();
    await expect
      .poll(() => page.getByTestId('compare-direction').locator('.reads').innerText())
      .toMatch(/From Medical Social Associate/);
  });

  it('lays the comparison out for a phone', async () => {
    const page = await e2e.open('#/compare?from=il-sucss:4260&to=il-sucss:0876', {
      viewport: PHONE,
    });
    await page.getByTestId('compare-direction').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await e2e.screenshot(page, 'compare-phone');
    await page.getByTestId('compare-qualifications').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'compare-phone-qualifications');
    await page.getByTestId('compare-to-raise').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'compare-phone-ksas');
  });
});
