import { describe, expect, it } from 'vitest';
import { buildCareerGraph, gap } from '../../../src/domain/graph/index.ts';
import { qualificationRows } from '../../../src/ui/lib/compare-view.ts';
import { monthsWithYears } from '../../../src/ui/lib/format.ts';
import { routeName } from '../../../src/domain/model/index.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const graph = buildCareerGraph(seedGraph());
const rowsFor = (from: string, to: string) =>
  qualificationRows(
    graph.getNodeAttributes(from),
    graph.getNodeAttributes(to),
    gap(graph, from, to),
  );

describe('qualificationRows(from, to, gap)', () => {
  it('Associate → Consultant: a higher degree, the licence new, the target routes each named', () => {
    const rows = rowsFor('il-sucss:4260', 'il-sucss:0876');
    expect(rows.map((r) => [r.aspect, r.status])).toEqual([
      ['education', 'raise'],
      ['experience', 'raise'],
      ['licences', 'new'],
    ]);
    expect(rows[0]?.statusText).toBe("Higher level: Master's degree");
    expect(rows[2]?.statusText).toMatch(/^New: .*Licensed/);
    expect(rows[1]?.to.lines.some((l) => l.text.startsWith('36 months (3 years) of'))).toBe(true);
    // The licence route asks no months, the other 36: a range, not "fewer months".
    expect(rows[1]?.statusText).toBe('Between none and 36 months (3 years), by route');
  });

  it('cites the routes of both specs, each with its file and line', () => {
    const [education] = rowsFor('il-sucss:4260', 'il-sucss:0876');
    expect(education?.from.evidence.every((e) => e.classId === 'il-sucss:4260')).toBe(true);
    expect(education?.to.evidence.every((e) => e.classId === 'il-sucss:0876')).toBe(true);
    expect(
      [...(education?.from.evidence ?? []), ...(education?.to.evidence ?? [])].every(
        (e) => e.file.endsWith('.txt') && e.line !== null,
      ),
    ).toBe(true);
  });

  it('names the target routes as the class view does ("Route A" for "1. + 2. A.")', () => {
    const to = graph.getNodeAttributes('il-sucss:0876');
    const relabelled = {
      ...to,
      qualifications: {
        ...to.qualifications,
        routes: to.qualifications.routes.map((r, i) => ({
          ...r,
          label: i === 0 ? '1. + 2. A.' : 'Or (b)',
        })),
      },
    };
    const rows = qualificationRows(
      graph.getNodeAttributes('il-sucss:4260'),
      relabelled,
      gap(graph, 'il-sucss:4260', 'il-sucss:0876'),
    );
    const licences = rows.find((r) => r.aspect === 'licences');
    expect(licences?.to.lines.map((l) => l.note)).toEqual(['Route A', 'Route b']);
    expect(licences?.to.lines.map((l) => l.note)).toEqual(
      relabelled.qualifications.routes.map((r) => `Route ${routeName(r.label, r.id)}`),
    );
  });

  it('reads the other way round differently: no higher degree, no new licence', () => {
    const rows = rowsFor('il-sucss:0876', 'il-sucss:4260');
    expect(rows[0]?.status).not.toBe('raise');
    expect(rows[2]?.status).toBe('same');
  });
});

describe('monthsWithYears(months)', () => {
  it.each([
    { input: 36, expected: '36 months (3 years)' },
    { input: 12, expected: '12 months (1 year)' },
    { input: 7, expected: '7 months' },
    { input: 1, expected: '1 month' },
    { input: 0, expected: '0 months' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(monthsWithYears(input)).toBe(expected);
  });
});
