// Edges in words, the same in every view that names them: the kinds' names (the legend's), an edge
// with both its classes named, and a link as one of its classes sees it.

import type { EdgeKind } from '../../domain/model/index.ts';

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
