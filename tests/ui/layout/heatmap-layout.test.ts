import { describe, expect, it } from 'vitest';
import {
  heatmapLayout,
  statusStyle,
  type HeatmapInput,
} from '../../../src/ui/layout/heatmap-layout.ts';

const rows: HeatmapInput['rows'] = [
  { id: 'c', name: 'Coordination', summary: '0 of 3 cover it' },
  { id: 's', name: 'Social work practice', summary: '1 of 3 cover it', note: 'asks thorough' },
  {
    id: 'h',
    name: 'Human behavior and the psychosocial aspects of illness',
    summary: '2 of 3 cover it',
  },
];
const columns: HeatmapInput['columns'] = [
  { id: 'Ana', label: 'Ana', detail: 'Medical Social Assistant' },
  { id: 'Ben', label: 'Ben', detail: 'Case Manager II (Social Work)' },
  { id: 'Cy', label: 'Cy', detail: 'Client Assistance Specialist' },
];

describe('heatmapLayout(input)', () => {
  it('keeps the rows in the order given, top to bottom, below the member headers', () => {
    const layout = heatmapLayout({ rows, columns, width: 900 });
    expect(layout.rows.map((r) => r.id)).toEqual(['c', 's', 'h']);
    const ys = layout.rows.map((r) => r.y);
    expect(ys[0]).toBeGreaterThanOrEqual(layout.headerHeight);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan((ys[2] ?? 0) + (layout.rows[2]?.height ?? 0) - 1);
  });

  it('puts the members left to right after the label column, in equal cells with a gap between', () => {
    const layout = heatmapLayout({ rows, columns, width: 900 });
    const xs = layout.columns.map((c) => c.x);
    expect(xs[0]).toBeGreaterThanOrEqual(layout.labelWidth);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const [a, b] = layout.columns;
    expect(a && b && b.x - (a.x + a.width)).toBeGreaterThan(0);
    expect(new Set(layout.columns.map((c) => c.width)).size).toBe(1);
  });

  it('fits a phone: no wider than the space when the cells can shrink, and scrolls (wider) only past the minimum cell', () => {
    const phone = heatmapLayout({ rows, columns, width: 326 });
    expect(phone.width).toBeLessThanOrEqual(326);
    const many = heatmapLayout({
      rows,
      columns: Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, label: `M${i}` })),
      width: 326,
    });
    expect(many.width).toBeGreaterThan(326);
    expect(many.cellWidth).toBeGreaterThan(40);
  });

  it('wraps long competency names within the label column and splits the summary from its note when narrow', () => {
    const phone = heatmapLayout({ rows, columns, width: 326 });
    for (const r of phone.rows)
      for (const line of r.lines) expect(line.length).toBeLessThanOrEqual(phone.labelChars);
    expect(phone.rows[2]?.lines.length).toBe(2);
    expect(phone.rows[1]?.summaryLines).toEqual(['1 of 3 cover it', 'asks thorough']);
    const wide = heatmapLayout({ rows, columns, width: 1000 });
    expect(wide.rows[1]?.summaryLines).toEqual(['1 of 3 cover it · asks thorough']);
  });
});

describe('statusStyle(status)', () => {
  it('gives each status its own icon, colour and label, and a pattern to all but covered', () => {
    const styles = (['covered', 'to-raise', 'missing'] as const).map((s) => statusStyle(s));
    expect(styles.map((s) => [s.icon, s.label, s.pattern])).toEqual([
      ['✓', 'Covered', null],
      ['↑', 'To raise', 'hatch'],
      ['✗', 'Missing', 'cross'],
    ]);
    expect(new Set(styles.map((s) => s.fill)).size).toBe(3);
  });
});
