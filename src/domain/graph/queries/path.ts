// path(graph, from, to, { profile }): the quickest route from one class to another in months of
// required experience, over promotion and equivalence edges, with each step's months, route and
// evidence, the total, and a few cheap alternatives.
// [Reference] ../shared/PRODUCT.md "Who uses it" (career counselors); issue 3 "Queries";
// graphology-shortest-path's bidirectional Dijkstra.
// NOTE: a step costs the months its edge carries (Consultant → Assistant Supervisor: 24, from the
// "comparable to the Medical Social Consultant level" clause; an equivalence edge: its route's
// months); a ladder step that states none costs the target's cheapest route (a licence route: 0).
// With a profile, months already held in a step's source class are taken off that step.

import { DirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { InvalidOptionError } from '../../errors.ts';
import type { CareerEdge, Evidence, JobClass, Profile } from '../../model/index.ts';
import type { CareerGraph } from '../career-graph.ts';
import { requireClass } from '../require-class.ts';
import { classSummary, type ClassSummary } from './ladder.ts';

export interface PathOptions {
  /** The person's profile: months held in a step's source class shorten that step. Default none. */
  profile?: Profile;
  /** How many alternative routes to look for (each costs one search per step). Default 2. */
  alternatives?: number;
}

export interface PathStep {
  from: ClassSummary;
  to: ClassSummary;
  kind: 'promotion' | 'equivalence';
  basis: string;
  /** Months of experience this step requires. */
  months: number;
  /** Months still needed given the profile (equals `months` without one). */
  monthsNeeded: number;
  /** The target route the step goes by, when known. */
  route: { id: string; label: string; text: string } | null;
  evidence: Evidence[];
  /** The career graph edge behind the step. */
  edge: string;
}

export interface PathPlan {
  totalMonths: number;
  steps: PathStep[];
}

export interface PathResult extends PathPlan {
  from: string;
  to: string;
  found: boolean;
  /** Other routes, quickest first, each different from the best in at least one step. */
  alternatives: PathPlan[];
}

interface StepAttributes {
  [key: string]: unknown;
  source: string;
  months: number;
  edge: string;
  routeId: string | null;
}

type PathGraph = DirectedGraph<Record<string, never>, StepAttributes>;

const cache = new WeakMap<CareerGraph, { order: number; size: number; graph: PathGraph }>();

export function path(
  graph: CareerGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  requireClass(graph, 'path', from);
  requireClass(graph, 'path', to);
  const wanted = options.alternatives ?? 2;
  if (!Number.isInteger(wanted) || wanted < 0)
    throw new InvalidOptionError('path', 'alternatives', wanted);
  const steps = pathGraph(graph);
  const held = new Map<string, number>();
  for (const e of options.profile?.experience ?? [])
    held.set(e.classId, (held.get(e.classId) ?? 0) + e.months);
  const cost = (a: StepAttributes): number => Math.max(0, a.months - (held.get(a.source) ?? 0));

  const search = (banned: Set<string>): PathPlan | null => {
    const nodes = bidirectional(steps, from, to, (key, attrs) =>
      banned.has(key) ? Infinity : cost(attrs),
    );
    if (!nodes) return null;
    const plan: PathStep[] = [];
    let total = 0;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const key = steps.edge(nodes[i], nodes[i + 1]);
      if (key === undefined || banned.has(key)) return null;
      const step = toStep(graph, steps.getEdgeAttributes(key), cost);
      total += step.monthsNeeded;
      plan.push(step);
    }
    return { totalMonths: total, steps: plan };
  };

  const best = search(new Set());
  if (!best) return { from, to, found: false, totalMonths: 0, steps: [], alternatives: [] };
  const alternatives: PathPlan[] = [];
  if (wanted > 0) {
    const signature = (p: PathPlan): string => p.steps.map((s) => s.edge).join('|');
    const seen = new Set([signature(best)]);
    for (const step of best.steps) {
      const alt = search(new Set([pairKey(steps, step)]));
      if (alt && !seen.has(signature(alt))) {
        seen.add(signature(alt));
        alternatives.push(alt);
      }
    }
    alternatives.sort((a, b) => a.totalMonths - b.totalMonths || a.steps.length - b.steps.length);
    alternatives.splice(wanted);
  }
  return { from, to, found: true, ...best, alternatives };
}

function pairKey(steps: PathGraph, step: PathStep): string {
  return steps.edge(step.from.classId, step.to.classId) ?? '';
}

function toStep(
  graph: CareerGraph,
  a: StepAttributes,
  cost: (a: StepAttributes) => number,
): PathStep {
  const edge = graph.getEdgeAttributes(a.edge);
  const target = graph.getNodeAttributes(edge.target);
  const route =
    a.routeId !== null ? target.qualifications.routes.find((r) => r.id === a.routeId) : undefined;
  return {
    from: classSummary(graph, edge.source),
    to: classSummary(graph, edge.target),
    kind: edge.kind === 'equivalence' ? 'equivalence' : 'promotion',
    basis: edge.basis,
    months: a.months,
    monthsNeeded: cost(a),
    route: route ? { id: route.id, label: route.label, text: route.text } : null,
    evidence: edge.evidence,
    edge: a.edge,
  };
}

/** Promotion and equivalence edges as a simple directed graph: the cheapest edge per ordered pair. */
function pathGraph(graph: CareerGraph): PathGraph {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.graph;
  const steps: PathGraph = new DirectedGraph();
  graph.forEachNode((id) => steps.addNode(id));
  graph.forEachDirectedEdge((key, edge, source, target) => {
    if (edge.kind === 'shared-ksa') return;
    const { months, routeId } = stepMonths(edge, graph.getNodeAttributes(target));
    const existing = steps.edge(source, target);
    if (existing !== undefined) {
      if (steps.getEdgeAttribute(existing, 'months') <= months) return;
      steps.dropEdge(existing);
    }
    steps.addEdge(source, target, { source, months, edge: key, routeId });
  });
  cache.set(graph, { order: graph.order, size: graph.size, graph: steps });
  return steps;
}

function stepMonths(
  edge: CareerEdge,
  target: JobClass,
): { months: number; routeId: string | null } {
  if (edge.kind === 'equivalence') return { months: edge.months ?? 0, routeId: edge.route ?? null };
  if (edge.months !== null) return { months: edge.months, routeId: null };
  let best: { months: number; routeId: string | null } = {
    months: target.qualifications.minExperienceMonths ?? 0,
    routeId: null,
  };
  let found = false;
  for (const route of target.qualifications.routes) {
    if (route.equivalentCombination) continue;
    const months = route.experience.reduce((sum, e) => sum + e.months, 0);
    if (!found || months < best.months) {
      best = { months, routeId: route.id };
      found = true;
    }
  }
  return best;
}
