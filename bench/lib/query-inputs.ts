// Deterministic inputs for the query timings: every class, and pairs for path/gap drawn with a
// seeded generator — half at random, half by a short random walk so most pairs are connected.

import type { CareerGraph } from '../../src/domain/graph/career-graph.ts';
import { buildDefaultProfile } from '../../src/domain/graph/default-profile.ts';
import type { Profile } from '../../src/domain/model/index.ts';
import { seededRandom } from './measure.ts';

export function classPairs(graph: CareerGraph, count: number, seed = 42): [string, string][] {
  const random = seededRandom(seed);
  const nodes = graph.nodes();
  const pick = (): string => nodes[Math.floor(random() * nodes.length)] as string;
  const pairs: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const from = pick();
    if (i % 2 === 0) {
      pairs.push([from, pick()]);
      continue;
    }
    let at = from;
    const steps = 2 + Math.floor(random() * 4);
    for (let s = 0; s < steps; s++) {
      const out = graph.outNeighbors(at);
      if (out.length === 0) break;
      at = out[Math.floor(random() * out.length)] as string;
    }
    pairs.push([from, at]);
  }
  return pairs;
}

/** For each class, a profile: someone from another class (chosen deterministically) with 24 months. */
export function profilesFor(graph: CareerGraph, seed = 7): [string, Profile][] {
  const random = seededRandom(seed);
  const nodes = graph.nodes();
  return nodes.map((id) => {
    const from = nodes[Math.floor(random() * nodes.length)] as string;
    return [id, buildDefaultProfile(graph.getNodeAttributes(from), 24)];
  });
}
