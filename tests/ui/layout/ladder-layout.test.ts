import { describe, expect, it } from 'vitest';
import { layoutLadder, NODE_HEIGHT, type LadderLayoutInput, type LayoutNode } from '../../../src/ui/layout/ladder-layout.ts';
import { wrapText } from '../../../src/ui/layout/wrap-text.ts';
import { buildLadderView } from '../../../src/ui/lib/ladder-input.ts';
import { seedGraph as realSeedGraph } from '../../domain/graph/seed-graph.ts';

const SUCSS = ['Medical Social Assistant', 'Medical Social Associate', 'Medical Social Consultant', 'Assistant Supervisor of Medical Social Services', 'Supervisor of Medical Social Services'];

function input(overrides: Partial<LadderLayoutInput> = {}): LadderLayoutInput {
  const rungs = SUCSS.map((title, i) => ({ id: `s${i + 1}`, title, code: `000${i + 1}`, jurisdiction: 'il-sucss', rung: i + 1 }));
  return {
    currentId: 's2',
    rungs,
    steps: rungs.slice(1).map((r, i) => ({ key: `p${i}`, kind: 'promotion', source: `s${i + 1}`, target: r.id, months: i === 2 ? 24 : null, weight: 1 })),
    links: [
      { key: 'e1', kind: 'equivalence', source: 's2', target: 'cm2', months: 12, weight: 0.7 },
      { key: 'k1', kind: 'shared-ksa', source: 's3', target: 'icm', months: null, weight: 0.4 },
    ],
    others: [
      { id: 'cm2', title: 'Case Manager II (Social Work)', code: null, jurisdiction: 'westchester-ny' },
      { id: 'icm', title: 'Intensive Case Manager', code: null, jurisdiction: 'ny-county' },
    ],
    jurisdictionNames: new Map([
      ['il-sucss', 'Illinois SUCSS'],
      ['westchester-ny', 'Westchester County, New York'],
      ['ny-county', 'A New York county'],
    ]),
    ladderLabel: 'Medical Social Services Series',
    ...overrides,
  };
}

function node(layout: { nodes: LayoutNode[] }, id: string): LayoutNode {
  const n = layout.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

function overlaps(a: LayoutNode, b: LayoutNode): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;
}

describe('layoutLadder(input)', () => {
  it('draws the series as rungs bottom to top in one column, the viewed class marked', () => {
    const layout = layoutLadder(input());
    const ys = ['s1', 's2', 's3', 's4', 's5'].map((id) => node(layout, id).y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    expect(new Set(['s1', 's2', 's3', 's4', 's5'].map((id) => node(layout, id).x)).size).toBe(1);
    expect(layout.nodes.filter((n) => n.current).map((n) => n.id)).toEqual(['s2']);
    expect(node(layout, 's4').rung).toBe(4);
  });

  it('points promotion arrows up and labels them with their months', () => {
    const layout = layoutLadder(input());
    const step = layout.edges.find((e) => e.key === 'p2');
    expect(step?.label).toBe('24 mo');
    expect(step?.directed).toBe(true);
    const [, y1, y2] = /M[\d.]+,([\d.]+) L[\d.]+,([\d.]+)/.exec(step?.d ?? '') ?? [];
    expect(Number(y2)).toBeLessThan(Number(y1));
  });

  it('puts neighbours in labelled jurisdiction lanes beside the ladder, level with the rung they connect to', () => {
    const layout = layoutLadder(input());
    const ladder = layout.lanes.find((l) => l.kind === 'ladder');
    const cm2 = node(layout, 'cm2');
    expect(cm2.x < (ladder?.x ?? 0) || cm2.x > (ladder?.x ?? 0) + (ladder?.width ?? 0)).toBe(true);
    expect(cm2.y).toBe(node(layout, 's2').y);
    expect(layout.lanes.map((l) => l.label)).toEqual(['Medical Social Services Series', 'Westchester County, New York', 'A New York county']);
    expect(layout.edges.find((e) => e.key === 'k1')?.directed).toBe(false);
  });

  it('leaves out the edges and neighbours of hidden kinds', () => {
    const layout = layoutLadder(input({ kinds: ['promotion', 'equivalence'] }));
    expect(layout.edges.some((e) => e.kind === 'shared-ksa')).toBe(false);
    expect(layout.nodes.some((n) => n.id === 'icm')).toBe(false);
    expect(layoutLadder(input({ kinds: [] })).edges).toEqual([]);
  });

  it('keeps the strongest neighbours and counts the rest', () => {
    const others = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, title: `Neighbour ${i}`, code: null, jurisdiction: `j${i % 3}` }));
    const links = others.map((o, i) => ({ key: `l${i}`, kind: 'shared-ksa' as const, source: 's2', target: o.id, months: null, weight: i / 20 }));
    const layout = layoutLadder(input({ others, links, maxNeighbours: 8 }));
    expect(layout.nodes.filter((n) => !n.onLadder)).toHaveLength(8);
    expect(layout.hiddenNeighbours).toBe(12);
    expect(layout.nodes.some((n) => n.id === 'n19')).toBe(true);
    expect(layout.nodes.some((n) => n.id === 'n0')).toBe(false);
  });

  it('lays a crowded lane out as layered groups (a neighbouring series as its own ladder) without overlaps', () => {
    const others = Array.from({ length: 9 }, (_, i) => ({ id: `w${i}`, title: `Worker ${i}`, code: null, jurisdiction: 'far' }));
    const links = [
      ...others.map((o, i) => ({ key: `l${i}`, kind: 'shared-ksa' as const, source: `s${(i % 5) + 1}`, target: o.id, months: null, weight: 0.5 })),
      { key: 'wp1', kind: 'promotion' as const, source: 'w0', target: 'w1', months: 12, weight: 1 },
      { key: 'wp2', kind: 'promotion' as const, source: 'w1', target: 'w2', months: null, weight: 1 },
    ];
    const layout = layoutLadder(input({ others, links }));
    expect(layout.lanes.find((l) => l.id === 'j:far')?.layered).toBe(true);
    expect(node(layout, 'w1').y).toBeLessThan(node(layout, 'w0').y);
    expect(node(layout, 'w2').y).toBeLessThan(node(layout, 'w1').y);
    for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  });

  it('keeps every node inside the drawing', () => {
    const layout = layoutLadder(input());
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y - NODE_HEIGHT / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('wrapText(text, maxChars)', () => {
  it.each([
    { input: 'Assistant Supervisor of Medical Social Services', expected: ['Assistant Supervisor of', 'Medical Social Services'] },
    { input: 'Medical Social Associate', expected: ['Medical Social Associate'] },
    { input: 'Supervisor of Medical Social Services and Programs Division', expected: ['Supervisor of Medical', 'Social Services and Progr…'] },
  ])('$input', ({ input: text, expected }) => {
    expect(wrapText(text, 26)).toEqual(expected);
  });
});

describe('layoutLadder(input): links to a lane beyond another', () => {
  // Three neighbours linked from the viewed class, one per jurisdiction: lanes go right, left,
  // right again, so one link passes the first right-hand lane, whose box sits on the same row.
  const layout = layoutLadder(
    input({
      links: ['a', 'b', 'c'].map((id) => ({ key: `e-${id}`, kind: 'equivalence' as const, source: 's2', target: id, months: 12, weight: 0.7 })),
      others: ['a', 'b', 'c'].map((id) => ({ id, title: `Neighbour ${id}`, code: null, jurisdiction: `j-${id}` })),
      jurisdictionNames: new Map(['a', 'b', 'c'].map((id) => [`j-${id}`, `Jurisdiction ${id}`])),
    }),
  );

  it('runs along a row gap past the boxes in between, not through them', () => {
    const from = node(layout, 's2');
    const far = layout.nodes.filter((n) => n.lane !== 'ladder' && n.id !== 's2').sort((x, y) => Math.abs(y.x - from.x) - Math.abs(x.x - from.x))[0]!;
    const between = layout.nodes.filter((n) => n !== far && n !== from && (n.x - from.x) * (far.x - from.x) > 0 && Math.abs(n.x - from.x) < Math.abs(far.x - from.x));
    expect(between.length).toBeGreaterThan(0);
    const edge = layout.edges.find((e) => e.target === far.id)!;
    const run = /L([-\d.]+),([-\d.]+)/.exec(edge.d);
    expect(run, edge.d).not.toBeNull();
    const y = Number(run?.[2]);
    for (const n of between) expect(Math.abs(y - n.y)).toBeGreaterThanOrEqual(n.height / 2);
  });

  it('prints no two month labels over one another on the seeds’ Medical Social Associate', () => {
    // The seeds as the parser reads them: the CMS ladder's five rungs each take 12 months from it.
    const graph = realSeedGraph();
    const real = layoutLadder(buildLadderView(graph, 'il-sucss:4260', new Map()).input);
    const labelled = real.edges.filter((e) => e.label !== null);
    expect(labelled.length).toBeGreaterThan(3);
    for (const [i, a] of labelled.entries())
      for (const b of labelled.slice(i + 1)) expect(Math.abs(a.labelX - b.labelX) >= 40 || Math.abs(a.labelY - b.labelY) >= 14, `${a.key} / ${b.key}`).toBe(true);
  });

  it('prints no two month labels over one another, promotions kept first', () => {
    // The seeds' CMS lane: a ladder of its own, each rung linked from the viewed class (12 months).
    const cms = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const crowded = layoutLadder(
      input({
        links: [
          ...cms.map((id) => ({ key: `e-${id}`, kind: 'equivalence' as const, source: 's2', target: id, months: 12, weight: 0.7 })),
          ...cms.slice(1).map((id, i) => ({ key: `cp-${id}`, kind: 'promotion' as const, source: cms[i]!, target: id, months: null, weight: 1 })),
        ],
        others: cms.map((id) => ({ id, title: `Planner ${id}`, code: null, jurisdiction: 'il-cms' })),
        jurisdictionNames: new Map([['il-cms', 'CMS']]),
      }),
    );
    const labelled = crowded.edges.filter((e) => e.label !== null);
    expect(labelled.length).toBeGreaterThan(1);
    for (const [i, a] of labelled.entries())
      for (const b of labelled.slice(i + 1)) expect(Math.abs(a.labelX - b.labelX) >= 40 || Math.abs(a.labelY - b.labelY) >= 14).toBe(true);
    expect(crowded.edges.find((e) => e.key === 'p2')?.label).toBe('24 mo');
  });

  it('keeps the plain curve for a link to the next lane', () => {
    const from = node(layout, 's2');
    const near = layout.nodes.filter((n) => n.lane !== 'ladder' && n.id !== 's2').sort((x, y) => Math.abs(x.x - from.x) - Math.abs(y.x - from.x))[0]!;
    expect(layout.edges.find((e) => e.target === near.id)?.d).not.toContain('L');
  });
});
