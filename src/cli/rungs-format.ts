// Text renderings of the graph queries' results for the `rungs` command (the --json output is the
// results themselves). Plain text, one fact per line, evidence as file:line "quote".
// [Reference] issue 3 "CLI"; src/domain/graph/queries/* for the result types.

import type {
  EligibilityResult,
  GapResult,
  GapRow,
  LadderResult,
  NextRolesResult,
  PathPlan,
  PathResult,
  PathStep,
  TeamGapResult,
} from '../domain/graph/index.ts';
import { foldSpaces, routeName, type Evidence } from '../domain/model/index.ts';

const name = (c: { title: string; classId: string }): string => `${c.title} (${c.classId})`;

function quote(text: string, max = 110): string {
  const t = foldSpaces(text);
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

function evidenceLines(evidence: readonly Evidence[], indent: string, max = 4): string[] {
  return evidence
    .slice(0, max)
    .map((e) => `${indent}${e.file}${e.line !== null ? `:${e.line}` : ''} ${quote(e.text)}`);
}

export function formatNextRoles(r: NextRolesResult, title: string): string {
  const lines = [`Next roles for ${title} (${r.classId}): ${r.roles.length} of ${r.total}`];
  if (r.assumed !== null) {
    const held = r.assumed.map((a) => `${a.months} months as ${a.title} (${a.classId})`);
    lines.push(
      `Eligibility for someone who just meets its minimum${held.length > 0 ? `, with the experience it asks taken as ${held.join(' and ')}` : ''}; --profile gives a person's own.`,
    );
  }
  for (const role of r.roles) {
    lines.push('');
    lines.push(
      `${String(role.rank).padStart(2)}. ${name(role)}${role.nextRung ? ' · next rung' : ''}  [${role.jurisdiction}]`,
    );
    lines.push(
      `    eligibility: ${role.eligibility.status}${role.monthsNeeded ? `, ${role.monthsNeeded} months still needed` : ''}`,
    );
    lines.push(`    ${role.eligibility.explanation}`);
    for (const reason of role.reasons) {
      if (reason.kind === 'promotion') {
        lines.push(
          `    why: promotion (${reason.basis})${reason.months !== null ? `, ${reason.months} months` : ''}`,
        );
      } else if (reason.kind === 'equivalence') {
        lines.push(
          `    why: equivalent experience, route ${routeName(reason.route.label, reason.route.id)}${reason.months !== null ? `, ${reason.months} months` : ''}, match ${reason.score.toFixed(2)}`,
        );
      } else {
        lines.push(
          `    why: shared KSAs ${reason.overlapPercent}% (weight ${reason.weight.toFixed(2)}): ${reason.competencies
            .slice(0, 6)
            .map((c) => c.name)
            .join(', ')}${reason.competencies.length > 6 ? ', …' : ''}`,
        );
      }
    }
  }
  if (r.roles.length === 0)
    lines.push('', 'No promotion, equivalence or shared-KSA edges lead anywhere from this class.');
  return lines.join('\n');
}

export function formatLadder(r: LadderResult): string {
  const current = r.rungs.find((x) => x.current);
  const series = current?.series;
  const lines = [
    `Ladder of ${current ? name(current) : r.classId}${series ? `, ${series.title}` : ''}`,
  ];
  for (const rung of r.rungs) {
    lines.push(
      `${rung.current ? '▶' : ' '} ${String(rung.rung).padStart(2)}  ${rung.title}${rung.code ? ` (${rung.code})` : ''}`,
    );
    for (const step of rung.up) {
      lines.push(
        `       ↑ to ${step.to.title}: ${step.basis}${step.months !== null ? `, ${step.months} months` : ''}`,
      );
    }
  }
  if (r.leadsTo.length > 0) {
    lines.push('', 'The top rung leads to:');
    for (const s of r.leadsTo) {
      lines.push(
        `  ${s.from.title} → ${name(s.to)}: ${s.basis}${s.months !== null ? `, ${s.months} months` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

export function formatEligibility(r: EligibilityResult): string {
  const lines = [`${r.title} (${r.classId}): ${r.status}`, r.explanation];
  if (r.routeSource)
    lines.push(
      `  route text at ${r.routeSource.file}${r.routeSource.line !== null ? `:${r.routeSource.line}` : ''}`,
    );
  lines.push('', 'Routes:');
  for (const route of r.routes) {
    const missing = [
      route.missing.education
        ? `${route.missing.education.needed}${route.missing.education.field ? ` in ${route.missing.education.field}` : ''}`
        : null,
      route.missing.months ? `${route.missing.months.short} more months` : null,
      ...route.missing.licenses,
    ].filter((x): x is string => x !== null);
    const state = route.met
      ? 'met'
      : route.needsReview
        ? 'needs review'
        : `missing ${missing.join(', ') || 'nothing the rules can check'}`;
    lines.push(
      `  ${route.met ? '✓' : '✗'} route ${routeName(route.label, route.routeId)}: ${state}`,
    );
    lines.push(`      ${quote(route.text, 140)}`);
  }
  return lines.join('\n');
}

const DEGREE: Record<string, string> = {
  high_school: 'high school diploma',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

/** "master's degree in social work (✗ lacks it); licence LSW or LCSW (✗ lacks it)". */
function formatRequirements(r: PathStep['requires']): string {
  const mark = (met: boolean | null): string =>
    met === null ? '' : met ? ' (✓ has it)' : ' (✗ lacks it)';
  const parts: string[] = [];
  if (r.education && r.education.level !== 'none') {
    const field = r.education.field ? ` in ${r.education.field}` : '';
    parts.push(`${DEGREE[r.education.level] ?? r.education.level}${field}${mark(r.education.met)}`);
  }
  for (const l of r.licenses) parts.push(`licence ${l.anyOf.join(' or ') || l.name}${mark(l.met)}`);
  for (const o of r.other) parts.push(`${quote(o, 80)} (to be checked)`);
  return parts.join('; ');
}

function formatPlan(p: PathPlan, indent: string): string[] {
  const lines: string[] = [];
  p.steps.forEach((s, i) => {
    const route = s.route ? `, route ${routeName(s.route.label, s.route.id)}` : '';
    const needed = s.monthsNeeded !== s.months ? ` (${s.monthsNeeded} still needed)` : '';
    lines.push(
      `${indent}${i + 1}. ${s.from.title} → ${s.to.title}: ${s.months} months${needed} — ${s.kind}, ${s.basis}${route}`,
    );
    const needs = formatRequirements(s.requires);
    if (needs !== '') lines.push(`${indent}     needs besides months: ${needs}`);
    lines.push(...evidenceLines(s.evidence, `${indent}     `, 2));
  });
  lines.push(`${indent}Total: ${p.totalMonths} months`);
  return lines;
}

export function formatPath(r: PathResult, fromTitle: string, toTitle: string): string {
  if (!r.found)
    return `No route from ${fromTitle} (${r.from}) to ${toTitle} (${r.to}) over promotion and equivalence edges.`;
  const lines = [`Quickest route from ${fromTitle} to ${toTitle}:`, ...formatPlan(r, '  ')];
  r.alternatives.forEach((alt, i) =>
    lines.push('', `Alternative ${i + 1}:`, ...formatPlan(alt, '  ')),
  );
  return lines.join('\n');
}

const prof = (p: number | null, word: string | null): string =>
  p === null ? '–' : `${p}${word ? ` ${word}` : ''}`;

function gapRows(title: string, rows: GapRow[]): string[] {
  if (rows.length === 0) return [];
  const lines = ['', `${title} (${rows.length}):`];
  for (const row of rows) {
    lines.push(
      `  ${row.name} [${row.id}]: ${row.from ? prof(row.from.proficiency, row.from.proficiencyWord) : 'absent'} → ${prof(row.to.proficiency, row.to.proficiencyWord)}`,
    );
    if (row.from?.ksas[0]) lines.push(`      now:    ${quote(row.from.ksas[0].text)}`);
    if (row.to.ksas[0]) lines.push(`      target: ${quote(row.to.ksas[0].text)}`);
  }
  return lines;
}

export function formatGap(r: GapResult): string {
  const q = r.qualifications;
  const lines = [
    `Gap from ${name(r.from)} to ${name(r.to)}`,
    ...gapRows('To raise', r.toRaise),
    ...gapRows('New', r.new),
    ...gapRows('Shared', r.shared),
    '',
    'Qualifications:',
    `  education: ${q.education.from.level}${q.education.from.field ? ` (${q.education.from.field})` : ''} → ${q.education.to.level}${q.education.to.field ? ` (${q.education.to.field})` : ''}${q.education.raise ? '  ← higher level needed' : ''}`,
  ];
  for (const route of q.routes) {
    const exp = route.experience.map(
      (e) =>
        `${e.months} months of ${e.kind}${e.countsFromCurrent ? ' (current work counts)' : ''}`,
    );
    const parts = [
      route.education
        ? `${route.education.level}${route.education.field ? ` in ${route.education.field}` : ''}`
        : null,
      ...exp,
      ...route.licenses,
    ].filter((x): x is string => x !== null);
    lines.push(
      `  route ${routeName(route.label, route.id)}: ${route.equivalentCombination ? 'equivalent combination' : parts.join(' + ') || quote(route.text)}`,
    );
  }
  if (q.licenses.new.length > 0) lines.push(`  new licences: ${q.licenses.new.join(', ')}`);
  lines.push(`  standing: ${q.eligibility.status} — ${q.eligibility.explanation}`);
  return lines.join('\n');
}

export function formatTeamGap(r: TeamGapResult): string {
  const labels = r.members.map((m) => m.label);
  const width = Math.max(10, ...r.competencies.map((c) => c.name.length));
  const cellWidth = Math.max(6, ...labels.map((l) => l.length));
  const lines = [
    `Team against ${name(r.target)}: ✓ covered, ↑ to raise, ✗ missing`,
    '',
    `${'competency'.padEnd(width)}  ${'target'.padEnd(6)}  ${labels.map((l) => l.padEnd(cellWidth)).join('  ')}  cover`,
  ];
  for (const row of r.competencies) {
    const cells = row.cells.map((c) =>
      `${c.status === 'covered' ? '✓' : c.status === 'to-raise' ? '↑' : '✗'}${c.proficiency !== null ? ` ${c.proficiency}` : ''}`.padEnd(
        cellWidth,
      ),
    );
    lines.push(
      `${row.name.padEnd(width)}  ${String(row.target.proficiency ?? '–').padEnd(6)}  ${cells.join('  ')}  ${row.summary}`,
    );
  }
  lines.push('', 'Members:');
  for (const m of r.members) {
    lines.push(`  ${m.label}: ${m.title}, ${m.months} months — ${m.eligibility.status}`);
    lines.push(`      ${m.eligibility.explanation}`);
  }
  return lines.join('\n');
}
