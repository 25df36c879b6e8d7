// The e2e helper: one Chromium connection per test file, a fresh context per page, and every page
// watched for uncaught errors, console errors and failed or ≥ 400 responses — any of which fails
// the test. Screenshots go to tests/e2e/screenshots/ (gitignored).

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;
export type Viewport = { width: number; height: number };

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

interface Opened {
  context: BrowserContext;
  problems: string[];
}

export interface OpenOptions {
  viewport?: Viewport;
  /** Emulate `prefers-reduced-motion: reduce`. Default true: screenshots and clicks don't race animations. */
  reducedMotion?: boolean;
}

export interface E2E {
  /** Opens `path` (relative to the app, e.g. "#/class/il-sucss:4260") in a fresh context. */
  open(path?: string, options?: OpenOptions): Promise<Page>;
  /** A URL of the app. */
  url(path?: string): string;
  /** Saves a full-viewport screenshot as tests/e2e/screenshots/<name>.png. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
}

export function useBrowser(): E2E {
  let browser: Browser | null = null;
  const opened: Opened[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    const problems = opened.flatMap((o) => o.problems);
    await Promise.all(opened.map((o) => o.context.close().catch(() => undefined)));
    opened.length = 0;
    expect(problems, 'page errors, console errors or failed requests').toEqual([]);
  });

  const url = (path = ''): string => new URL(path, inject('baseURL')).href;

  return {
    url,
    async open(path = '', { viewport = DESKTOP, reducedMotion = true } = {}) {
      if (!browser) throw new Error('useBrowser: the browser is not connected yet (call open() inside a test).');
      const context = await browser.newContext({ viewport, reducedMotion: reducedMotion ? 'reduce' : 'no-preference', timezoneId: 'UTC', locale: 'en-US' });
      const problems: string[] = [];
      opened.push({ context, problems });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText ?? 'failed';
        // Navigations away abort pending requests; that is not a failure of the app.
        if (!failure.includes('ERR_ABORTED')) problems.push(`request failed (${failure}): ${request.url()}`);
      });
      await page.goto(url(path));
      return page;
    },
    async screenshot(page, name, { fullPage = false } = {}) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage });
      return file;
    },
  };
}
