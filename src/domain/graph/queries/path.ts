// path(graph, from, to, { profile }): the quickest route from one class to another in months of
// required experience, over promotion and equivalence edges, with each step's months, route, the
// credentials that route needs besides months (and whether the person holds them), evidence, the
// total, and a few cheap alternatives.
// [Reference] ../shared/PRODUCT.md "Who uses it" (career counselors); issue 3 "Queries";
// graphology-shortest-path's bidirectional Dijkstra and A*.
// NOTE: a step costs the months its edge carries (Consultant → Assistant Supervisor: 24, from the
// "comparable to the Medical Social Consultant level" clause; an equivalence edge: its route's
// months); a ladder step that states none goes by the target's cheapest route (Associate →
// Consultant: route 1 + 2A, 0 months, but a master's degree and an LSW/LCSW licence, which the step
// lists in `requires`). With a profile, months already held in a step's source class are taken off
// that step. Among options of equal months, the one needing fewer credentials the person lacks wins
// (a tie-break only: each lacking credential adds 0.001 to the search weight, never a whole month).

import { DirectedGraph } from 'graphology';
import { bidirectional as astar } from 'graphology-shortest-path/astar';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import Heap from 'mnemonist/heap';
import { InvalidOptionError } from '../../errors.ts';
import type {
  CareerEdge,
  EducationLevel,
  Evidence,
  JobClass,
  Profile,
  QualificationRoute,
} from '../../model/index.ts';
import { educationMet, licenseMet } from '../../qualifications/assess-qualifications.ts';
import type { CareerGraph } from '../career-graph.ts';
import { graphIndex } from '../graph-index.ts';
import { requireClass } from '../require-class.ts';
import { resolveClassReferenceOnce } from '../resolve-class-reference.ts';
import { classSummary, type ClassSummary } from './ladder.ts';

export interface PathOptions {
  /** The person's profile: months held in a step's source class shorten that step. Default none. */
  profile?: Profile;
  /** How many alternative routes to look for (each costs one search per step). Default 2. */
  alternatives?: number;
}

/**
 * What the step's route needs besides months. Each `met` is true/false against the profile given
 * to `path`, or null without one.
 */
export interface StepRequirements {
  /** The degree the route asks for ("master" in "social or behavioral science"), or null. */
  education: {
    level: EducationLevel;
    field: string | null;
    text: string;
    met: boolean | null;
  } | null;
  /** Licences, certificates or registrations the route asks for; any name of `anyOf` will do. */
  licenses: { name: string; anyOf: string[]; met: boolean | null }[];
  /** Requirements the rules cannot check (a training course, current employment): never met automatically. */
  other: string[];
  /** Credentials (education, licences, other) the person lacks; without a profile, all of them. */
  lacking: number;
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
  /** What `route` needs besides months (education, licences); all empty when the route is unknown. */
  requires: StepRequirements;
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

/** One way to take a step: a career edge and the target route it goes by. */
interface StepOption {
  months: number;
  edge: string;
  /** The target's route the step goes by, when known. */
  route: QualificationRoute | null;
}

interface StepAttributes {
  [key: string]: unknown;
  source: string;
  target: string;
  /** Every edge and route joining the pair, cheapest in months first. */
  options: StepOption[];
  /** The search weight without a profile: the least of the options' months and tie-breaks. */
  weight: number;
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
  const profile = options.profile ?? null;
  // Without a profile a route's requirements never change: they are kept across queries.
  const requirements = profile === null ? WITHOUT_PROFILE : new Map();
  const requiresOf = (route: QualificationRoute | null): StepRequirements => {
    if (route === null) return NO_REQUIREMENTS;
    let r = requirements.get(route);
    if (!r) {
      r = stepRequirements(route, profile);
      requirements.set(route, r);
    }
    return r;
  };
  // The search weight of one option: its months less those held, plus the credential tie-break.
  // Without a profile, a step's weight is the one the step graph keeps.
  const lacking = new Map<QualificationRoute, number>();
  const lackingOf = (route: QualificationRoute | null): number => {
    if (route === null) return 0;
    let n = lacking.get(route);
    if (n === undefined) {
      n = lackingCount(route, profile);
      lacking.set(route, n);
    }
    return n;
  };
  const optionWeight = (option: StepOption, heldMonths: number): number =>
    Math.max(0, option.months - heldMonths) + LACKING_WEIGHT * lackingOf(option.route);
  const choose = (a: StepAttributes): { option: StepOption; cost: number } => {
    const heldMonths = held.get(a.source) ?? 0;
    let best = a.options[0] as StepOption;
    for (const option of a.options)
      if (optionWeight(option, heldMonths) < optionWeight(best, heldMonths)) best = option;
    return { option: best, cost: Math.max(0, best.months - heldMonths) };
  };
  const weights = new Map<StepAttributes, number>();
  const weightOf = (_key: string, a: StepAttributes): number => {
    if (profile === null) return a.weight;
    let weight = weights.get(a);
    if (weight === undefined) {
      const heldMonths = held.get(a.source) ?? 0;
      weight = Infinity;
      for (const option of a.options) weight = Math.min(weight, optionWeight(option, heldMonths));
      weights.set(a, weight);
    }
    return weight;
  };
  const plan = (nodes: string[] | null, banned: string | null): PathPlan | null => {
    if (!nodes) return null;
    const plan: PathStep[] = [];
    let total = 0;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const key = steps.edge(nodes[i], nodes[i + 1]);
      if (key === undefined || key === banned) return null;
      const { option, cost } = choose(steps.getEdgeAttributes(key));
      const step = toStep(graph, option, cost, requiresOf);
      total += step.monthsNeeded;
      plan.push(step);
    }
    return { totalMonths: total, steps: plan };
  };

  const best = plan(bidirectional(steps, from, to, weightOf), null);
  if (!best) return { from, to, found: false, totalMonths: 0, steps: [], alternatives: [] };
  const alternatives: PathPlan[] = [];
  if (wanted > 0) {
    // Each alternative is the quickest route without one step of the best, found by graphology's
    // A* guided by each class's distance to `to` (one Dijkstra over the steps walked backwards, as
    // far as twice the best's months): it goes nearly straight there. Once `wanted` alternatives
    // are kept, a search gives up past the months of the slowest of them.
    const toGo = distancesTo(steps, to, weightOf, 2 * best.totalMonths + LIMIT_MARGIN);
    const signature = (p: PathPlan): string => p.steps.map((s) => s.edge).join('|');
    const seen = new Set([signature(best)]);
    const byOrder = (a: PathPlan, b: PathPlan): number =>
      a.totalMonths - b.totalMonths || a.steps.length - b.steps.length;
    for (const step of best.steps) {
      const banned = pairKey(steps, step);
      const slowest = alternatives.length >= wanted ? alternatives[wanted - 1] : undefined;
      const nodes = astar(
        steps,
        from,
        to,
        (key, attrs) => (key === banned ? Infinity : weightOf(key, attrs)),
        toGo,
        { cutoff: slowest ? slowest.totalMonths + CUTOFF_MARGIN : Number.MAX_VALUE },
      );
      const alt = plan(nodes, banned);
      if (alt && !seen.has(signature(alt))) {
        seen.add(signature(alt));
        alternatives.push(alt);
        alternatives.sort(byOrder);
      }
    }
    alternatives.splice(wanted);
  }
  return { from, to, found: true, ...best, alternatives };
}

function pairKey(steps: PathGraph, step: PathStep): string {
  return steps.edge(step.from.classId, step.to.classId) ?? '';
}

function toStep(
  graph: CareerGraph,
  option: StepOption,
  cost: number,
  requiresOf: (route: QualificationRoute | null) => StepRequirements,
): PathStep {
  const edge = graph.getEdgeAttributes(option.edge);
  const route = option.route;
  return {
    from: classSummary(graph, edge.source),
    to: classSummary(graph, edge.target),
    kind: edge.kind === 'equivalence' ? 'equivalence' : 'promotion',
    basis: edge.basis,
    months: option.months,
    monthsNeeded: cost,
    route: route ? { id: route.id, label: route.label, text: route.text } : null,
    requires: requiresOf(route),
    evidence: edge.evidence,
    edge: option.edge,
  };
}

const WITHOUT_PROFILE = new WeakMap<QualificationRoute, StepRequirements>();

const NO_REQUIREMENTS: StepRequirements = { education: null, licenses: [], other: [], lacking: 0 };

/** Search weight of one credential the person lacks: breaks ties of months, never outweighs one. */
const LACKING_WEIGHT = 0.001;

/**
 * What a route needs besides months, checked against the profile when there is one, by the rules
 * eligibility uses. A degree replaced year-for-year by extra experience is not counted as met: a
 * step's months are those its edge asks, not the surplus such a substitution needs.
 */
function stepRequirements(
  route: QualificationRoute | null,
  profile: Profile | null,
): StepRequirements {
  if (!route) return { education: null, licenses: [], other: [], lacking: 0 };
  const edu = route.education;
  const education: StepRequirements['education'] = edu
    ? {
        level: edu.level,
        field: edu.field,
        text: edu.text,
        met: profile === null ? null : educationMet(profile, edu),
      }
    : null;
  const licenses = route.licenses.map((l) => ({
    name: l.name,
    anyOf: l.anyOf,
    met: profile === null ? null : licenseMet(profile.licenses, l),
  }));
  const other = route.other ?? [];
  return { education, licenses, other, lacking: lackingCount(route, profile) };
}

/** How many of the route's credentials (education, licences, other) the person lacks. */
function lackingCount(route: QualificationRoute, profile: Profile | null): number {
  let n = route.other?.length ?? 0;
  if (route.education !== null && (profile === null || !educationMet(profile, route.education)))
    n += 1;
  for (const l of route.licenses) if (profile === null || !licenseMet(profile.licenses, l)) n += 1;
  return n;
}

/** How far past twice the best's months the distances guiding the alternatives are exact. */
const LIMIT_MARGIN = 24;

/** A search's cutoff above the slowest kept alternative's months: covers the credential tie-breaks. */
const CUTOFF_MARGIN = 0.5;

/**
 * A lower bound on every class's least weight to reach `to`, exact up to `limit`: Dijkstra over the
 * steps walked backwards, stopped once the nearest class left is farther than `limit`; the classes
 * left get that distance, which none of them beats. The bound is consistent, so A* guided by it
 * still finds the quickest route. (graphology's single-source Dijkstra returns routes, not
 * distances, and walks the whole graph.)
 */
function distancesTo(
  steps: PathGraph,
  to: string,
  weightOf: (key: string, attrs: StepAttributes) => number,
  limit: number,
): (node: string) => number {
  const distance = new Map<string, number>();
  const queued = new Map<string, number>([[to, 0]]);
  const heap = new Heap<[number, string]>((a, b) => a[0] - b[0]);
  heap.push([0, to]);
  for (let item = heap.peek(); item !== undefined && item[0] <= limit; item = heap.peek()) {
    heap.pop();
    const [d, node] = item;
    if (distance.has(node)) continue;
    distance.set(node, d);
    steps.forEachInEdge(node, (key, attrs, source) => {
      if (distance.has(source)) return;
      const next = d + weightOf(key, attrs);
      const before = queued.get(source);
      if (before === undefined || next < before) {
        queued.set(source, next);
        heap.push([next, source]);
      }
    });
  }
  const beyond = heap.peek()?.[0] ?? Infinity;
  return (node) => distance.get(node) ?? beyond;
}

/** Promotion and equivalence edges as a simple directed graph: per ordered pair, every option. */
function pathGraph(graph: CareerGraph): PathGraph {
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.graph;
  const steps: PathGraph = new DirectedGraph();
  graph.forEachNode((id) => steps.addNode(id));
  graph.forEachDirectedEdge((key, edge, source, target) => {
    if (edge.kind === 'shared-ksa') return;
    const options = stepOptions(graph, key, edge, graph.getNodeAttributes(target));
    const existing = steps.edge(source, target);
    if (existing !== undefined) steps.getEdgeAttribute(existing, 'options').push(...options);
    else steps.addEdge(source, target, { source, target, options, weight: 0 });
  });
  steps.forEachEdge((_key, attrs) => {
    attrs.options.sort((a, b) => a.months - b.months);
    attrs.weight = Math.min(
      ...attrs.options.map(
        (o) => o.months + (o.route ? LACKING_WEIGHT * lackingCount(o.route, null) : 0),
      ),
    );
  });
  cache.set(graph, { order: graph.order, size: graph.size, graph: steps });
  return steps;
}

/**
 * The ways one edge can be taken: an equivalence edge by its route; a promotion edge from a clause
 * by the route holding the clause, at the clause's months; a ladder edge by any route of the target.
 */
function stepOptions(
  graph: CareerGraph,
  key: string,
  edge: CareerEdge,
  target: JobClass,
): StepOption[] {
  if (edge.kind === 'equivalence')
    return [
      {
        months: edge.months ?? 0,
        edge: key,
        route: target.qualifications.routes.find((r) => r.id === edge.route) ?? null,
      },
    ];
  const routes = target.qualifications.routes.filter((r) => !r.equivalentCombination);
  if (edge.months !== null) {
    const route = routes.find((r) => namesClass(graph, r, edge.source, target));
    return [{ months: edge.months, edge: key, route: route ?? null }];
  }
  if (routes.length === 0)
    return [{ months: target.qualifications.minExperienceMonths ?? 0, edge: key, route: null }];
  return routes.map((route) => ({
    months: route.experience.reduce((sum, e) => sum + e.months, 0),
    edge: key,
    route,
  }));
}

/** Whether a clause of the route names the class (directly, or as a lower rung "comparable to"). */
function namesClass(
  graph: CareerGraph,
  route: QualificationRoute,
  classId: string,
  target: JobClass,
): boolean {
  const index = graphIndex(graph).classes;
  return route.experience.some((exp) =>
    [...exp.classRefs, ...exp.including.flatMap((inc) => inc.classRefs)].some((ref) =>
      resolveClassReferenceOnce(index, ref, target).some((c) => c.id === classId),
    ),
  );
}
