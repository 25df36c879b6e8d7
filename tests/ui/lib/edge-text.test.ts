import { describe, expect, it } from 'vitest';
import { edgeText, linkText } from '../../../src/ui/lib/edge-text.ts';

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
