// Layout of a class's ladder with its neighbours: the series as rungs bottom to top in a centre
// lane, neighbours in other series or jurisdictions in lanes beside it (one lane per jurisdiction,
// the ladder's own jurisdiction's other series first), each near the rung it connects to. A lane
// too crowded for that is laid out as a layered graph (dagre): each connected group of its classes
// (a neighbouring series, say) as its own small ladder, the groups stacked. Pure and synchronous.
// [Reference] ../shared/UI.md "Visual grammar" (up means higher; lanes, never only a colour).

import dagre from '@dagrejs/dagre';
import { EDGE_KINDS, type EdgeKind } from '../../domain/model/index.ts';
import { wrapText } from './wrap-text.ts';

export const NODE_WIDTH = 212;
export const NODE_HEIGHT = 64;
/** Vertical distance between rungs: room for an arrow and its "24 mo" label. */
export const RUNG_SPACING = 104;
export const LANE_GAP = 84;
const NODE_GAP = 16;
const PADDING = 24;
const LANE_HEADER = 44;
const TITLE_CHARS = 27;

export interface LadderClassInput {
  id: string;
  title: string;
  code: string | null;
  jurisdiction: string;
}

export interface LadderEdgeInput {
  key: string;
  kind: EdgeKind;
  source: string;
  target: string;
  months: number | null;
  weight: number;
}

export interface LadderLayoutInput {
  /** The class being viewed (highlighted). */
  currentId: string;
  /** The ladder's rungs, any order; `rung` is 1-based, lowest first. */
  rungs: (LadderClassInput & { rung: number })[];
  /** Ladder promotion edges between rungs. */
  steps: LadderEdgeInput[];
  /** Edges between a rung and a class off the ladder, and between two such classes. */
  links: LadderEdgeInput[];
  /** Classes off the ladder that `links` name. */
  others: LadderClassInput[];
  /** Jurisdiction id → display name. */
  jurisdictionNames: ReadonlyMap<string, string>;
  /** The ladder lane's label ("Medical Social Services Series"). */
  ladderLabel: string;
  /** Edge kinds to draw. Default: all. */
  kinds?: readonly EdgeKind[];
  /** Most neighbours shown; the strongest are kept. Default 14. */
  maxNeighbours?: number;
}

export interface LayoutNode extends LadderClassInput {
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  rung: number | null;
  lane: string;
  onLadder: boolean;
  current: boolean;
}

export interface LayoutEdge {
  key: string;
  kind: EdgeKind;
  source: string;
  target: string;
  directed: boolean;
  /** SVG path data. */
  d: string;
  /** "24 mo", or null. */
  label: string | null;
  labelX: number;
  labelY: number;
  months: number | null;
}

export interface LayoutLane {
  id: string;
  label: string;
  /** Left edge and width. */
  x: number;
  width: number;
  kind: 'ladder' | 'same-jurisdiction' | 'jurisdiction';
  /** True when the lane was laid out as a layered graph. */
  layered: boolean;
}

export interface LadderLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  lanes: LayoutLane[];
  width: number;
  height: number;
  /** Neighbours left out to keep the picture readable. */
  hiddenNeighbours: number;
}

const KIND_RANK: Record<EdgeKind, number> = { promotion: 3, equivalence: 2, 'shared-ksa': 0 };

function months(m: number | null): string | null {
  return m === null || m === undefined ? null : `${m} mo`;
}

interface Box {
  id: string;
  x: number;
  y: number;
}

/** Positions (centres) for a crowded lane: dagre per connected group, groups stacked by wanted y. */
function layeredLane(ids: string[], links: LadderEdgeInput[], wanted: Map<string, number>): { pos: Map<string, Box>; width: number } {
  const inLane = new Set(ids);
  const internal = links.filter((l) => inLane.has(l.source) && inLane.has(l.target));
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'BT', nodesep: NODE_GAP, ranksep: RUNG_SPACING - NODE_HEIGHT, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const l of internal) if (l.kind === 'promotion') g.setEdge(l.source, l.target);
  // Connected groups through the lane's promotion edges.
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    const group: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const n = stack.pop() as string;
      group.push(n);
      for (const m of [...(g.successors(n) ?? []), ...(g.predecessors(n) ?? [])]) {
        const key = String(m);
        if (!seen.has(key)) {
          seen.add(key);
          stack.push(key);
        }
      }
    }
    groups.push(group);
  }
  const pos = new Map<string, Box>();
  const laid = groups.map((group) => {
    const sub = new dagre.graphlib.Graph();
    sub.setGraph({ rankdir: 'BT', nodesep: NODE_GAP, ranksep: RUNG_SPACING - NODE_HEIGHT, marginx: 0, marginy: 0 });
    sub.setDefaultEdgeLabel(() => ({}));
    for (const id of group) sub.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const l of internal) if (l.kind === 'promotion' && group.includes(l.source) && group.includes(l.target)) sub.setEdge(l.source, l.target);
    dagre.layout(sub);
    const label = sub.graph();
    const want = group.reduce((s, id) => s + (wanted.get(id) ?? 0), 0) / group.length;
    return {
      group,
      width: label.width ?? NODE_WIDTH,
      height: label.height ?? NODE_HEIGHT,
      want,
      at: new Map(group.map((id) => [id, { x: sub.node(id).x ?? 0, y: sub.node(id).y ?? 0 }])),
    };
  });
  laid.sort((a, b) => a.want - b.want || (a.group[0] ?? '').localeCompare(b.group[0] ?? ''));
  const total = laid.reduce((s, l) => s + l.height, 0) + NODE_GAP * 2 * Math.max(0, laid.length - 1);
  const mean = laid.reduce((s, l) => s + l.want, 0) / Math.max(1, laid.length);
  let top = mean - total / 2;
  let width = NODE_WIDTH;
  for (const l of laid) {
    for (const [id, p] of l.at) pos.set(id, { id, x: p.x - l.width / 2, y: top + p.y });
    top += l.height + NODE_GAP * 2;
    width = Math.max(width, l.width);
  }
  return { pos, width };
}

/** Centres for an uncrowded lane: each class at the height it wants, pushed apart to not overlap. */
function anchoredLane(ids: string[], wanted: Map<string, number>): Map<string, Box> {
  const order = [...ids].sort((a, b) => (wanted.get(a) ?? 0) - (wanted.get(b) ?? 0) || a.localeCompare(b));
  const ys: number[] = [];
  const min = NODE_HEIGHT + NODE_GAP;
  order.forEach((id, i) => {
    const want = wanted.get(id) ?? 0;
    ys.push(i === 0 ? want : Math.max(want, (ys[i - 1] ?? 0) + min));
  });
  // Shift the whole lane so that, on average, classes sit where they want to.
  const shift = order.reduce((s, id, i) => s + ((wanted.get(id) ?? 0) - (ys[i] ?? 0)), 0) / Math.max(1, order.length);
  return new Map(order.map((id, i) => [id, { id, x: 0, y: (ys[i] ?? 0) + shift }]));
}

export function layoutLadder(input: LadderLayoutInput): LadderLayout {
  const kinds = new Set<EdgeKind>(input.kinds ?? EDGE_KINDS);
  const maxNeighbours = input.maxNeighbours ?? 14;
  const top = Math.max(1, ...input.rungs.map((r) => r.rung));
  const members = new Set(input.rungs.map((r) => r.id));
  const current = input.rungs.find((r) => r.id === input.currentId);
  const ladderJurisdiction = current?.jurisdiction ?? input.rungs[0]?.jurisdiction ?? '';
  const nodes = new Map<string, LayoutNode>();

  // The ladder lane: rungs bottom to top; parallel classes at one rung side by side.
  const byRung = new Map<number, (LadderClassInput & { rung: number })[]>();
  for (const r of input.rungs) (byRung.get(r.rung) ?? byRung.set(r.rung, []).get(r.rung))?.push(r);
  const ladderWidth = Math.max(1, ...[...byRung.values()].map((list) => list.length)) * (NODE_WIDTH + NODE_GAP) - NODE_GAP;
  for (const [rung, list] of byRung) {
    list.sort((a, b) => a.title.localeCompare(b.title));
    const rowWidth = list.length * (NODE_WIDTH + NODE_GAP) - NODE_GAP;
    list.forEach((r, i) => {
      nodes.set(r.id, {
        ...r,
        x: -rowWidth / 2 + NODE_WIDTH / 2 + i * (NODE_WIDTH + NODE_GAP),
        y: (top - rung) * RUNG_SPACING,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        lines: wrapText(r.title, TITLE_CHARS),
        rung,
        lane: 'ladder',
        onLadder: true,
        current: r.id === input.currentId,
      });
    });
  }

  // Neighbours: the strongest links of the visible kinds.
  const info = new Map(input.others.map((o) => [o.id, o]));
  const visibleLinks = input.links.filter((l) => kinds.has(l.kind));
  const strength = new Map<string, number>();
  for (const l of visibleLinks) {
    const touchesLadder = members.has(l.source) !== members.has(l.target);
    if (!touchesLadder) continue;
    const other = members.has(l.source) ? l.target : l.source;
    if (!info.has(other)) continue;
    strength.set(other, Math.max(strength.get(other) ?? 0, KIND_RANK[l.kind] + l.weight));
  }
  const ranked = [...strength.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = new Set(ranked.slice(0, maxNeighbours).map(([id]) => id));
  const hiddenNeighbours = Math.max(0, ranked.length - shown.size);

  // Where each neighbour wants to sit: level with the rungs it connects to.
  const wanted = new Map<string, number>();
  for (const id of shown) {
    const ys = visibleLinks
      .filter((l) => (l.source === id && members.has(l.target)) || (l.target === id && members.has(l.source)))
      .map((l) => nodes.get(l.source === id ? l.target : l.source)?.y ?? 0);
    wanted.set(id, ys.reduce((s, y) => s + y, 0) / Math.max(1, ys.length));
  }

  // Lanes: the ladder's own jurisdiction (other series) first, then other jurisdictions by strength.
  const laneOf = (id: string): string => {
    const j = info.get(id)?.jurisdiction ?? '';
    return j === ladderJurisdiction ? `same:${j}` : `j:${j}`;
  };
  const laneMembers = new Map<string, string[]>();
  for (const id of shown) (laneMembers.get(laneOf(id)) ?? laneMembers.set(laneOf(id), []).get(laneOf(id)))?.push(id);
  const laneStrength = (lane: string): number => (laneMembers.get(lane) ?? []).reduce((s, id) => s + (strength.get(id) ?? 0), 0);
  const laneIds = [...laneMembers.keys()].sort((a, b) => {
    if (a.startsWith('same:') !== b.startsWith('same:')) return a.startsWith('same:') ? -1 : 1;
    return laneStrength(b) - laneStrength(a) || a.localeCompare(b);
  });

  const lanes: LayoutLane[] = [
    { id: 'ladder', label: input.ladderLabel, x: -ladderWidth / 2, width: ladderWidth, kind: 'ladder', layered: false },
  ];
  let right = ladderWidth / 2 + LANE_GAP;
  let left = -ladderWidth / 2 - LANE_GAP;
  laneIds.forEach((laneId, i) => {
    const ids = laneMembers.get(laneId) ?? [];
    const inLane = new Set(ids);
    const ownLadder = visibleLinks.some((l) => l.kind === 'promotion' && inLane.has(l.source) && inLane.has(l.target));
    // A lane whose classes promote into each other is drawn as their own ladder, as is a crowded one.
    const crowded = ownLadder || ids.length > Math.max(4, byRung.size + 1);
    const placed = crowded ? layeredLane(ids, visibleLinks, wanted) : { pos: anchoredLane(ids, wanted), width: NODE_WIDTH };
    const onRight = i % 2 === 0;
    const x0 = onRight ? right : left - placed.width;
    if (onRight) right += placed.width + LANE_GAP;
    else left -= placed.width + LANE_GAP;
    const j = laneId.slice(laneId.indexOf(':') + 1);
    const name = input.jurisdictionNames.get(j) ?? j;
    lanes.push({
      id: laneId,
      label: laneId.startsWith('same:') ? `${name}: other series` : name,
      x: x0,
      width: placed.width,
      kind: laneId.startsWith('same:') ? 'same-jurisdiction' : 'jurisdiction',
      layered: crowded,
    });
    for (const id of ids) {
      const c = info.get(id);
      const p = placed.pos.get(id);
      if (!c || !p) continue;
      nodes.set(id, {
        ...c,
        x: x0 + (crowded ? p.x + NODE_WIDTH / 2 : placed.width / 2),
        y: p.y,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        lines: wrapText(c.title, TITLE_CHARS),
        rung: null,
        lane: laneId,
        onLadder: false,
        current: id === input.currentId,
      });
    }
  });

  // Edges.
  const edges: LayoutEdge[] = [];
  const pairCount = new Map<string, number>();
  const offsetFor = (a: string, b: string): number => {
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    const n = pairCount.get(pair) ?? 0;
    pairCount.set(pair, n + 1);
    return n === 0 ? 0 : (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * 16;
  };
  const drawn = [...(kinds.has('promotion') ? input.steps : []), ...visibleLinks];
  for (const e of drawn) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (!s || !t) continue;
    const offset = offsetFor(e.source, e.target);
    const directed = e.kind !== 'shared-ksa';
    const sameColumn = Math.abs(s.x - t.x) < 1;
    let d: string;
    let labelX: number;
    let labelY: number;
    if (sameColumn) {
      // Vertical: from the top of the lower box to the bottom of the upper one (or the reverse).
      const up = t.y < s.y;
      const y1 = up ? s.y - s.height / 2 : s.y + s.height / 2;
      const y2 = up ? t.y + t.height / 2 : t.y - t.height / 2;
      const x = s.x + offset;
      if (e.kind === 'promotion' || Math.abs(y2 - y1) < RUNG_SPACING) {
        d = `M${x},${y1} L${x},${y2}`;
        labelX = x;
        labelY = (y1 + y2) / 2;
      } else {
        // A long jump along one column bows out to the side so it does not run through the rungs.
        const bow = s.x + s.width / 2 + 28 + Math.abs(offset);
        d = `M${s.x + s.width / 2},${s.y} C${bow},${s.y} ${bow},${t.y} ${t.x + t.width / 2},${t.y}`;
        labelX = bow - 6;
        labelY = (s.y + t.y) / 2;
      }
    } else {
      const toRight = t.x > s.x;
      const x1 = toRight ? s.x + s.width / 2 : s.x - s.width / 2;
      const x2 = toRight ? t.x - t.width / 2 : t.x + t.width / 2;
      const y1 = s.y + offset;
      const y2 = t.y + offset;
      const mid = (x1 + x2) / 2;
      d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
      labelX = mid;
      labelY = (y1 + y2) / 2;
      // NOTE: a link to a lane beyond another lane would run through that lane's boxes (and read as
      // leaving one of them): it crosses the lanes in between along a row gap instead.
      const detour = corridor(s, t, x1, x2, y1, y2, [...nodes.values()]);
      if (detour) {
        const { y, from, to } = detour;
        const c1 = (x1 + from) / 2;
        const c2 = (to + x2) / 2;
        d = `M${x1},${y1} C${c1},${y1} ${c1},${y} ${from},${y} L${to},${y} C${c2},${y} ${c2},${y2} ${x2},${y2}`;
        labelX = c1;
        labelY = (y1 + y) / 2;
      }
    }
    // Months label every promotion; an equivalence edge only when it touches the viewed class.
    const labelled = e.kind === 'promotion' || (e.kind === 'equivalence' && (e.source === input.currentId || e.target === input.currentId));
    edges.push({ key: e.key, kind: e.kind, source: e.source, target: e.target, directed, d, label: labelled ? months(e.months) : null, labelX, labelY, months: e.months });
  }

  // Normalise: everything inside [PADDING, width - PADDING], lane labels above the top row.
  const all = [...nodes.values()];
  const minX = Math.min(...lanes.map((l) => l.x), ...all.map((n) => n.x - n.width / 2));
  const maxX = Math.max(...lanes.map((l) => l.x + l.width), ...all.map((n) => n.x + n.width / 2));
  const minY = Math.min(0, ...all.map((n) => n.y - n.height / 2));
  const maxY = Math.max(0, ...all.map((n) => n.y + n.height / 2));
  const dx = PADDING - minX;
  const dy = PADDING + LANE_HEADER - minY;
  const shiftPath = (d: string): string =>
    d.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_m, x: string, y: string) => `${round(Number(x) + dx)},${round(Number(y) + dy)}`);
  return {
    nodes: all.map((n) => ({ ...n, x: round(n.x + dx), y: round(n.y + dy) })),
    edges: edges.map((e) => ({ ...e, d: shiftPath(e.d), labelX: round(e.labelX + dx), labelY: round(e.labelY + dy) })),
    lanes: lanes.map((l) => ({ ...l, x: round(l.x + dx) })),
    width: round(maxX - minX + 2 * PADDING),
    height: round(maxY - minY + 2 * PADDING + LANE_HEADER),
    hiddenNeighbours,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Room kept between a detouring link and the boxes it passes. */
const CLEARANCE = 10;

/**
 * For a link from `s` to `t` across other boxes (those wholly between its ends), a row `y` clear of
 * them and the span (`from` → `to`) it runs along; null when the plain curve meets none.
 */
function corridor(
  s: LayoutNode,
  t: LayoutNode,
  x1: number,
  x2: number,
  y1: number,
  y2: number,
  all: readonly LayoutNode[],
): { y: number; from: number; to: number } | null {
  const lo = Math.min(x1, x2);
  const hi = Math.max(x1, x2);
  const between = all.filter(
    (n) => n !== s && n !== t && n.x - n.width / 2 >= lo && n.x + n.width / 2 <= hi,
  );
  const blocked = (y: number): boolean =>
    between.some((n) => Math.abs(y - n.y) < n.height / 2 + CLEARANCE / 2);
  const top = Math.min(y1, y2);
  const bottom = Math.max(y1, y2);
  const meets = between.some(
    (n) => n.y + n.height / 2 > top - CLEARANCE && n.y - n.height / 2 < bottom + CLEARANCE,
  );
  if (!meets) return null;
  const wanted = (y1 + y2) / 2;
  const candidates = [
    y1,
    y2,
    ...between.flatMap((n) => [n.y - n.height / 2 - CLEARANCE, n.y + n.height / 2 + CLEARANCE]),
  ].filter((y) => !blocked(y));
  candidates.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b);
  const y = candidates[0];
  if (y === undefined) return null;
  const left = Math.min(...between.map((n) => n.x - n.width / 2)) - CLEARANCE;
  const right = Math.max(...between.map((n) => n.x + n.width / 2)) + CLEARANCE;
  return x2 > x1 ? { y, from: left, to: right } : { y, from: right, to: left };
}
