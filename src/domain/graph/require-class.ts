// Looks a class up by id in the career graph, or throws the typed error queries promise.
// [Reference] ../shared/STYLE.md "Errors": `nextRoles: job class "x" not found.`

import { ClassNotFoundError } from '../errors.ts';
import type { CareerGraph, JobClassAttributes } from './career-graph.ts';

export function requireClass(graph: CareerGraph, fn: string, id: string): JobClassAttributes {
  if (typeof id !== 'string' || !graph.hasNode(id)) throw new ClassNotFoundError(fn, String(id));
  return graph.getNodeAttributes(id);
}
