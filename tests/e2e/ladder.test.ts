import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.ts';

const ASSOCIATE = '#/class/il-sucss:4260';

describe('the ladder', () => {
  const e2e = useBrowser();

  it('navigates to a class when its node is clicked, and back returns', async () => {
    const page = await e2e.open(ASSOCIATE);
    await page.locator('a.node[data-class-id="il-sucss:0876"]').click();
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Medical Social Consultant');
    expect(page.url()).toContain('#/class/il-sucss:0876');
    expect(await page.locator('a.node.current').getAttribute('data-class-id')).toBe('il-sucss:0876');
    await page.goBack();
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Medical Social Associate');
  });

  it('shows an equivalence edge’s evidence quoting both specifications on focus', async () => {
    const page = await e2e.open(ASSOCIATE);
    const edge = page.locator('g.edge.equivalence[data-edge^="equivalence:il-sucss:4260->westchester-ny:case-manager-ii-social-work"]');
    await edge.focus();
    const popover = page.getByTestId('evidence-popover');
    await popover.waitFor();
    const quotes = await popover.locator('blockquote').allTextContents();
    const cites = await popover.locator('.cite').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.join(' ')).toMatch(/Bachelor's Degree\*? and one year experience/);
    expect(cites.some((c) => c.includes('westchester-ny-case-manager-ii-social-work.txt'))).toBe(true);
    expect(cites.some((c) => c.includes('il-sucss-medical-social-services-series.txt'))).toBe(true);
    await e2e.screenshot(page, 'ladder-evidence-desktop');
  });

  it('reaches every node and edge by keyboard, each with a label; Enter on a node opens it', async () => {
    const page = await e2e.open(ASSOCIATE);
    const nodes = page.locator('[data-testid="ladder-svg"] a.node');
    await expect.poll(() => nodes.count()).toBeGreaterThanOrEqual(5);
    const count = await nodes.count();
    for (let i = 0; i < count; i += 1) {
      expect(await nodes.nth(i).getAttribute('aria-label')).toMatch(/Open class page/);
      expect(await nodes.nth(i).getAttribute('href')).toMatch(/^#\/class\//);
    }
    const edges = page.locator('[data-testid="ladder-svg"] g.edge');
    const edgeCount = await edges.count();
    for (let i = 0; i < edgeCount; i += 1) {
      expect(await edges.nth(i).getAttribute('tabindex')).toBe('0');
      expect(await edges.nth(i).getAttribute('aria-label')).toMatch(/Show evidence/);
    }
    // Tab order: from the Fit button into the drawing, through every edge and node.
    await page.getByRole('button', { name: 'Fit' }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < edgeCount + count; i += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('data-class-id') ?? el?.getAttribute('data-edge') ?? null;
      });
      if (id) reached.add(id);
    }
    expect(reached.size).toBe(edgeCount + count);
    await page.locator('[data-testid="ladder-svg"] a.node[data-class-id="il-sucss:3729"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Supervisor of Medical Social Services');
  });

  it('brings a focused node into view, and the viewed class back when focus leaves the drawing', async () => {
    const page = await e2e.open(ASSOCIATE, { viewport: { width: 900, height: 800 } });
    const frame = page.locator('[data-testid="ladder-svg"]');
    await frame.waitFor();
    const inFrame = async (id: string): Promise<boolean> => {
      const box = (await frame.boundingBox())!;
      const r = (await page.locator(`[data-testid="ladder-svg"] a.node[data-class-id="${id}"] rect`).boundingBox())!;
      return r.x >= box.x - 1 && r.x + r.width <= box.x + box.width + 1;
    };
    const far = 'ny-county:intensive-case-manager';
    expect(await inFrame('il-sucss:4260')).toBe(true);
    expect(await inFrame(far)).toBe(false);
    await page.locator(`[data-testid="ladder-svg"] a.node[data-class-id="${far}"]`).focus();
    await expect.poll(() => inFrame(far)).toBe(true);
    await page.getByRole('button', { name: 'Fit' }).focus();
    await expect.poll(() => inFrame('il-sucss:4260')).toBe(true);
  });

  it('fits the whole drawing, every lane, on Fit', async () => {
    const page = await e2e.open(ASSOCIATE);
    const frame = page.locator('[data-testid="ladder-svg"]');
    await frame.waitFor();
    await page.getByRole('button', { name: 'Fit' }).click();
    // The transition takes 450 ms.
    await page.waitForTimeout(700);
    const box = (await frame.boundingBox())!;
    const nodes = await page.locator('[data-testid="ladder-svg"] a.node').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(nodes.length).toBeGreaterThan(8);
    for (const n of nodes) {
      expect(n.left).toBeGreaterThanOrEqual(box.x - 1);
      expect(n.right).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(n.top).toBeGreaterThanOrEqual(box.y - 1);
      expect(n.bottom).toBeLessThanOrEqual(box.y + box.height + 1);
    }
  });

  it('toggles an edge kind off from the legend and keeps it in the URL', async () => {
    const page = await e2e.open(ASSOCIATE);
    await page.getByRole('checkbox', { name: /Shared KSAs/ }).uncheck();
    await expect.poll(() => page.locator('g.edge.shared-ksa').count()).toBe(0);
    expect(page.url()).toContain('edges=promotion,equivalence');
    await page.reload();
    await page.getByTestId('class-title').waitFor();
    expect(await page.getByRole('checkbox', { name: /Shared KSAs/ }).isChecked()).toBe(false);
    expect(await page.locator('g.edge.shared-ksa').count()).toBe(0);
  });

  it('lists the ladder as an ordered list when asked', async () => {
    const page = await e2e.open(ASSOCIATE);
    await page.getByRole('button', { name: 'Show as list' }).click();
    const items = page.locator('ol.rungs > li');
    await expect.poll(() => items.count()).toBe(5);
    expect(await items.nth(0).textContent()).toContain('Medical Social Assistant');
    expect(await items.nth(4).textContent()).toContain('Supervisor of Medical Social Services');
  });

  it('saves screenshots of the ladder at both sizes', async () => {
    const desktop = await e2e.open(ASSOCIATE);
    await desktop.getByTestId('ladder-svg').screenshot({ path: `${await e2e.screenshot(desktop, 'ladder-desktop-page')}`.replace('-page', '') });
    const phone = await e2e.open(ASSOCIATE, { viewport: PHONE });
    await phone.getByTestId('ladder-svg').scrollIntoViewIfNeeded();
    await e2e.screenshot(phone, 'ladder-phone');
  });
});
