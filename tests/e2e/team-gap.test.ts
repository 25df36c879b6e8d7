import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { teamGap } from '../../src/domain/graph/index.ts';
import { PHONE, useBrowser } from './browser.ts';
import { downloadText, pickClass, servedGraph } from './gap-pick.ts';

const ASSISTANT = 'il-sucss:0264';
const CASE_MANAGER = 'westchester-ny:case-manager-ii-social-work';
const CLIENT = 'md-county:client-assistance-specialist';
const CONSULTANT = 'il-sucss:0876';
const TEAM = [
  {
    label: 'Ana',
    classId: ASSISTANT,
    months: 10,
    query: 'medical social assistant',
    title: 'Medical Social Assistant',
  },
  {
    label: 'Ben',
    classId: CASE_MANAGER,
    months: 30,
    query: 'case manager ii',
    title: 'Case Manager II',
  },
  {
    label: 'Cy',
    classId: CLIENT,
    months: 6,
    query: 'client assistance',
    title: 'Client Assistance Specialist',
  },
];

async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('team-save-state').getAttribute('data-state'))
    .toBe('saved');
}

async function addMember(page: Page, m: (typeof TEAM)[number]): Promise<void> {
  await page.getByLabel('Label', { exact: true }).fill(m.label);
  await pickClass(page, 'Current class', m.query, m.title);
  await page.getByLabel('Months in that class').fill(String(m.months));
  await page.getByTestId('add-member').click();
  await page.locator(`[data-testid="team-members"] li[data-label="${m.label}"]`).waitFor();
  await saved(page);
}

/** The heatmap as [competency id, member, status] in drawing order. */
async function heatmapCells(page: Page): Promise<string[][]> {
  return page
    .locator('[data-testid="team-heatmap"] g.cell')
    .evaluateAll((cells) =>
      cells.map((c) => [
        c.getAttribute('data-competency') ?? '',
        c.getAttribute('data-member') ?? '',
        c.getAttribute('data-status') ?? '',
      ]),
    );
}

describe('team gap', () => {
  const e2e = useBrowser();

  it('shows a team of three against Medical Social Consultant: heatmap, uncovered competencies, missing pieces; kept over a reload', async () => {
    const graph = await servedGraph(inject('baseURL'));
    const expected = teamGap(
      graph,
      TEAM.map(({ label, classId, months }) => ({ label, classId, months })),
      CONSULTANT,
    );

    const page = await e2e.open('#/team');
    await expect.poll(() => page.getByRole('heading', { name: 'Start a team' }).count()).toBe(1);
    for (const m of TEAM) await addMember(page, m);
    await pickClass(page, 'Target class', 'medical social consultant', 'Medical Social Consultant');
    await page.getByTestId('team-heatmap').waitFor();
    await saved(page);
    expect(page.url()).toMatch(/#\/team\?team=t-[0-9a-z]+&target=il-sucss:0876$/);

    // The heatmap: every cell of the query's matrix, rows in its order (nobody-covers first).
    const cells = await heatmapCells(page);
    expect(cells).toEqual(
      expected.competencies.flatMap((row) => row.cells.map((c) => [row.id, c.member, c.status])),
    );
    // Hand-checked against the specs: the Case Manager II's "good knowledge of modern principles and
    // techniques of social work" is below the Consultant's "thorough"; the Assistant's list has none.
    const social = expected.competencies.find((r) => r.name === 'Social work practice');
    expect(cells.filter((c) => c[0] === social?.id).map((c) => [c[1], c[2]])).toEqual([
      ['Ana', 'missing'],
      ['Ben', 'to-raise'],
      ['Cy', 'covered'],
    ]);

    // The competencies nobody covers, listed first; "Ability to work independently" is in no member's list.
    const uncovered = await page
      .getByTestId('team-uncovered')
      .locator('li')
      .evaluateAll((li) => li.map((x) => x.getAttribute('data-competency')));
    expect(uncovered).toEqual(expected.uncovered);
    expect(await page.getByTestId('team-uncovered').innerText()).toContain('Independence');
    expect(await page.getByTestId('team-summary').innerText()).toContain(
      `Nobody covers ${expected.uncovered.length} of the ${expected.competencies.length} competencies`,
    );
    expect(
      await page.locator('[data-testid="team-heatmap"] .row-label .summary').first().textContent(),
    ).toContain('0 of 3 cover it');

    // Each member's missing pieces: the Consultant asks a master's and 36 months of social work (route B).
    const pieces = async (label: string): Promise<string> =>
      page
        .locator(
          `[data-testid="team-standings"] li[data-label="${label}"] [data-testid="missing-pieces"]`,
        )
        .innerText();
    expect(await pieces('Ana')).toMatch(
      /Master's degree in social or behavioral science.*26 more months/,
    );
    expect(await pieces('Ben')).toMatch(
      /Master's degree in social or behavioral science.*6 more months/,
    );
    const cy = expected.members.find((m) => m.label === 'Cy');
    expect(await pieces('Cy')).toContain(`${cy?.eligibility.monthsNeeded} more months`);
    await e2e.screenshot(page, 'team-desktop');
    await page.getByTestId('team-heatmap').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'team-desktop-heatmap');
    await e2e.screenshot(page, 'team-desktop-full', { fullPage: true });

    // The table twin holds the same matrix.
    await page.getByTestId('toggle-table').click();
    const rows = page.locator('[data-testid="team-table"] tbody tr');
    expect(await rows.count()).toBe(expected.competencies.length);
    expect(
      await page
        .locator(
          `[data-testid="team-table"] tr[data-competency="${social?.id}"] td[data-member="Ben"]`,
        )
        .innerText(),
    ).toMatch(/To raise: \w+/);
    await page.getByTestId('toggle-table').click();

    // Exports: the matrix as CSV, the team as JSON, downloaded, not sent anywhere.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csvText = await downloadText(csv);
    expect(csvText.split('\n')[0]).toContain('Ana (Medical Social Assistant)');
    expect(csvText).toMatch(/Independence,1\.C\.6,,missing,missing,missing,0 of 3 cover it/);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(JSON.parse(await downloadText(json))).toMatchObject({
      target: CONSULTANT,
      members: TEAM.map(({ label, classId, months }) => ({ label, classId, months })),
    });

    // Renamed, then reloaded: the team comes back from IndexedDB.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Intake unit');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.getByTestId('team-name').textContent()).toBe('Intake unit');
    await saved(page);
    await page.reload();
    await page.getByTestId('team-heatmap').waitFor();
    expect(await page.getByTestId('team-name').textContent()).toBe('Intake unit');
    expect(await heatmapCells(page)).toEqual(cells);

    // Removed: gone after a reload too.
    await page.getByRole('button', { name: 'Remove…' }).click();
    await page.getByTestId('confirm-remove').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Start a team' }).count()).toBe(1);
    await saved(page);
    await page.goto(e2e.url('#/team'));
    await expect.poll(() => page.getByRole('heading', { name: 'Start a team' }).count()).toBe(1);
  });

  it('imports a CSV with a bad row: keeps the good rows, names the bad one, and keeps the team over a reload (phone)', async () => {
    const page = await e2e.open('#/team', { viewport: PHONE });
    await page.getByTestId('team-csv').waitFor({ state: 'attached' });
    const csv = [
      'label,class,months',
      'Ana,Medical Social Assistant,10',
      'Bo,Social Worker Nine,5',
      'Ben,Case Manager II,30',
      'Cy,Client Assistance Specialist,six',
      'Dee,0876,12',
    ].join('\n');
    await page
      .getByTestId('team-csv')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await saved(page);
    expect(await report.innerText()).toContain('3 members imported (Ana, Ben, Dee)');
    const problems = await report.locator('li').allInnerTexts();
    expect(problems.map((p) => p.trim())).toEqual([
      'Row 3: no class matches "Social Worker Nine". The row was not imported.',
      'Row 5: "six" is not a number of months. The row was not imported.',
    ]);
    const members = await page
      .locator('[data-testid="team-members"] li')
      .evaluateAll((li) => li.map((x) => x.getAttribute('data-label')));
    expect(members).toEqual(['Ana', 'Ben', 'Dee']);
    await e2e.screenshot(page, 'team-phone-import');

    await pickClass(page, 'Target class', 'medical social consultant', 'Medical Social Consultant');
    await page.getByTestId('team-heatmap').waitFor();
    await saved(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.reload();
    await page.getByTestId('team-heatmap').waitFor();
    expect(await page.locator('[data-testid="team-members"] li').count()).toBe(3);
    await page.getByTestId('team-heatmap').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'team-phone-heatmap');
    await page.getByTestId('team-standings').scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'team-phone-standings');
  });
});
