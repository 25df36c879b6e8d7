import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildCareerGraph } from '../../../src/domain/graph/index.ts';
import { fileSlug, teamJson, teamMatrixCsv } from '../../../src/ui/lib/team-export.ts';
import { listWords } from '../../../src/ui/lib/format.ts';
import { buildTeamView, missingPieces, nextLabel } from '../../../src/ui/lib/team-view.ts';
import type { StoredTeam } from '../../../src/ui/state/team-store.svelte.ts';
import { seedGraph } from '../../fixtures/seed-graph.ts';

const graph = buildCareerGraph(seedGraph());
const members = [
  { label: 'Ana', classId: 'il-sucss:0264', months: 10 },
  { label: 'Ben', classId: 'westchester-ny:case-manager-ii-social-work', months: 30 },
  { label: 'Old', classId: 'gone:1234', months: 5 },
];

describe('buildTeamView(graph, members, target)', () => {
  it('assesses the members this graph knows and lists the others apart', () => {
    const view = buildTeamView(graph, members, 'il-sucss:0876');
    expect(view.result?.members.map((m) => m.label)).toEqual(['Ana', 'Ben']);
    expect(view.skipped.map((m) => m.label)).toEqual(['Old']);
  });

  it('gives no result without a known target or any known member', () => {
    expect(buildTeamView(graph, members, null).result).toBeNull();
    expect(buildTeamView(graph, members, 'nope').result).toBeNull();
    expect(buildTeamView(graph, [members[2]!], 'il-sucss:0876').result).toBeNull();
  });
});

describe('missingPieces(member)', () => {
  it('names the credentials and the months still missing, and nothing for an eligible member', () => {
    const result = buildTeamView(
      graph,
      [...members.slice(0, 2), { label: 'Sup', classId: 'il-sucss:3730', months: 24 }],
      'il-sucss:0876',
    ).result;
    const byLabel = new Map(result?.members.map((m) => [m.label, missingPieces(m)]));
    expect(byLabel.get('Sup')).toEqual([]);
    const ana = result?.members.find((m) => m.label === 'Ana');
    expect(byLabel.get('Ana')).toEqual([
      ...(ana?.eligibility.missingCredentials ?? []),
      `${ana?.eligibility.monthsNeeded} more months of qualifying experience`,
    ]);
    expect(byLabel.get('Ana')?.[0]).toMatch(/^Master's degree/);
  });
});

describe('missingPieces(member) with what only a person can confirm', () => {
  it('names each item to confirm after the credentials and months', () => {
    const member = {
      eligibility: {
        status: 'missing-credential' as const,
        monthsNeeded: 6,
        missingCredentials: ["Bachelor's degree"],
        toConfirm: ['United States citizenship'],
        route: null,
        explanation: '',
      },
    } as unknown as Parameters<typeof missingPieces>[0];
    expect(missingPieces(member)).toEqual([
      "Bachelor's degree",
      '6 more months of qualifying experience',
      'to confirm: United States citizenship',
    ]);
  });
});

describe('teamMatrixCsv(result) and teamJson(team)', () => {
  it('writes one row per competency in the heatmap order, a column per member, the summary, then eligibility', () => {
    const result = buildTeamView(graph, members.slice(0, 2), 'il-sucss:0876').result!;
    const rows = csvParseRows(teamMatrixCsv(result).trim());
    expect(rows[0]).toEqual([
      'competency',
      'competency id',
      'target proficiency (Medical Social Consultant)',
      'Ana (Medical Social Assistant)',
      'Ben (Case Manager II (Social Work))',
      'summary',
    ]);
    expect(rows.slice(1, -1).map((r) => r[1])).toEqual(result.competencies.map((c) => c.id));
    const first = result.competencies[0]!;
    expect(rows[1]?.slice(3)).toEqual([
      ...first.cells.map(
        (c) =>
          `${c.status === 'to-raise' ? 'to raise' : c.status}${c.proficiency !== null ? ` (${c.proficiency})` : ''}`,
      ),
      first.summary,
    ]);
    expect(rows.at(-1)?.[0]).toBe('eligibility for the target');
  });

  it('exports the team as the JSON the CLI reads, with its name and target', () => {
    const team: StoredTeam = {
      id: 't-1',
      name: 'Intake',
      members: members.slice(0, 1),
      target: 'il-sucss:0876',
      createdAt: 'x',
      savedAt: 'y',
    };
    expect(JSON.parse(teamJson(team))).toEqual({
      name: 'Intake',
      target: 'il-sucss:0876',
      members: [{ label: 'Ana', classId: 'il-sucss:0264', months: 10 }],
    });
  });
});

describe('small wording helpers', () => {
  it.each([
    { input: [], expected: '' },
    { input: ['A'], expected: 'A' },
    { input: ['A', 'B', 'C'], expected: 'A, B and C' },
  ])('listWords($input) → "$expected"', ({ input, expected }) => {
    expect(listWords(input)).toBe(expected);
  });

  it('finds a free member label and a file name', () => {
    expect(nextLabel([{ label: 'Member 2', classId: 'c', months: 0 }])).toBe('Member 3');
    expect(
      nextLabel([
        { label: 'x', classId: 'c', months: 0 },
        { label: 'Member 3', classId: 'c', months: 0 },
      ]),
    ).toBe('Member 4');
    expect(fileSlug('Intake team — Élan (2026)')).toBe('intake-team-elan-2026');
    expect(fileSlug('!!!')).toBe('team');
  });
});
