import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceText from '../../../src/ui/components/SourceText.svelte';
import { testContext } from './test-context.ts';

describe('<SourceText>', () => {
  it('numbers the class’s lines and highlights the lines the page points at', async () => {
    const { ctx, context } = testContext();
    const cls = ctx.data.graph!.getNodeAttributes('il-sucss:4260');
    const doc = ctx.data.documents.get(cls.source.file) ?? null;
    const { container } = render(SourceText, { props: { cls, doc, line: null }, context });
    const line = (n: number) => container.querySelector(`[data-line="${n}"]`);
    expect(line(33)?.textContent).toContain('Level II: Medical Social Associate');
    expect(line(33)?.querySelector('.n')?.textContent).toBe('33');
    expect(line(39)?.classList.contains('hl')).toBe(false);
    ctx.source.show({ file: cls.source.file, lines: [39] });
    await Promise.resolve();
    expect(line(39)?.classList.contains('hl')).toBe(true);
    ctx.source.show({ file: 'another-file.txt', lines: [40] });
    await Promise.resolve();
    expect(line(40)?.classList.contains('hl')).toBe(false);
    expect(line(139)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /whole document/ }));
    expect(line(139)?.textContent).toContain("Bachelor's degree");
  });

  it('marks the pinned line and says so when the document text is absent', () => {
    const { ctx, context } = testContext();
    const cls = ctx.data.graph!.getNodeAttributes('il-sucss:4260');
    const doc = ctx.data.documents.get(cls.source.file) ?? null;
    const first = render(SourceText, { props: { cls, doc, line: 41 }, context });
    expect(first.container.querySelector('[data-line="41"]')?.classList.contains('pinned')).toBe(true);
    first.unmount();
    render(SourceText, { props: { cls, doc: null, line: null }, context });
    expect(screen.getByText(/does not carry the text/)).toBeTruthy();
  });
});
