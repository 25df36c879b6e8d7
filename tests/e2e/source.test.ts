import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('the source text', () => {
  const e2e = useBrowser();

  it('numbers the lines and highlights the line a hovered duty came from', async () => {
    const page = await e2e.open('#/class/il-sucss:4260');
    const source = page.locator('#source-text');
    await source.locator('li[data-line="33"]').waitFor();
    expect(await source.locator('li[data-line="33"]').textContent()).toContain('Level II: Medical Social Associate');
    const duty = page.locator('section[aria-labelledby="duties-heading"] ol li').first();
    await duty.hover();
    const highlighted = source.locator('li.hl');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await highlighted.textContent()).toContain('determines client eligibility for services.');
    await e2e.screenshot(page, 'source-hover-desktop');
  });

  it('scrolls to and marks the sentence an edge rests on from the evidence popover', async () => {
    const page = await e2e.open('#/class/il-sucss:4260');
    const edge = page.locator('g.edge.equivalence[data-edge^="equivalence:il-sucss:4260->westchester-ny:case-manager-ii-social-work"]');
    await edge.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: /Evidence/ });
    await popover.waitFor();
    await popover.getByRole('link', { name: 'Show in source' }).first().click();
    await expect.poll(() => page.getByTestId('class-title').textContent()).toBe('Case Manager II (Social Work)');
    const pinned = page.locator('#source-text li.pinned');
    await pinned.waitFor();
    expect(await pinned.textContent()).toMatch(/Bachelor's Degree\*? and one year experience/);
    expect(page.url()).toMatch(/line=\d+/);
  });

  it('downloads the packed graph document, and a document\'s lines only when its source is shown', async () => {
    const page = await e2e.open('#/class/il-sucss:4260');
    await page.locator('#source-text li[data-line="33"]').waitFor();
    const fetched = (await page.evaluate(`performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)`)) as string[];
    expect(fetched.filter((p) => p.endsWith('/graph.packed.json'))).toHaveLength(1);
    expect(fetched.filter((p) => p.endsWith('/graph.json'))).toEqual([]);
    expect(fetched.filter((p) => p.includes('/sources/'))).toHaveLength(1);
  });
});
