import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/graph/build-graph.ts';
import { classLinks, edgeText, linkText } from '../../../src/ui/lib/edge-text.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

describe('edgeText(kind, source, target, months)', () => {
  it.each([
    { kind: 'promotion' as const, months: 24, expected: 'Promotion: A to B (24 months)' },
    { kind: 'equivalence' as const, months: null, expected: 'Equivalent experience: A to B' },
    { kind: 'shared-ksa' as const, months: null, expected: 'Shared KSAs: A and B' },
  ])('$kind → $expected', ({ kind, months, expected }) => {
    expect(edgeText(kind, 'A', 'B', months)).toBe(expected);
  });
});

describe('linkText(kind, outgoing, other, detail)', () => {
  it.each([
    { kind: 'promotion' as const, outgoing: true, detail: null, expected: 'promotes to X' },
    { kind: 'promotion' as const, outgoing: false, detail: null, expected: 'promotion from X' },
    { kind: 'equivalence' as const, outgoing: true, detail: '12 months', expected: 'experience counts toward X (12 months)' },
    { kind: 'equivalence' as const, outgoing: false, detail: 'route b, 12 months', expected: 'experience as X counts toward it (route b, 12 months)' },
    { kind: 'shared-ksa' as const, outgoing: false, detail: '9 competencies', expected: 'shares KSAs with X (9 competencies)' },
  ])('$kind (outgoing: $outgoing) → $expected', ({ kind, outgoing, detail, expected }) => {
    expect(linkText(kind, outgoing, 'X', detail)).toBe(expected);
  });
});

describe('classLinks(graph, id, shown, kinds)', () => {
  const graph = buildCareerGraph(seedGraph());
  const all = new Set(graph.nodes());
  const consultant = 'il-sucss:0876';

  it('names each link of the class in words, with its route or months', () => {
    const links = classLinks(graph, consultant, all, ['promotion']);
    const texts = links.map((l) => l.text);
    expect(texts).toContain('promotes to Assistant Supervisor of Medical Social Services (24 months)');
    expect(texts.some((t) => t.startsWith('promotion from Medical Social Associate'))).toBe(true);
    expect(links.every((l) => l.kind === 'promotion' && graph.hasEdge(l.key))).toBe(true);
  });

  it('keeps to the kinds and classes shown', () => {
    const shared = classLinks(graph, consultant, all, ['shared-ksa']);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((l) => / \(\d+ competencies\)$/.test(l.text))).toBe(true);
    const alone = new Set([consultant]);
    expect(classLinks(graph, consultant, alone, ['promotion', 'equivalence', 'shared-ksa'])).toEqual([]);
  });
});
