// Edges in words, the same in every view that names them: the kinds' names (the legend's), an edge
// with both its classes named, and a link as one of its classes sees it (and all of a class's).

import type { CareerGraph } from '../../domain/graph/index.ts';
import { routeName, type CareerEdge, type EdgeKind } from '../../domain/model/index.ts';

/** Each edge kind's name, as the legends give it. */
export const EDGE_KIND_NAMES: Record<EdgeKind, string> = {
  promotion: 'Promotion',
  equivalence: 'Equivalent experience',
  'shared-ksa': 'Shared KSAs',
};

/**
 * An edge with both classes named: "Promotion: Medical Social Consultant to Assistant Supervisor
 * of Medical Social Services (24 months)", "Shared KSAs: A and B".
 */
export function edgeText(kind: EdgeKind, source: string, target: string, months: number | null): string {
  const joined = kind === 'shared-ksa' ? 'and' : 'to';
  return `${EDGE_KIND_NAMES[kind]}: ${source} ${joined} ${target}${months !== null ? ` (${months} months)` : ''}`;
}

/**
 * A link as one of its classes sees it (`outgoing`: that class is the edge's source), with an
 * optional detail in parentheses: "promotes to X", "experience as X counts toward it (route b,
 * 12 months)", "shares KSAs with X (9 competencies)".
 */
export function linkText(kind: EdgeKind, outgoing: boolean, other: string, detail: string | null = null): string {
  const d = detail ? ` (${detail})` : '';
  if (kind === 'promotion') return outgoing ? `promotes to ${other}${d}` : `promotion from ${other}${d}`;
  if (kind === 'equivalence') return outgoing ? `experience counts toward ${other}${d}` : `experience as ${other} counts toward it${d}`;
  return `shares KSAs with ${other}${d}`;
}

export interface ClassLink {
  key: string;
  kind: EdgeKind;
  /** `linkText` of the link: "promotes to X (route b, 24 months)". */
  text: string;
  edge: CareerEdge;
}

/**
 * The links of class `id` to the classes in `shown`, of the `kinds` given, in words: a route and
 * months for promotion and equivalence, the number of shared competencies for shared KSAs.
 */
export function classLinks(
  graph: CareerGraph,
  id: string,
  shown: ReadonlySet<string>,
  kinds: readonly EdgeKind[],
): ClassLink[] {
  const out: ClassLink[] = [];
  graph.forEachEdge(id, (key, e, s, t) => {
    if (!shown.has(s) || !shown.has(t) || !kinds.includes(e.kind)) return;
    const other = graph.getNodeAttributes(s === id ? t : s).title;
    let detail: string;
    if (e.kind === 'shared-ksa') detail = `${(e.competencies ?? []).length} competencies`;
    else {
      const route = e.route !== undefined ? graph.getNodeAttributes(t).qualifications.routes.find((r) => r.id === e.route) : undefined;
      detail = [route ? `route ${routeName(route.label, route.id)}` : '', e.months !== null ? `${e.months} months` : ''].filter(Boolean).join(', ');
    }
    out.push({ key, kind: e.kind, text: linkText(e.kind, s === id, other, detail || null), edge: e });
  });
  return out;
}
