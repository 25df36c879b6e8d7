import { describe, expect, it } from 'vitest';
import {
  formatPlanDate,
  formatPlanDuration,
  formatPlanMarkdown,
} from '../../../src/domain/graph/format-plan-markdown.ts';
import { developmentPlan } from '../../../src/domain/graph/queries/development-plan.ts';
import { idOf, seedGraph } from './seed-graph.ts';

const graph = seedGraph();
const assistant = idOf(graph, 'Medical Social Assistant');
const supervisor = idOf(graph, 'Supervisor of Medical Social Services');
const title = (id: string): string => graph.getNodeAttribute(id, 'title');

describe('formatPlanMarkdown(plan, options)', () => {
  const plan = developmentPlan(graph, assistant, supervisor, { start: '2026-01-15' });
  const md = formatPlanMarkdown(plan, {
    classTitle: title,
    jurisdictionName: () => 'SUCSS',
    link: 'http://x/#/plan?from=a',
  });

  it('has one section per step, in order, each with its dates', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## Step'));
    expect(headings).toEqual([
      '## Step 1: Medical Social Assistant → Medical Social Associate',
      '## Step 2: Medical Social Associate → Medical Social Consultant',
      '## Step 3: Medical Social Consultant → Assistant Supervisor of Medical Social Services',
      '## Step 4: Assistant Supervisor of Medical Social Services → Supervisor of Medical Social Services',
    ]);
    expect(md).toContain('15 January 2026 → 15 January 2027');
    expect(md).toContain('- **Reaches the target:** 15 January 2032 (6 years, 4 steps)');
  });

  it('lists the credentials to obtain, the milestones as a checklist and the assumed profile', () => {
    expect(md).toMatch(
      /## Credentials to obtain\n\n- \[ \] Master's degree in .+ — first needed for step 2, by 15 January 2029/,
    );
    expect(md).toContain('- [ ] **15 January 2027** — 12 months as Medical Social Assistant');
    expect(md).toContain("- [ ] **When earned** — a Master's degree");
    expect(md).toContain(
      '0 months as Medical Social Assistant; no licences _(assumed: the minimum Medical Social Assistant asks)_',
    );
    expect(md).toContain('- **Open in Rungs:** http://x/#/plan?from=a');
  });

  it('quotes the KSAs to raise from both specs and the evidence with file and line', () => {
    expect(md).toMatch(
      /- \*\*Social work practice\*\* — .+ → thorough, 4\/5\. Asks: “Thorough knowledge of social work methods and principles” \((data\/)?seeds\/il-sucss-medical-social-services-series\.txt, line \d+\)/,
    );
    expect(md).toContain('Ability to work independently');
    expect(md).toMatch(
      /> “.+” — (data\/)?seeds\/il-sucss-medical-social-services-series\.txt, line \d+/,
    );
  });

  it('says so when no path leads to the target', () => {
    const none = developmentPlan(graph, supervisor, assistant, { start: '2026-01-15' });
    const text = formatPlanMarkdown(none);
    expect(text).toContain(
      'No path of promotions or equivalent experience leads from Supervisor of Medical Social Services to Medical Social Assistant.',
    );
    expect(text).not.toContain('## Step');
  });
});

describe('formatPlanDate(iso) and formatPlanDuration(months)', () => {
  it.each([
    { input: '2027-01-15', expected: '15 January 2027' },
    { input: '2028-02-29', expected: '29 February 2028' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(formatPlanDate(input)).toBe(expected);
  });

  it.each([
    { input: 0, expected: 'no time' },
    { input: 1, expected: '1 month' },
    { input: 12, expected: '1 year' },
    { input: 30, expected: '2 years 6 months' },
  ])('$input months → $expected', ({ input, expected }) => {
    expect(formatPlanDuration(input)).toBe(expected);
  });
});
