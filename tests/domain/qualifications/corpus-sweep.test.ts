// Sweeps over the public corpus beside the project (../shared/corpus): every CalHR page's
// "Minimum Qualifications" section (crudely cut out, one per class where a series page lists
// several) and every IL SUCSS class's MAQ rows go through parseQualifications. Skipped, with a
// message, when the corpus is absent.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../src/domain/model/index.ts';
import { parseQualifications } from '../../../src/domain/qualifications/parse-qualifications.ts';
import { CALHR, SUCSS } from '../../fixtures/corpus.ts';
import { extractCalhrSections } from './calhr-sections.ts';

const MAQ = join(SUCSS, 'maq.csv');

interface Tally {
  sections: number;
  withRoutes: number;
  withEducation: number;
  withMonths: number;
  withLicences: number;
  performingDuties: number;
  classRefs: number;
  lines: number;
  unparsedLines: number;
}

function sweep(sections: { file: string; lines: SourceLine[] }[]): Tally {
  const t: Tally = {
    sections: 0,
    withRoutes: 0,
    withEducation: 0,
    withMonths: 0,
    withLicences: 0,
    performingDuties: 0,
    classRefs: 0,
    lines: 0,
    unparsedLines: 0,
  };
  for (const s of sections) {
    const { value, diagnostics } = parseQualifications(s.lines, { file: s.file });
    t.sections++;
    if (value.routes.length > 0) t.withRoutes++;
    if (value.routes.some((r) => r.education !== null)) t.withEducation++;
    if (value.routes.some((r) => r.experience.some((e) => e.months > 0))) t.withMonths++;
    if (value.licenses.length > 0) t.withLicences++;
    const refs = value.routes.flatMap((r) =>
      r.experience.flatMap((e) => [...e.classRefs, ...e.including.flatMap((i) => i.classRefs)]),
    );
    t.classRefs += refs.length;
    t.performingDuties += refs.filter((r) => r.kind === 'performing-duties').length;
    t.lines += s.lines.length;
    t.unparsedLines += new Set(diagnostics.map((d) => d.line)).size;
  }
  return t;
}

function report(name: string, t: Tally): void {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  console.log(
    [
      `${name}: ${String(t.sections)} sections`,
      `  with ≥1 route: ${String(t.withRoutes)} (${pct(t.withRoutes, t.sections)})`,
      `  with education: ${String(t.withEducation)}, with months: ${String(t.withMonths)}, with licences: ${String(t.withLicences)}`,
      `  class references: ${String(t.classRefs)} ('performing-duties': ${String(t.performingDuties)})`,
      `  lines left unparsed: ${String(t.unparsedLines)} of ${String(t.lines)} (${pct(t.unparsedLines, t.lines)})`,
    ].join('\n'),
  );
}

const hasCalhr = existsSync(CALHR);
if (!hasCalhr) console.log(`Skipping the CalHR qualification sweep: ${CALHR} is absent.`);

describe.skipIf(!hasCalhr)('parseQualifications(lines, options) over the CalHR corpus', () => {
  it('parses every minimum-qualifications section without throwing, most into routes', () => {
    const sections = readdirSync(CALHR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => extractCalhrSections(f, readFileSync(join(CALHR, f), 'utf8')));
    const t = sweep(sections);
    report('CalHR minimum qualifications', t);
    expect(t.sections).toBeGreaterThan(1400);
    expect(t.withRoutes / t.sections).toBeGreaterThan(0.95);
    expect(t.withMonths / t.sections).toBeGreaterThan(0.8);
    expect(t.performingDuties).toBeGreaterThan(1000);
    expect(t.unparsedLines / t.lines).toBeLessThan(0.05);
  });
});

const hasMaq = existsSync(MAQ);
if (!hasMaq) console.log(`Skipping the IL SUCSS MAQ sweep: ${MAQ} is absent.`);

describe.skipIf(!hasMaq)('parseQualifications(lines, options) over the IL SUCSS MAQ sheet', () => {
  it('parses every class list without throwing, most into routes', () => {
    const rows = csvParseRows(readFileSync(MAQ, 'utf8')).slice(1);
    const classes: { file: string; lines: SourceLine[] }[] = [];
    rows.forEach((r, i) => {
      // A blank class code continues the class above; column 3 is one line of the numbered list.
      if ((r[0] ?? '') !== '') classes.push({ file: 'maq.csv', lines: [] });
      const text = (r[2] ?? '').trim();
      if (text !== '') classes[classes.length - 1]?.lines.push({ text, line: i + 2 });
    });
    const t = sweep(classes);
    report('IL SUCSS MAQ', t);
    expect(t.sections).toBeGreaterThan(800);
    expect(t.withRoutes / t.sections).toBeGreaterThan(0.95);
    expect(t.unparsedLines / t.lines).toBeLessThan(0.06);
  });
});
