// Indexes derived once per career graph and reused by every query: the class index for resolving
// titles, and the ladders (classes joined by ladder promotion edges) with each class's rung.
// [Reference] issue 3 "Queries" (`ladder`: the class's series in order). Cached per graph object;
// the cache is rebuilt when the graph's node or edge count changes (graphs are built, not edited).
// NOTE: a ladder's rung is the longest run of ladder edges below a class: Community Planner 1,
// Program Planner I 2, … IV 5. Parallel classes at one level share a rung.

import type { JobClass } from '../model/index.ts';
import { buildClassIndex, compareIds, type ClassIndex } from './build-class-index.ts';
import type { CareerGraph } from './career-graph.ts';
import { requirementWordings, workTermTable, type WorkTermTable } from './specific-terms.ts';

export interface Ladder {
  /** Member class ids, lowest rung first (then by title). */
  members: string[];
  /** Class id → 1-based rung. */
  rung: Map<string, number>;
  top: number;
}

export interface GraphIndex {
  classes: ClassIndex;
  /** Class id → its ladder (a class on no ladder has a ladder of its own). */
  ladderOf: Map<string, Ladder>;
  /** `<source>\u0000<target>\u0000<route>` of every equivalence edge. */
  equivalences: Set<string>;
  /**
   * Which classes' work shows the words the graph's requirements name (see specific-terms.ts),
   * worked out on first use: what weighs a requirement the document gives no specific terms for.
   */
  termTable(): WorkTermTable;
}

export function equivalenceKey(source: string, target: string, route: string): string {
  return `${source}\u0000${target}\u0000${route}`;
}

const cache = new WeakMap<CareerGraph, { order: number; size: number; index: GraphIndex }>();

export function graphIndex(graph: CareerGraph): GraphIndex {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.index;
  const classes: JobClass[] = graph.mapNodes((_id, cls) => cls);
  const equivalences = new Set<string>();
  graph.forEachDirectedEdge((_key, edge, source, target) => {
    if (edge.kind === 'equivalence' && edge.route !== undefined)
      equivalences.add(equivalenceKey(source, target, edge.route));
  });
  let terms: WorkTermTable | null = null;
  const index: GraphIndex = {
    classes: buildClassIndex(classes),
    ladderOf: buildLadders(graph),
    equivalences,
    termTable: () => (terms ??= workTermTable(classes, requirementWordings(classes))),
  };
  cache.set(graph, { order: graph.order, size: graph.size, index });
  return index;
}

function buildLadders(graph: CareerGraph): Map<string, Ladder> {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  graph.forEachDirectedEdge((_key, edge, source, target) => {
    if (edge.kind !== 'promotion' || edge.ladder !== true) return;
    (up.get(source) ?? up.set(source, []).get(source))?.push(target);
    (down.get(target) ?? down.set(target, []).get(target))?.push(source);
  });
  const ladderOf = new Map<string, Ladder>();
  graph.forEachNode((start) => {
    if (ladderOf.has(start)) return;
    // The component under ladder edges, either direction.
    const members: string[] = [];
    const stack = [start];
    const inComponent = new Set([start]);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      members.push(id);
      for (const next of [...(up.get(id) ?? []), ...(down.get(id) ?? [])]) {
        if (!inComponent.has(next)) {
          inComponent.add(next);
          stack.push(next);
        }
      }
    }
    // Rung = 1 + longest chain of ladder edges below (Kahn order; a cycle's members keep rung 1).
    const rung = new Map<string, number>();
    const indegree = new Map<string, number>();
    for (const id of members) indegree.set(id, (down.get(id) ?? []).length);
    const queue = members.filter((id) => indegree.get(id) === 0);
    for (const id of queue) rung.set(id, 1);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      for (const next of up.get(id) ?? []) {
        rung.set(next, Math.max(rung.get(next) ?? 1, (rung.get(id) ?? 1) + 1));
        const left = (indegree.get(next) ?? 1) - 1;
        indegree.set(next, left);
        if (left === 0) queue.push(next);
      }
    }
    for (const id of members) if (!rung.has(id)) rung.set(id, 1);
    members.sort(
      (a, b) =>
        (rung.get(a) as number) - (rung.get(b) as number) ||
        compareIds(graph.getNodeAttribute(a, 'title'), graph.getNodeAttribute(b, 'title')) ||
        compareIds(a, b),
    );
    const ladder: Ladder = { members, rung, top: Math.max(...rung.values()) };
    for (const id of members) ladderOf.set(id, ladder);
  });
  return ladderOf;
}
