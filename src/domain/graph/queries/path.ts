// path(graph, from, to, { profile }): the quickest route from one class to another in months of
// required experience, over promotion and equivalence edges, with each step's months, route, the
// credentials that route needs besides months (and whether the person holds them), evidence, the
// total, and a few cheap alternatives.
// [Reference] ../shared/PRODUCT.md "Who uses it" (career counselors); issue 3 "Queries";
// graphology-shortest-path's bidirectional Dijkstra.
// NOTE: a step costs the months its edge carries (Consultant → Assistant Supervisor: 24, from the
// "comparable to the Medical Social Consultant level" clause; an equivalence edge: its route's
// months); a ladder step that states none goes by the target's cheapest route (Associate →
// Consultant: route 1 + 2A, 0 months, but a master's degree and an LSW/LCSW licence, which the step
// lists in `requires`). With a profile, months already held in a step's source class are taken off
// that step. Among options of equal months, the one needing fewer credentials the person lacks wins
// (a tie-break only: each lacking credential adds 0.001 to the search weight, never a whole month).

import { DirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
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
  routeId: string | null;
}

interface StepAttributes {
  [key: string]: unknown;
  source: string;
  target: string;
  /** Every edge and route joining the pair, cheapest in months first. */
  options: StepOption[];
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
  const requirements = new Map<string, StepRequirements>();
  const requiresOf = (target: string, routeId: string | null): StepRequirements => {
    const key = `${target}\u0000${routeId ?? ''}`;
    let r = requirements.get(key);
    if (!r) {
      const route = graph
        .getNodeAttributes(target)
        .qualifications.routes.find((x) => x.id === routeId);
      r = stepRequirements(route ?? null, profile);
      requirements.set(key, r);
    }
    return r;
  };
  const choose = (a: StepAttributes): { option: StepOption; cost: number; weight: number } => {
    let best: { option: StepOption; cost: number; weight: number } | null = null;
    for (const option of a.options) {
      const cost = Math.max(0, option.months - (held.get(a.source) ?? 0));
      const weight = cost + LACKING_WEIGHT * requiresOf(a.target, option.routeId).lacking;
      if (!best || weight < best.weight) best = { option, cost, weight };
    }
    return best ?? { option: { months: 0, edge: '', routeId: null }, cost: 0, weight: 0 };
  };

  const search = (banned: Set<string>): PathPlan | null => {
    const nodes = bidirectional(steps, from, to, (key, attrs) =>
      banned.has(key) ? Infinity : choose(attrs).weight,
    );
    if (!nodes) return null;
    const plan: PathStep[] = [];
    let total = 0;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const key = steps.edge(nodes[i], nodes[i + 1]);
      if (key === undefined || banned.has(key)) return null;
      const { option, cost } = choose(steps.getEdgeAttributes(key));
      const step = toStep(graph, option, cost, requiresOf);
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
  option: StepOption,
  cost: number,
  requiresOf: (target: string, routeId: string | null) => StepRequirements,
): PathStep {
  const edge = graph.getEdgeAttributes(option.edge);
  const target = graph.getNodeAttributes(edge.target);
  const route =
    option.routeId !== null
      ? target.qualifications.routes.find((r) => r.id === option.routeId)
      : undefined;
  return {
    from: classSummary(graph, edge.source),
    to: classSummary(graph, edge.target),
    kind: edge.kind === 'equivalence' ? 'equivalence' : 'promotion',
    basis: edge.basis,
    months: option.months,
    monthsNeeded: cost,
    route: route ? { id: route.id, label: route.label, text: route.text } : null,
    requires: requiresOf(edge.target, route?.id ?? null),
    evidence: edge.evidence,
    edge: option.edge,
  };
}

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
  const lacking =
    (education !== null && education.met !== true ? 1 : 0) +
    licenses.filter((l) => l.met !== true).length +
    other.length;
  return { education, licenses, other, lacking };
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
    else steps.addEdge(source, target, { source, target, options });
  });
  steps.forEachEdge((_key, attrs) => {
    attrs.options.sort((a, b) => a.months - b.months);
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
    return [{ months: edge.months ?? 0, edge: key, routeId: edge.route ?? null }];
  const routes = target.qualifications.routes.filter((r) => !r.equivalentCombination);
  if (edge.months !== null) {
    const route = routes.find((r) => namesClass(graph, r, edge.source, target));
    return [{ months: edge.months, edge: key, routeId: route?.id ?? null }];
  }
  if (routes.length === 0)
    return [{ months: target.qualifications.minExperienceMonths ?? 0, edge: key, routeId: null }];
  return routes.map((route) => ({
    months: route.experience.reduce((sum, e) => sum + e.months, 0),
    edge: key,
    routeId: route.id,
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
