import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

describe('the app', () => {
  const e2e = useBrowser();
  it('loads the graph document without errors', async () => {
    const page = await e2e.open();
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/\d+ classes/);
  });
});
