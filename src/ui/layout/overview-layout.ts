// Layout of the whole graph for the overview: one block per jurisdiction, side by side; in each
// block every ladder is a column of rungs (up means higher), and classes on no ladder fill columns
// beside them. Columns are packed on shelves, so a jurisdiction with thousands of classes makes a
// block about as wide as it is tall rather than one endless strip. Deterministic, synchronous and
// linear in the number of classes: it scales to the corpus.
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
  /** Space between jurisdiction blocks, and between shelves. */
  bandGap: number;
  /** Width ÷ height a block aims for. Default 2.2 (a laptop screen's drawing area). */
  aspect?: number;
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

interface Column {
  /** Class ids by row from the top of the column, with rung. */
  cells: { id: string; row: number; slot: number; rung: number; onLadder: boolean }[];
  rows: number;
  slots: number;
}

/** One column per ladder (parallel classes on one rung side by side); loose classes in columns of `height`. */
function columnsOf(groups: OverviewGroup[], looseHeight: number): Column[] {
  const columns: Column[] = [];
  const ladders = groups.filter((g) => g.members.length > 1).sort((a, b) => b.members.length - a.members.length);
  for (const g of ladders) {
    const top = Math.max(...g.members.map((m) => m.rung));
    const perRung = new Map<number, number>();
    const cells = g.members.map((m) => {
      const slot = perRung.get(m.rung) ?? 0;
      perRung.set(m.rung, slot + 1);
      return { id: m.id, row: top - m.rung, slot, rung: m.rung, onLadder: true };
    });
    columns.push({ cells, rows: top, slots: Math.max(...perRung.values()) });
  }
  const loose = groups.filter((g) => g.members.length === 1).flatMap((g) => g.members);
  for (let i = 0; i < loose.length; i += looseHeight) {
    const chunk = loose.slice(i, i + looseHeight);
    columns.push({ cells: chunk.map((m, row) => ({ id: m.id, row, slot: 0, rung: m.rung, onLadder: false })), rows: chunk.length, slots: 1 });
  }
  return columns;
}

export function layoutOverview(input: OverviewLayoutInput): OverviewLayout {
  const { nodeWidth: w, nodeHeight: h, gapX, gapY, bandGap } = input;
  const aspect = input.aspect ?? 2.2;
  const colW = w + gapX;
  const rowH = h + gapY;
  const nodes: OverviewNode[] = [];
  const bands: OverviewBand[] = [];
  let x = 0;
  let height = HEADER;
  for (const j of input.jurisdictions) {
    const count = j.groups.reduce((s, g) => s + g.members.length, 0);
    const tallest = Math.max(1, ...j.groups.filter((g) => g.members.length > 1).map((g) => Math.max(...g.members.map((m) => m.rung))));
    // Shelves about `aspect` times as wide as the block is tall.
    const area = count * colW * rowH;
    const shelfWidth = Math.max(colW * 2, Math.sqrt(area * aspect));
    // Loose classes stand in columns as tall as the block's ladders (6 to 12 rows), so shelves stay even.
    const looseHeight = Math.max(6, Math.min(12, tallest));
    const columns = columnsOf(j.groups, looseHeight);
    // Pack on shelves; a few passes adjust the shelf width until the block has about `aspect`
    // (shelves leave gaps, so the first estimate from the area comes out too narrow).
    const pack = (limit: number, place: boolean): { width: number; height: number } => {
      let cx = 0;
      let top = HEADER;
      let rows = 0;
      let widest = 0;
      for (const col of columns) {
        const width = col.slots * colW;
        if (cx > 0 && cx + width > limit) {
          top += rows * rowH + bandGap / 2;
          cx = 0;
          rows = 0;
        }
        if (place) {
          for (const cell of col.cells) {
            nodes.push({ id: cell.id, jurisdiction: j.id, x: x + cx + cell.slot * colW + w / 2, y: top + cell.row * rowH + h / 2, rung: cell.rung, onLadder: cell.onLadder });
          }
        }
        cx += width;
        widest = Math.max(widest, cx);
        rows = Math.max(rows, col.rows);
      }
      return { width: widest, height: top + rows * rowH - HEADER };
    };
    let limit = shelfWidth;
    for (let pass = 0; pass < 4; pass += 1) {
      const size = pack(limit, false);
      const ratio = size.width / Math.max(1, size.height);
      if (Math.abs(ratio - aspect) / aspect < 0.15) break;
      limit = Math.max(colW * 2, limit * Math.sqrt(aspect / ratio));
    }
    const packed = pack(limit, true);
    const blockWidth = packed.width;
    height = Math.max(height, HEADER + packed.height - gapY);
    const width = Math.max(colW, blockWidth) - gapX;
    bands.push({ id: j.id, label: j.label, x, width, count });
    x += width + bandGap;
  }
  return { nodes, bands, width: Math.max(0, x - bandGap), height };
}

/**
 * Where the line from the centre (cx, cy) of a box `halfWidth` × `halfHeight` from its centre
 * toward (tx, ty) leaves the box: an edge drawn from there to the other box's edge shows its
 * arrowhead. The point (tx, ty) itself when it is inside the box.
 */
export function boxExit(
  cx: number,
  cy: number,
  tx: number,
  ty: number,
  halfWidth: number,
  halfHeight: number,
): { x: number; y: number } {
  const dx = tx - cx;
  const dy = ty - cy;
  const t = Math.min(
    dx === 0 ? Infinity : halfWidth / Math.abs(dx),
    dy === 0 ? Infinity : halfHeight / Math.abs(dy),
    1,
  );
  return { x: cx + dx * t, y: cy + dy * t };
}
