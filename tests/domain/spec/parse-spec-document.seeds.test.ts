// The five bundled seeds, each parsed and checked against what a reading of the document gives.
// Counts (duties, KSAs) were made by hand from data/seeds/*.txt; line numbers are the files' own.

import { describe, expect, it } from 'vitest';
import { classByCode, parseSeed, type SeedName } from './seed-fixtures.ts';

describe('parseSpecDocument(lines, options) on the seeds', () => {
  it.each<[SeedName, number]>([
    ['sucss', 5],
    ['westchester', 1],
    ['md', 1],
    ['cms', 5],
    ['ny', 1],
  ])('finds the classes of %s (%i)', (seed, count) => {
    const { value } = parseSeed(seed);
    expect(value.classes).toHaveLength(count);
    expect(value.document.classIds).toEqual(value.classes.map((c) => c.id));
  });

  it.each<SeedName>(['sucss', 'westchester', 'md', 'cms', 'ny'])(
    'places every non-blank line of %s in some field, or lists it as unplaced',
    (seed) => {
      const { value, diagnostics } = parseSeed(seed);
      const unplaced = diagnostics.filter((d) => d.code === 'unplaced-text');
      expect(value.document.contentLines).toBeGreaterThan(0);
      expect(value.document.placedLines + unplaced.length).toBe(value.document.contentLines);
      expect(unplaced).toEqual([]);
    },
  );

  it.each<SeedName>(['sucss', 'westchester', 'md', 'cms', 'ny'])(
    'gives every class of %s a title, summary, duties, KSAs and qualifications',
    (seed) => {
      for (const c of parseSeed(seed).value.classes) {
        expect(c.title).not.toBe('');
        expect(c.summary).not.toBe('');
        expect(c.duties.length).toBeGreaterThan(0);
        expect(c.ksas.length).toBeGreaterThan(0);
        expect(c.qualifications.text).not.toBe('');
        expect(c.source.file).toMatch(/^seeds\//);
        expect(c.lineOf.duties).toHaveLength(c.duties.length);
      }
    },
  );
});

describe('parseSpecDocument(lines, options): where each seed names its classes', () => {
  it.each<[SeedName, [string, string, number][]]>([
    [
      'sucss',
      [
        ['0264', '0264 Medical Social Assistant 01 444 6 mo. 11/15/11 Rev.', 6],
        ['3729', '3729 Supervisor of Medical Social Services 01 444 6 mo. 06/17/13 Rev.', 10],
      ],
    ],
    [
      'cms',
      [
        ['41295', 'SOCIAL SERVICE COMMUNITY PLANNER 41295', 9],
        ['41314', 'SOCIAL SERVICE PROGRAM PLANNER IV 41314', 13],
      ],
    ],
  ])('quotes the series-table row of each class of %s, with its line', (seed, rows) => {
    const { value } = parseSeed(seed);
    for (const [code, text, line] of rows) {
      expect(classByCode(value.classes, code).namedAt).toEqual({ text, line });
    }
  });

  it('quotes the title line of a one-class document', () => {
    const [cls] = parseSeed('westchester').value.classes;
    expect(cls?.namedAt).toEqual({ text: 'CASE MANAGER II (SOCIAL WORK)', line: 3 });
  });
});

describe('parseSpecDocument(lines, options) on the SUCSS Medical Social Services series', () => {
  const { value } = parseSeed('sucss');
  const classes = value.classes;

  it('reads the five classes from the series table, lowest level first', () => {
    expect(classes.map((c) => [c.id, c.code, c.title, c.series?.level])).toEqual([
      ['il-sucss:0264', '0264', 'Medical Social Assistant', 1],
      ['il-sucss:4260', '4260', 'Medical Social Associate', 2],
      ['il-sucss:0876', '0876', 'Medical Social Consultant', 3],
      ['il-sucss:3730', '3730', 'Assistant Supervisor of Medical Social Services', 4],
      ['il-sucss:3729', '3729', 'Supervisor of Medical Social Services', 5],
    ]);
  });

  it('gives each class the series, promotional line 51 and the table facts', () => {
    for (const c of classes) {
      expect(c.series).toMatchObject({
        id: 'il-sucss:medical-social-services',
        title: 'Medical Social Services',
        promotionalLine: '51',
      });
      expect(c.facts).toMatchObject({
        occupationalArea: '01',
        workArea: '444',
        probation: '6 mo.',
        lastAction: 'Rev.',
      });
    }
    expect(classByCode(classes, '0264').facts.effectiveDate).toBe('11/15/11');
    expect(classByCode(classes, '3729').facts.effectiveDate).toBe('06/17/13');
  });

  it('merges the two descriptions of each level (duties first, then credentials and KSAs)', () => {
    const consultant = classByCode(classes, '0876');
    expect(consultant.summary).toBe(
      'Employees at this level develop and organize various aspects of social work. They work under general supervision.',
    );
    expect(consultant.duties[0]).toBe('identifies and modifies social and environmental problems.');
    expect(consultant.qualifications.text).toContain(
      'Current State of IL Licensure as a Licensed Social Worker',
    );
    expect(consultant.ksas[0]?.text).toMatch(
      /thorough knowledge of social work methods and principles/i,
    );
  });

  it('counts the duties of each level: 6, 15, 15, 8, 14', () => {
    expect(classes.map((c) => c.duties.length)).toEqual([6, 15, 15, 8, 14]);
    const assistant = classByCode(classes, '0264');
    expect(assistant.lineOf.duties).toEqual([26, 27, 28, 29, 30, 31]);
    expect(assistant.duties[5]).toBe('performs other related duties as assigned.');
  });

  it('counts the KSAs of each level: 7, 10, 10, 10, 10', () => {
    expect(classes.map((c) => c.ksas.length)).toEqual([7, 10, 10, 10, 10]);
  });

  it('keeps the series narrative as a note on every class', () => {
    for (const c of classes) {
      expect(c.notes.find((n) => n.heading === 'Series Narrative')?.text).toMatch(
        /^Employees in this series perform/,
      );
    }
  });

  it("reads the qualification routes of the Medical Social Consultant (master's; licence or 36 months)", () => {
    const q = classByCode(classes, '0876').qualifications;
    expect(q.routes).toHaveLength(2);
    expect(q.minEducation).toBe('master');
    expect(q.minExperienceMonths).toBe(0);
    expect(q.licenses.join(' ')).toMatch(
      /Licensed Social Worker or Licensed Clinical Social Worker/,
    );
  });
});

describe('parseSpecDocument(lines, options) on the Westchester Case Manager II', () => {
  const { value } = parseSeed('westchester');
  const c = value.classes[0];

  it('titles the class from its all-caps heading, rung 2 from its numeral', () => {
    expect(c?.id).toBe('westchester-ny:case-manager-ii-social-work');
    expect(c?.code).toBeNull();
    expect(c?.title).toBe('Case Manager II (Social Work)');
    expect(c?.series).toMatchObject({
      id: 'westchester-ny:case-manager-social-work',
      level: 2,
      promotionalLine: null,
    });
  });

  it('reads the inline distinguishing features as the summary', () => {
    expect(c?.summary).toMatch(
      /^Under general supervision, an incumbent of this class performs social work/,
    );
    expect(c?.lineOf.summary).toEqual([5, 5]);
  });

  it('reads 14 examples of work across the "(Continued)" heading', () => {
    expect(c?.duties).toHaveLength(14);
    expect(c?.lineOf.duties[0]).toBe(9);
    expect(c?.lineOf.duties[13]).toBe(37);
    expect(c?.duties[13]).toBe('May perform other incidental tasks, as needed.');
  });

  it('passes the qualification, substitution and special note to the qualifications', () => {
    const q = c?.qualifications;
    expect(q?.text).toContain('MINIMUM ACCEPTABLE TRAINING AND EXPERIENCE: Either: (a)');
    expect(q?.text).toContain('SUBSTITUTION: Satisfactory completion of 30 credits');
    expect(q?.text).toContain('*SPECIAL NOTE: Education beyond the secondary level');
    expect(q?.routes).toHaveLength(2);
    expect(q?.substitutions).toHaveLength(1);
    expect(q?.minEducation).toBe('bachelor');
  });

  it("keeps the driver's licence as a special requirement and the closing NOTE as a note", () => {
    expect(c?.specialRequirements).toEqual([
      'Possession of a valid license to operate a motor vehicle in the State of New York will be required at time of appointment and maintain same while in the title.',
    ]);
    expect(c?.lineOf.specialRequirements).toEqual([47]);
    expect(c?.notes.map((n) => [n.heading, n.lines])).toEqual([['Note', [49, 49]]]);
  });
});

describe('parseSpecDocument(lines, options) on the Maryland Client Assistance Specialist', () => {
  const c = parseSeed('md').value.classes[0];

  it('has no code and no numeral, so no level', () => {
    expect(c?.id).toBe('md-county:client-assistance-specialist');
    expect(c?.title).toBe('Client Assistance Specialist');
    expect(c?.series?.level).toBeNull();
  });

  it('reads the major duties paragraph and the 14 examples of duties as 15 duties', () => {
    expect(c?.duties).toHaveLength(15);
    expect(c?.duties[0]).toMatch(/^Responsible for providing or facilitating/);
    expect(c?.duties[1]).toMatch(/^Identifies and responds to service wants/);
    expect(c?.duties[14]).toBe('Performs related duties as required.');
  });

  it('reads the KSAs in Knowledge / Skill / Ability groups: 3 + 5 + 1', () => {
    expect(c?.ksas).toHaveLength(9);
    expect(c?.ksas[0]?.text).toMatch(/basic principles, methods, techniques/);
    expect(c?.ksas[0]?.text).toMatch(/methods of identifying and assessing facts/);
  });

  it('keeps the factor-by-factor description, conditions and history as notes', () => {
    expect(c?.notes.map((n) => n.heading)).toEqual([
      'Supervisory Controls',
      'Supervision Exercised',
      'Guidelines',
      'Complexity',
      'Scope and Effect',
      'Contacts',
      'Public Service /Assistance',
      'Hazards',
      'Work Environment',
      'Physical Demands',
      'Probationary Period',
      'Bargaining Status',
      'Medical Protocol',
      'Class Specification History',
    ]);
    const complexity = c?.notes.find((n) => n.heading === 'Complexity');
    expect(complexity?.text).toContain(
      'knowledge and skills and experienced judgment are required',
    );
    expect(complexity?.lines).toEqual([43, 45]);
    expect(c?.notes.at(-1)?.text).toContain('Formerly Titled:');
  });

  it('reads "Special Requirements: None" as no special requirement', () => {
    expect(c?.specialRequirements).toEqual([]);
    expect(c?.qualifications.text).toContain('Education: Graduation from an accredited college');
    expect(c?.qualifications.text).toContain('Substitutions: An equivalent combination');
  });
});

describe('parseSpecDocument(lines, options) on the CMS Social Service Planner series', () => {
  const { value, diagnostics } = parseSeed('cms');
  const classes = value.classes;

  it('reads the five classes with their position codes, in Title Case, lowest first', () => {
    expect(classes.map((c) => [c.id, c.title, c.series?.level])).toEqual([
      ['il-cms:41295', 'Social Service Community Planner', 1],
      ['il-cms:41311', 'Social Service Program Planner I', 2],
      ['il-cms:41312', 'Social Service Program Planner II', 3],
      ['il-cms:41313', 'Social Service Program Planner III', 4],
      ['il-cms:41314', 'Social Service Program Planner IV', 5],
    ]);
    for (const c of classes) {
      expect(c.series).toMatchObject({
        id: 'il-cms:social-service-planner',
        title: 'Social Service Planner',
      });
      expect(c.facts.effectiveDate).toBe('8-1-21');
    }
  });

  it('finds Planner III and IV despite their lost headings, and says how', () => {
    const lost = diagnostics.filter((d) => d.code === 'lost-heading');
    expect(lost.map((d) => d.line)).toEqual([184, 232]);
    expect(lost[0]?.message).toContain('Social Service Program Planner III');
    expect(lost[1]?.message).toContain('Social Service Program Planner IV');
    const iii = classByCode(classes, '41313');
    const iv = classByCode(classes, '41314');
    expect(iii.summary).toMatch(
      /^Under general direction, independently performs complex technical tasks/,
    );
    expect(iv.summary).toMatch(/^Subject to management approval, conceptualizes/);
    expect(iii.lineOf.duties).toEqual([190, 191, 192, 193, 194, 198, 199, 200]);
    expect(iv.lineOf.duties[0]).toBe(238);
    expect(iii.ksas[0]?.line).toBe(212);
    expect(iv.ksas[0]?.line).toBe(260);
    expect(iii.qualifications.text).toContain("completion of master's degree");
  });

  it('counts duties 7, 8, 8, 8, 8 (Planner II across its page break)', () => {
    expect(classes.map((c) => c.duties.length)).toEqual([7, 8, 8, 8, 8]);
    expect(classByCode(classes, '41312').lineOf.duties.slice(5)).toEqual([149, 153, 154]);
  });

  it('counts KSAs 7, 7, 7, 8, 8 and keeps the "May require…" lines as special requirements', () => {
    expect(classes.map((c) => c.ksas.length)).toEqual([7, 7, 7, 8, 8]);
    expect(classes.map((c) => c.specialRequirements.length)).toEqual([3, 2, 2, 2, 2]);
    expect(classByCode(classes, '41295').specialRequirements[0]).toMatch(
      /^May require Health Insurance Portability/,
    );
  });

  it('drops the struck-out word and says so', () => {
    const struck = diagnostics.find((d) => d.code === 'struck-text');
    expect(struck).toMatchObject({ line: 100, text: 'and', severity: 'info' });
    expect(classByCode(classes, '41311').duties[5]).toMatch(
      /^Organizes planning conferences with representatives from agencies, the community/,
    );
  });

  it('uses the desirable requirements as the qualifications', () => {
    const q = classByCode(classes, '41295').qualifications;
    expect(q.text).toContain('equivalent to the completion of high school');
    expect(q.minExperienceMonths).toBe(24);
  });

  it('keeps the discussion, level discussion and vocabulary as notes on every class', () => {
    for (const c of classes) {
      expect(c.notes.map((n) => n.heading)).toEqual([
        'Discussion',
        'Level Discussion',
        'Series Vocabulary',
      ]);
    }
  });
});

describe('parseSpecDocument(lines, options) on the New York county Intensive Case Manager', () => {
  const c = parseSeed('ny').value.classes[0];

  it('titles the class and gives no level', () => {
    expect(c?.id).toBe('ny-county:intensive-case-manager');
    expect(c?.title).toBe('Intensive Case Manager');
    expect(c?.series?.level).toBeNull();
  });

  it('joins activities wrapped over blank lines and splits the two on one line: 13 duties', () => {
    expect(c?.duties).toHaveLength(13);
    expect(c?.duties[0]).toBe(
      'Provides treatment services to a small number of seriously and persistently ill clients who are at high risk for psychiatric re-hospitalization',
    );
    expect(c?.duties.slice(7, 9)).toEqual([
      'Assists families and significant others in working with the client to implement a treatment program',
      'Evaluates and monitors clients to determine progress',
    ]);
    expect(c?.lineOf.duties.slice(6, 9)).toEqual([27, 33, 33]);
  });

  it('keeps the typical-activities preamble as a note, not a duty', () => {
    expect(c?.notes[0]).toMatchObject({ heading: 'Typical Work Activities', lines: [5, 5] });
  });

  it('rejoins the KSA heading hyphenated across lines ("CHARAC-" + "TERISTICS:")', () => {
    expect(c?.ksas[0]?.line).toBe(43);
    expect(c?.ksas[0]?.text).toMatch(
      /^Comprehensive knowledge of the principles, methods, procedures and practices of social work/,
    );
  });

  it('reads route (A) across its page header and keeps both footnotes with the qualifications', () => {
    const q = c?.qualifications;
    expect(q?.text).toContain(
      "(A) Possession of a Master's Degree in a human services field** and two (2) years of experience in providing direct services",
    );
    expect(q?.text).not.toContain('Page 3');
    expect(q?.text).toContain('**A "human service field" includes social work');
    expect(q?.routes).toHaveLength(3);
    expect(q?.minEducation).toBe('bachelor');
    expect(q?.minExperienceMonths).toBe(24);
  });

  it('keeps the closing note and the document footer as notes', () => {
    expect(c?.notes.slice(1).map((n) => [n.heading, n.lines])).toEqual([
      ['Note', [68, 68]],
      ['Document History', [70, 72]],
    ]);
  });
});
