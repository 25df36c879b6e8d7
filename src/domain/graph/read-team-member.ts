// A team member from outside the program (a team file given to the CLI, a team kept in the browser):
// the one check both use. [Reference] queries/team-gap.ts (TeamMember).

import type { TeamMember } from './queries/team-gap.ts';

/**
 * `value` as a team member: a label, a class id (not looked up here) and months in the class (0 or
 * more; 0 when not given). Null when it is not one.
 */
export function readTeamMember(value: unknown): TeamMember | null {
  if (typeof value !== 'object' || value === null) return null;
  const { label, classId, months = 0 } = value as Record<string, unknown>;
  if (typeof label !== 'string' || label.trim() === '') return null;
  if (typeof classId !== 'string' || classId === '') return null;
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 0) return null;
  return { label, classId, months };
}
