// A team's exports: the heatmap as a CSV matrix (one row per competency, one column per member, the
// summary last) and the team itself as JSON (the same shape `rungs team --team` reads, plus a name).
// [Reference] issue 5 "Team gap" (exported as a CSV of the matrix and a JSON of the team); RFC 4180.

import { csvFormatRows } from 'd3-dsv';
import type { TeamGapResult } from '../../domain/graph/index.ts';
import type { StoredTeam } from '../state/team-store.svelte.ts';

const STATUS_WORD = { covered: 'covered', 'to-raise': 'to raise', missing: 'missing' } as const;

/** NOTE: a cell reads "to raise (3)" — the status, then the member's proficiency (1–5) when stated. */
export function teamMatrixCsv(result: TeamGapResult): string {
  const header = [
    'competency',
    'competency id',
    `target proficiency (${result.target.title})`,
    ...result.members.map((m) => `${m.label} (${m.title})`),
    'summary',
  ];
  const rows = result.competencies.map((row) => [
    row.name,
    row.id,
    row.target.proficiency === null ? '' : String(row.target.proficiency),
    ...row.cells.map(
      (c) => `${STATUS_WORD[c.status]}${c.proficiency !== null ? ` (${c.proficiency})` : ''}`,
    ),
    row.summary,
  ]);
  const standing = result.members.map((m) =>
    m.eligibility.status === 'eligible'
      ? 'eligible now'
      : [
          m.eligibility.monthsNeeded ? `${m.eligibility.monthsNeeded} more months` : '',
          ...m.eligibility.missingCredentials,
          ...m.eligibility.toConfirm.map((item) => `to confirm: ${item}`),
        ]
          .filter(Boolean)
          .join('; ') || m.eligibility.status,
  );
  const eligibility = ['eligibility for the target', '', '', ...standing, ''];
  return `${csvFormatRows([header, ...rows, eligibility])}\n`;
}

export interface TeamJson {
  name: string;
  target: string | null;
  members: { label: string; classId: string; months: number }[];
}

export function teamJson(team: StoredTeam): string {
  const out: TeamJson = {
    name: team.name,
    target: team.target,
    members: team.members.map((m) => ({ label: m.label, classId: m.classId, months: m.months })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A file name from a team or plan name: "Intake team" → "intake-team". */
export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'team'
  );
}
