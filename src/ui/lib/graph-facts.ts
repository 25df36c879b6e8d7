// Facts about the loaded graph that several views list: jurisdictions with their class counts, the
// licence names and education fields the specifications ask for, and the overview's groups.

import { ladder, type CareerGraph } from '../../domain/graph/index.ts';
import type { EdgeKind, GraphDocument, Jurisdiction } from '../../domain/model/index.ts';
import type { OverviewGroup } from '../layout/overview-layout.ts';

export interface JurisdictionCount extends Jurisdiction {
  count: number;
}

/** Jurisdictions that have classes, with their counts, largest first unless `keepOrder`. */
export function jurisdictionCounts(doc: GraphDocument, keepOrder = false): JurisdictionCount[] {
  const counts = new Map<string, number>();
  for (const c of doc.classes) counts.set(c.jurisdiction, (counts.get(c.jurisdiction) ?? 0) + 1);
  const list = doc.jurisdictions.filter((j) => counts.has(j.id)).map((j) => ({ ...j, count: counts.get(j.id) ?? 0 }));
  return keepOrder ? list : list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Licence names that some route or special requirement asks for. */
export function licenceNames(doc: GraphDocument): string[] {
  const names = new Set<string>();
  for (const c of doc.classes) {
    for (const r of c.qualifications.routes) for (const l of r.licenses) for (const n of l.anyOf.length ? l.anyOf : [l.name]) names.add(n);
    for (const l of c.qualifications.specialLicenses ?? []) names.add(l.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Education fields that some route names. */
export function educationFields(doc: GraphDocument): string[] {
  const fields = new Set<string>();
  for (const c of doc.classes) for (const r of c.qualifications.routes) if (r.education?.field) fields.add(r.education.field);
  return [...fields].sort();
}

export interface OverviewSelection {
  /** Jurisdictions with their groups (ladders, and loose classes as groups of one). */
  groups: { id: string; label: string; groups: OverviewGroup[] }[];
  ids: ReadonlySet<string>;
}

/** The classes of the selected jurisdictions grouped by ladder, for the overview layout. */
export function overviewSelection(graph: CareerGraph, jurisdictions: readonly JurisdictionCount[], selected: ReadonlySet<string>): OverviewSelection {
  const done = new Set<string>();
  const byJ = new Map<string, OverviewGroup[]>();
  graph.forEachNode((id, c) => {
    if (done.has(id) || !selected.has(c.jurisdiction)) return;
    const members = ladder(graph, id)
      .rungs.filter((r) => selected.has(r.jurisdiction) && !done.has(r.classId))
      .map((r) => ({ id: r.classId, rung: r.rung }));
    for (const m of members) done.add(m.id);
    const first = members[0];
    if (!first) return;
    const j = graph.getNodeAttribute(first.id, 'jurisdiction');
    const list = byJ.get(j) ?? [];
    list.push({ members: members.length > 1 ? members : [{ id: first.id, rung: 1 }] });
    byJ.set(j, list);
  });
  return {
    groups: jurisdictions.filter((j) => byJ.has(j.id)).map((j) => ({ id: j.id, label: j.name, groups: byJ.get(j.id) ?? [] })),
    ids: done,
  };
}

/** Edge counts by kind among the given classes. */
export function edgeCounts(graph: CareerGraph, ids: ReadonlySet<string>): Record<EdgeKind, number> {
  const c: Record<EdgeKind, number> = { promotion: 0, equivalence: 0, 'shared-ksa': 0 };
  graph.forEachEdge((_k, e, s, t) => {
    if (ids.has(s) && ids.has(t)) c[e.kind] += 1;
  });
  return c;
}

/** The selected set with one jurisdiction switched on or off, in display order; [] means all. */
export function toggleJurisdiction(all: readonly string[], selected: ReadonlySet<string>, id: string, on: boolean): string[] {
  const next = all.filter((j) => (j === id ? on : selected.has(j)));
  return next.length === all.length ? [] : next;
}
