import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';

describe('the graph overview', () => {
  const e2e = useBrowser();

  it('draws every class, filters by jurisdiction in the URL, and opens a class on click', async () => {
    const page = await e2e.open('#/overview');
    const nodes = page.locator('[data-testid="overview-svg"] a.node');
    await expect.poll(() => nodes.count()).toBeGreaterThanOrEqual(13);
    await e2e.screenshot(page, 'overview-desktop');
    await page.getByRole('checkbox', { name: /Illinois Department of Central Management Services/ }).uncheck();
    await expect.poll(() => nodes.count()).toBeLessThan(13);
    expect(page.url()).toContain('j=');
    await page.reload();
    await expect.poll(() => nodes.count()).toBeLessThan(13);
    await page.locator('[data-testid="overview-svg"] a.node[aria-label^="Medical Social Consultant"]').click();
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Medical Social Consultant');
  });

  it('draws promotions as arrows with their months, and shows any edge’s evidence on focus', async () => {
    const page = await e2e.open('#/overview?edges=promotion');
    const edges = page.locator('[data-testid="overview-svg"] g.edge-hit');
    await expect.poll(() => edges.count()).toBe(8);
    // The legend gives each kind's count apart from its name.
    expect(await page.locator('fieldset.legend').innerText()).toContain('Promotion (8)');
    expect(await edges.first().getAttribute('tabindex')).toBe('0');
    expect(await page.locator('[data-testid="overview-svg"] line.edge.promotion[marker-end]').count()).toBe(8);
    expect(await page.locator('[data-testid="overview-svg"] text.months').allTextContents()).toContain('24 mo');
    const step = page.locator('[data-testid="overview-svg"] g.edge-hit[data-edge="promotion:il-sucss:0876->il-sucss:3730"]');
    expect(await step.getAttribute('aria-label')).toMatch(/^Promotion: Medical Social Consultant to Assistant Supervisor of Medical Social Services \(24 months\)/);
    await step.focus();
    const popover = page.getByTestId('evidence-popover');
    await popover.waitFor();
    expect((await popover.locator('blockquote').allTextContents()).join(' ')).toContain('comparable to that performed at the Medical Social Consultant level');
  });

  it('has a table twin that lists the classes with their links', async () => {
    const page = await e2e.open('#/overview?mode=table');
    const rows = page.locator('[data-testid="overview-table"] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(13);
    expect(await page.locator('[data-testid="overview-table"]').textContent()).toContain('Medical Social Associate');

    // Each class opens its links; each link shows the spec sentences it rests on.
    const associate = rows.filter({ has: page.getByRole('link', { name: 'Medical Social Associate', exact: true }) });
    await associate.locator('details.links summary').click();
    const links = associate.getByTestId('overview-links').locator('li');
    await expect.poll(() => links.count()).toBeGreaterThan(2);
    const promotion = links.filter({ hasText: 'promotes to Medical Social Consultant' });
    expect(await promotion.count()).toBe(1);
    await promotion.getByRole('button', { name: /Show evidence/ }).click();
    const popover = page.getByTestId('evidence-popover');
    await popover.waitFor();
    const quotes = await popover.locator('blockquote').allTextContents();
    expect(quotes.join(' ')).toContain('0876 Medical Social Consultant');
  });

  it('saves a screenshot on a phone', async () => {
    const page = await e2e.open('#/overview', { viewport: PHONE });
    await page.locator('[data-testid="overview-svg"]').waitFor();
    // Readable, to be dragged across: a class box keeps most of its width (176 px at full size).
    const box = await page.locator('[data-testid="overview-svg"] a.node rect').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(90);
    await e2e.screenshot(page, 'overview-phone');
  });
});
