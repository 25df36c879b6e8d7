// A stored profile as the graph queries can take it: classes the current graph does not have
// (a profile saved against another graph document) are left out rather than failing the query.

import type { CareerGraph } from '../../domain/graph/index.ts';
import type { Profile } from '../../domain/model/index.ts';

export function profileForGraph(graph: CareerGraph, profile: Profile): Profile {
  return {
    ...profile,
    experience: profile.experience.filter((e) => graph.hasNode(e.classId) && Number.isFinite(e.months) && e.months >= 0),
  };
}
