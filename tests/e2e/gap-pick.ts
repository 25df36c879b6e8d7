// Shared steps for the gap views' end-to-end tests: choosing a class in a class field (search,
// then the option), and reading the graph document the app serves, for expectations that must
// match what the page was built from.

import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  buildCareerGraph,
  loadGraphDocument,
  type CareerGraph,
} from '../../src/domain/graph/index.ts';

/** Types `query` into the class search labelled `label` and picks the option starting with `title`. */
export async function pickClass(
  page: Page,
  label: string | RegExp,
  query: string,
  title: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(query);
  const option = page
    .getByRole('option', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first();
  await option.waitFor();
  await option.click();
}

/** The career graph built from the graph document the preview server serves. */
export async function servedGraph(url: string): Promise<CareerGraph> {
  const response = await fetch(new URL('graph.json', url));
  expect(response.ok).toBe(true);
  return buildCareerGraph(loadGraphDocument(await response.json()));
}

/** The text of a download (the browser runs as a server: read the stream, not a local path). */
export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
