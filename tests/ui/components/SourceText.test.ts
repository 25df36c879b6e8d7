import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SourceText from '../../../src/ui/components/SourceText.svelte';
import { seedGraph } from '../../fixtures/seed-graph.ts';
import { testContext } from './test-context.ts';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await Promise.resolve();
    await tick();
  }
}

describe('<SourceText>', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('numbers the class’s lines and highlights the lines the page points at', async () => {
    const { ctx, context } = testContext();
    const cls = ctx.data.graph!.getNodeAttributes('il-sucss:4260');
    const { container } = render(SourceText, { props: { cls, line: null }, context });
    await settle();
    const line = (n: number) => container.querySelector(`[data-line="${n}"]`);
    expect(line(33)?.textContent).toContain('Level II: Medical Social Associate');
    expect(line(33)?.querySelector('.n')?.textContent).toBe('33');
    expect(line(39)?.classList.contains('hl')).toBe(false);
    ctx.source.show({ file: cls.source.file, lines: [39] });
    await settle();
    expect(line(39)?.classList.contains('hl')).toBe(true);
    ctx.source.show({ file: 'another-file.txt', lines: [40] });
    await settle();
    expect(line(40)?.classList.contains('hl')).toBe(false);
    expect(line(139)?.textContent).toContain("Bachelor's degree");
    expect(line(200)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /whole document/ }));
    expect(line(200)?.textContent).toContain('Four (4) years (48 months)');
  });

  it('marks the pinned line', async () => {
    const { ctx, context } = testContext();
    const cls = ctx.data.graph!.getNodeAttributes('il-sucss:4260');
    const { container } = render(SourceText, { props: { cls, line: 41 }, context });
    await settle();
    expect(container.querySelector('[data-line="41"]')?.classList.contains('pinned')).toBe(true);
  });

  it('fetches the text the graph document does not carry, and says why when it cannot be had', async () => {
    const doc = seedGraph();
    for (const d of doc.documents) delete d.lines;
    const fetchMock = vi.fn(async (url: string) => new Response(JSON.stringify({ file: url, lines: null, reason: 'not on this machine' })));
    vi.stubGlobal('fetch', fetchMock);
    const { ctx, context } = testContext(doc);
    const cls = ctx.data.graph!.getNodeAttributes('il-sucss:4260');
    render(SourceText, { props: { cls, line: null }, context });
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/^\.\/sources\/.+\.json$/);
    expect(screen.getByText(/not available here \(not on this machine\)/)).toBeTruthy();
  });

  it('gives a class read from several sheets a tab per file, and follows a hovered field to its sheet', async () => {
    const doc = seedGraph();
    const cls = doc.classes.find((c) => c.id === 'il-sucss:4260')!;
    cls.fileOf = { ksas: 'ksa.csv' };
    cls.ksas[0]!.line = 2;
    doc.documents.push({ file: 'ksa.csv', jurisdiction: 'il-sucss', format: 'csv', lineCount: 3, placedLines: 3, contentLines: 3, classIds: [cls.id], lines: ['code\tksa', '4260\tBasic knowledge of social work practices.', '4260\tKnowledge of psychology'] });
    const { ctx, context } = testContext(doc);
    const { container } = render(SourceText, { props: { cls: ctx.data.graph!.getNodeAttributes(cls.id), line: null }, context });
    await settle();
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toContain('ksa.csv');
    ctx.source.show({ file: 'ksa.csv', lines: [2] });
    await settle();
    expect(container.querySelector('[data-line="2"]')?.classList.contains('hl')).toBe(true);
    expect(container.querySelector('[data-line="2"]')?.textContent).toContain('Basic knowledge of social work practices.');
  });
});
