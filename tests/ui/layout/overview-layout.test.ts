import { describe, expect, it } from 'vitest';
import {
  boxExit,
  layoutOverview,
  type OverviewLayoutInput,
} from '../../../src/ui/layout/overview-layout.ts';

const base = { nodeWidth: 100, nodeHeight: 30, gapX: 10, gapY: 10, bandGap: 40 };

function input(jurisdictions: OverviewLayoutInput['jurisdictions']): OverviewLayoutInput {
  return { ...base, jurisdictions };
}

describe('layoutOverview(input)', () => {
  const layout = layoutOverview(
    input([
      {
        id: 'a',
        label: 'A',
        groups: [
          { members: [1, 2, 3].map((r) => ({ id: `a${r}`, rung: r })) },
          { members: [{ id: 'solo', rung: 1 }] },
        ],
      },
      { id: 'b', label: 'B', groups: [{ members: [{ id: 'b1', rung: 1 }] }] },
    ]),
  );
  const at = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('places every class once', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'solo']);
  });

  it('draws a ladder as one column, higher rungs higher up', () => {
    expect(at('a1').x).toBe(at('a3').x);
    expect(at('a3').y).toBeLessThan(at('a2').y);
    expect(at('a2').y).toBeLessThan(at('a1').y);
  });

  it('puts each jurisdiction in its own band, left to right, without overlap', () => {
    const [a, b] = layout.bands;
    expect(a?.label).toBe('A');
    expect(a!.x + a!.width).toBeLessThan(b!.x);
    expect(at('b1').x).toBeGreaterThan(a!.x + a!.width);
    expect(a?.count).toBe(4);
  });

  it('packs many loose classes into a block of columns, not one long line', () => {
    const singles = Array.from({ length: 200 }, (_, i) => ({ members: [{ id: `s${i}`, rung: 1 }] }));
    const big = layoutOverview(input([{ id: 'c', label: 'C', groups: singles }]));
    const xs = new Set(big.nodes.map((n) => n.x));
    const ys = new Set(big.nodes.map((n) => n.y));
    expect(xs.size).toBeGreaterThan(5);
    expect(ys.size).toBeGreaterThan(5);
    const keys = new Set(big.nodes.map((n) => `${n.x},${n.y}`));
    expect(keys.size).toBe(200);
  });

  it('packs many ladders on shelves, so a large jurisdiction makes a block, not a strip', () => {
    const groups = Array.from({ length: 400 }, (_, g) => ({ members: [1, 2, 3].map((r) => ({ id: `g${g}-${r}`, rung: r })) }));
    const big = layoutOverview(input([{ id: 'c', label: 'C', groups }]));
    expect(big.width / big.height).toBeLessThan(4);
    expect(big.width / big.height).toBeGreaterThan(0.5);
    const at = (id: string) => big.nodes.find((n) => n.id === id)!;
    expect(at('g399-3').y).toBeLessThan(at('g399-1').y);
    expect(at('g399-1').x).toBe(at('g399-3').x);
    expect(new Set(big.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(1200);
  });
});


describe('boxExit(cx, cy, tx, ty, halfWidth, halfHeight)', () => {
  it('leaves a 176 × 40 box through its side, its top or its corner', () => {
    expect(boxExit(0, 0, 200, 0, 88, 20)).toEqual({ x: 88, y: 0 });
    expect(boxExit(0, 0, 0, -100, 88, 20)).toEqual({ x: 0, y: -20 });
    expect(boxExit(0, 0, 176, 40, 88, 20)).toEqual({ x: 88, y: 20 });
    expect(boxExit(10, 10, 400, 30, 88, 20)).toEqual({ x: 98, y: 14.512820512820513 });
  });

  it('gives the point itself when it lies inside the box', () => {
    expect(boxExit(0, 0, 30, 5, 88, 20)).toEqual({ x: 30, y: 5 });
    expect(boxExit(0, 0, 0, 0, 88, 20)).toEqual({ x: 0, y: 0 });
  });
});
