// The team-gap view's selection and wording: which stored members the current graph can assess,
// the team-gap query over them, and each member's standing in words ("26 more months", "Master's
// degree in …"). The gap itself is the `teamGap` query's.
// [Reference] issue 5 "Team gap"; ../shared/UI.md "Eligibility has four states".

import {
  teamGap,
  type CareerGraph,
  type TeamGapResult,
  type TeamMemberStanding,
} from '../../domain/graph/index.ts';
import type { StoredMember } from '../state/team-store.svelte.ts';

export interface TeamView {
  result: TeamGapResult | null;
  /** Members whose class this graph document does not have (a team saved against another graph). */
  skipped: StoredMember[];
}

export function buildTeamView(
  graph: CareerGraph,
  members: readonly StoredMember[],
  target: string | null,
): TeamView {
  const known = members.filter((m) => graph.hasNode(m.classId));
  const skipped = members.filter((m) => !graph.hasNode(m.classId));
  if (target === null || !graph.hasNode(target) || known.length === 0)
    return { result: null, skipped };
  return {
    result: teamGap(
      graph,
      known.map((m) => ({ label: m.label, classId: m.classId, months: m.months })),
      target,
    ),
    skipped,
  };
}

/** What a member still lacks for the target, one phrase each; empty when eligible now. */
export function missingPieces(member: TeamMemberStanding): string[] {
  const e = member.eligibility;
  if (e.status === 'eligible') return [];
  const out = [...e.missingCredentials];
  if (e.monthsNeeded)
    out.push(
      `${e.monthsNeeded} more month${e.monthsNeeded === 1 ? '' : 's'} of qualifying experience`,
    );
  for (const item of e.toConfirm) out.push(`to confirm: ${item}`);
  if (out.length === 0 && e.status === 'unreachable')
    out.push('a person’s review (no route the rules can check)');
  return out;
}


/** A label not yet in the team: "Member 4", "Member 5", … */
export function nextLabel(members: readonly StoredMember[]): string {
  const taken = new Set(members.map((m) => m.label.toLowerCase()));
  let n = members.length + 1;
  while (taken.has(`member ${n}`)) n += 1;
  return `Member ${n}`;
}
