// Layout of the whole graph for the overview: one band per jurisdiction, side by side; in each
// band every ladder is a column of rungs (up means higher), and classes on no ladder fill a grid
// beside them. Deterministic, synchronous, linear in the number of classes: it scales to the corpus.
// [Reference] ../shared/UI.md "Visual grammar" (up means higher; jurisdictions as labelled lanes).

export interface OverviewGroup {
  /** Member ids with their 1-based rung; a class on no ladder is a group of one at rung 1. */
  members: { id: string; rung: number }[];
}

export interface OverviewLayoutInput {
  /** Jurisdictions in display order, each with its groups. */
  jurisdictions: { id: string; label: string; groups: OverviewGroup[] }[];
  nodeWidth: number;
  nodeHeight: number;
  /** Space between columns and between rows. */
  gapX: number;
  gapY: number;
  /** Space between jurisdiction bands. */
  bandGap: number;
}

export interface OverviewNode {
  id: string;
  jurisdiction: string;
  /** Centre. */
  x: number;
  y: number;
  rung: number;
  onLadder: boolean;
}

export interface OverviewBand {
  id: string;
  label: string;
  x: number;
  width: number;
  count: number;
}

export interface OverviewLayout {
  nodes: OverviewNode[];
  bands: OverviewBand[];
  width: number;
  height: number;
}

const HEADER = 40;

export function layoutOverview(input: OverviewLayoutInput): OverviewLayout {
  const { nodeWidth: w, nodeHeight: h, gapX, gapY, bandGap } = input;
  const colW = w + gapX;
  const rowH = h + gapY;
  const nodes: OverviewNode[] = [];
  const bands: OverviewBand[] = [];
  // Rows: enough for the tallest ladder, and enough that loose classes form a block, not a line.
  let rows = 1;
  for (const j of input.jurisdictions) {
    const singles = j.groups.filter((g) => g.members.length === 1).length;
    const tallest = Math.max(1, ...j.groups.filter((g) => g.members.length > 1).map((g) => Math.max(...g.members.map((m) => m.rung))));
    rows = Math.max(rows, tallest, Math.ceil(Math.sqrt(singles / 2)));
  }
  let x = 0;
  for (const j of input.jurisdictions) {
    const ladders = j.groups.filter((g) => g.members.length > 1).sort((a, b) => b.members.length - a.members.length);
    const singles = j.groups.filter((g) => g.members.length === 1).flatMap((g) => g.members);
    const start = x;
    for (const g of ladders) {
      // Parallel classes on one rung sit side by side within the ladder's column.
      const perRung = new Map<number, string[]>();
      for (const m of g.members) (perRung.get(m.rung) ?? perRung.set(m.rung, []).get(m.rung))?.push(m.id);
      const wide = Math.max(...[...perRung.values()].map((l) => l.length));
      for (const [rung, ids] of perRung) {
        ids.forEach((id, i) => {
          nodes.push({ id, jurisdiction: j.id, x: x + i * colW + w / 2, y: HEADER + (rows - rung) * rowH + h / 2, rung, onLadder: true });
        });
      }
      x += wide * colW;
    }
    singles.forEach((m, i) => {
      const col = Math.floor(i / rows);
      const row = i % rows;
      nodes.push({ id: m.id, jurisdiction: j.id, x: x + col * colW + w / 2, y: HEADER + row * rowH + h / 2, rung: m.rung, onLadder: false });
    });
    x += Math.ceil(singles.length / rows) * colW;
    const width = Math.max(colW, x - start) - gapX;
    bands.push({ id: j.id, label: j.label, x: start, width, count: j.groups.reduce((s, g) => s + g.members.length, 0) });
    x = start + width + bandGap;
  }
  return { nodes, bands, width: Math.max(0, x - bandGap), height: HEADER + rows * rowH - gapY };
}
