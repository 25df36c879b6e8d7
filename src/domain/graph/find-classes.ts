// Class ids matching what a person typed: the full id, a class code, or a title (exact, then a
// unique part of it), for the CLI and any other place that takes a class by name.
// [Reference] issue 3 "CLI" (ids given as the full id or a unique title/code match).
// NOTE: "il-sucss:0876" → itself; "0876" → ["il-sucss:0876"]; "medical social consultant" →
// ["il-sucss:0876"] (exact title beats substring); "planner" → five ids (ambiguous: the caller
// decides). The first rule that matches anything wins.

import type { CareerGraph } from './career-graph.ts';
import { normalizeTitle } from './normalize-title.ts';

export function findClasses(graph: CareerGraph, query: string): string[] {
  const q = query.trim();
  if (q === '') return [];
  if (graph.hasNode(q)) return [q];
  const lower = q.toLowerCase();
  const byCode = graph.filterNodes((_id, c) => c.code !== null && c.code.toLowerCase() === lower);
  if (byCode.length > 0) return byCode;
  const title = normalizeTitle(q);
  const exact = graph.filterNodes((_id, c) => normalizeTitle(c.title) === title);
  if (exact.length > 0) return exact;
  return graph.filterNodes(
    (id, c) => normalizeTitle(c.title).includes(title) || id.toLowerCase().includes(lower),
  );
}
