// formatPlanMarkdown(plan, options): a development plan as a Markdown document a client can keep —
// the route, every step with its dates, milestones as a checklist, the KSAs to develop and the
// sentences of the specifications each rests on.
// [Reference] issue 5 "Development plan" (a Markdown export); CommonMark (task lists from GFM).
// NOTE: dates are written as "15 January 2027" in UTC, so the same plan gives the same text anywhere.

import { proficiencyLabel } from '../ksa/normalize-proficiency.ts';
import { educationText, foldSpaces, routeName, type Evidence } from '../model/index.ts';
import type { CompetencySide, GapRow } from './queries/gap.ts';
import type { DevelopmentPlan, PlanMilestone, PlanStep } from './queries/development-plan.ts';
import type { ClassSummary } from './queries/ladder.ts';

export interface FormatPlanMarkdownOptions {
  /** A class id's title, for the profile's classes. Default: the id. */
  classTitle?: (id: string) => string;
  /** A jurisdiction id's name. Default: the id. */
  jurisdictionName?: (id: string) => string;
  /** The address that opens the same plan in Rungs. Default none. */
  link?: string;
}

/** "15 January 2027" from "2027-01-15". */
export function formatPlanDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** NOTE: 0 → "no time"; 12 → "1 year"; 30 → "2 years 6 months". */
export function formatPlanDuration(months: number): string {
  if (months <= 0) return 'no time';
  const y = Math.floor(months / 12);
  const m = months % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : '']
    .filter(Boolean)
    .join(' ');
}

function oneLine(text: string): string {
  return foldSpaces(text);
}

function cite(e: Pick<Evidence, 'file' | 'line'>): string {
  return `${e.file}${e.line !== null ? `, line ${e.line}` : ''}`;
}

function level(side: CompetencySide | null): string {
  if (!side || side.proficiency === null) return 'not stated';
  return `${proficiencyLabel(side.proficiency, side.proficiencyWord)}, ${side.proficiency}/5`;
}

/** The statement the side's proficiency comes from (the first one when none states it). */
export function strongest(side: CompetencySide): CompetencySide['ksas'][number] | undefined {
  return (
    side.ksas.find(
      (k) =>
        side.proficiencyWord !== null &&
        k.text.toLowerCase().includes(side.proficiencyWord.toLowerCase()),
    ) ?? side.ksas[0]
  );
}

function classLine(c: ClassSummary, jurisdiction: (id: string) => string): string {
  return `${c.title}${c.code ? ` (${c.code})` : ''}, ${jurisdiction(c.jurisdiction)}`;
}

function milestoneLine(m: PlanMilestone): string {
  const when = m.date
    ? formatPlanDate(m.date)
    : m.kind === 'credential'
      ? 'When earned'
      : m.kind === 'confirm'
        ? 'To confirm'
        : 'Depends on the client';
  const box = m.kind === 'alternative' ? '-' : '- [ ]';
  return `${box} **${when}** — ${oneLine(m.text)}${m.kind === 'alternative' ? ' _(alternative)_' : ''}`;
}

function ksaLines(rows: GapRow[], raise: boolean): string[] {
  return rows.map((r) => {
    const target = strongest(r.to);
    const now = r.from ? strongest(r.from) : undefined;
    const levels = raise
      ? ` — ${level(r.from)} → ${level(r.to)}`
      : r.to.proficiency !== null
        ? ` — ${level(r.to)}`
        : '';
    const quotes = [
      target ? `Asks: “${oneLine(target.text)}” (${cite(target)})` : '',
      raise && now ? `Now: “${oneLine(now.text)}” (${cite(now)})` : '',
    ].filter(Boolean);
    return `- **${r.name}**${levels}. ${quotes.join('. ')}`;
  });
}

function stepLines(step: PlanStep, jurisdiction: (id: string) => string): string[] {
  const e = step.eligibility;
  const standing =
    e.status === 'eligible'
      ? `meets route ${e.route ? routeName(e.route.label, e.route.id) : ''} by the end`
      : e.status === 'missing-credential'
        ? e.missingCredentials.length > 0
          ? `still needs ${e.missingCredentials.join(' and ')}`
          : `still to confirm: ${e.toConfirm.join('; ')}`
        : e.status === 'after-months'
          ? `${e.monthsNeeded ?? 0} more months of qualifying experience`
          : 'needs a person’s review of the qualifications';
  const lines = [
    `## Step ${step.index}: ${step.from.title} → ${step.to.title}`,
    '',
    `${step.kind === 'promotion' ? 'Promotion' : 'Equivalent experience'} (${oneLine(step.basis)}) · ${formatPlanDuration(step.months)} · ${formatPlanDate(step.startDate)} → ${formatPlanDate(step.endDate)} · ${standing}.`,
    '',
    `Target: ${classLine(step.to, jurisdiction)}.`,
    '',
    '### Milestones',
    '',
    ...(step.milestones.length > 0
      ? step.milestones.map(milestoneLine)
      : ['- Nothing to wait for: the step is open from its start.']),
    '',
    '### KSAs to develop',
    '',
  ];
  if (step.develop.toRaise.length === 0 && step.develop.new.length === 0) {
    lines.push(
      `${step.to.title} asks for no competency ${step.from.title} does not already ask for at that level.`,
      '',
    );
  }
  if (step.develop.toRaise.length > 0)
    lines.push('To raise:', '', ...ksaLines(step.develop.toRaise, true), '');
  if (step.develop.new.length > 0) lines.push('New:', '', ...ksaLines(step.develop.new, false), '');
  if (step.evidence.length > 0) {
    lines.push('### Evidence', '');
    for (const ev of step.evidence) lines.push(`> “${oneLine(ev.text)}” — ${cite(ev)}`, '');
  }
  return lines;
}

export function formatPlanMarkdown(
  plan: DevelopmentPlan,
  options: FormatPlanMarkdownOptions = {},
): string {
  const title = options.classTitle ?? ((id: string) => id);
  const jurisdiction = options.jurisdictionName ?? ((id: string) => id);
  const p = plan.profile;
  const education = educationText(p.education.level, p.education.field);
  const experience =
    p.experience.length > 0
      ? p.experience.map((x) => `${x.months} months as ${title(x.classId)}`).join(', ')
      : 'no experience recorded';
  const licences = p.licenses.length > 0 ? `licences: ${p.licenses.join(', ')}` : 'no licences';

  const lines: string[] = [
    `# Development plan: ${plan.from.title} → ${plan.to.title}`,
    '',
    `- **From:** ${classLine(plan.from, jurisdiction)}`,
    `- **To:** ${classLine(plan.to, jurisdiction)}`,
    `- **Starts:** ${formatPlanDate(plan.start)}`,
  ];
  if (plan.found) {
    lines.push(
      `- **Reaches the target:** ${formatPlanDate(plan.end)} (${formatPlanDuration(plan.totalMonths)}, ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'})`,
    );
  }
  lines.push(
    `- **Profile:** ${education}; ${experience}; ${licences}${plan.profileAssumed ? ` _(assumed: the minimum ${plan.from.title} asks)_` : ''}`,
  );
  if (plan.alternative > 0)
    lines.push(`- **Route:** alternative ${plan.alternative} of the path planner`);
  if (options.link) lines.push(`- **Open in Rungs:** ${options.link}`);
  lines.push('');

  if (!plan.found) {
    lines.push(
      `No path of promotions or equivalent experience leads from ${plan.from.title} to ${plan.to.title}.`,
      '',
    );
    return lines.join('\n');
  }
  if (plan.credentials.length > 0) {
    lines.push('## Credentials to obtain', '');
    for (const c of plan.credentials)
      lines.push(
        `- [ ] ${c.text} — first needed for step ${c.step}, by ${formatPlanDate(c.neededBy)}`,
      );
    lines.push('');
  }
  for (const step of plan.steps) lines.push(...stepLines(step, jurisdiction));
  lines.push(
    '---',
    '',
    '_Made with Rungs from the published class specifications. Minimum qualifications decide who may apply; dates assume full-time work from the start date. The plan was made in the browser: nothing was sent anywhere._',
    '',
  );
  return lines.join('\n');
}
