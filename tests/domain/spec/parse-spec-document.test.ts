// parseSpecDocument on small documents written after the CalHR pages and on broken input.

import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../../../src/domain/spec/parse-spec-document.ts';

const parse = (text: string, jurisdiction = 'calhr') =>
  parseSpecDocument(text.split('\n'), { file: 'doc.txt', jurisdiction, format: 'text' });

const CALHR_SERIES = `Agricultural Survey Interviewer Series

California State Personnel Board Specification

Series established September 18, 1975

Agricultural Survey Interviewer Series Specification - Class Titles and Codes

Schem Code\tClass Code\tClass

AS70\t0242\tAgricultural Survey Interviewer I

AS60\t0241\tAgricultural Survey Interviewer II (Abolished 01/07/2016 per Pay Letter 16-05)

Definition of Series

The series describes positions gathering agricultural statistics.

Definition of Levels

Agricultural Survey Interviewer I

Under supervision, obtains survey data by direct canvass.

Agricultural Survey Interviewer II

Supervises and works with a small crew.

Minimum Qualifications

All Levels:

Education: Equivalent to completion of the twelfth grade.

Agricultural Survey Interviewer I

Either I

One season of experience in growing agricultural commodities.

Agricultural Survey Interviewer II

Two seasons of experience in growing agricultural commodities.

Knowledge and Abilities

All Levels:

Ability to: Accurately secure and record information.

Agricultural Survey Interviewer II

Ability to: Instruct others in the methods of gathering survey data.

Special Personal Characteristics

All Levels:

Willingness to work at irregular hours.

Class History

Agricultural Survey Interviewer Series History - Dates Established, Revised, and Title Changed

Class\tDate Established\tDate Revised\tTitle Changed

Agricultural Survey Interviewer I\t04/20/1956\t09/18/1975\t--

Agricultural Survey Interviewer II\t04/20/1956\t09/18/1975\t--

Updated: 6/3/2012`;

describe('parseSpecDocument(lines, options) on a CalHR series page', () => {
  const { value, diagnostics } = parse(CALHR_SERIES);
  const [one, two] = value.classes;

  it('reads one class per row of the Class Titles and Codes table', () => {
    expect(value.classes.map((c) => [c.id, c.title, c.code, c.series?.level])).toEqual([
      ['calhr:0242', 'Agricultural Survey Interviewer I', '0242', 1],
      ['calhr:0241', 'Agricultural Survey Interviewer II', '0241', 2],
    ]);
    expect(one?.series).toMatchObject({
      id: 'calhr:agricultural-survey-interviewer',
      title: 'Agricultural Survey Interviewer',
    });
  });

  it('records the schematic code, dates, issuer and abolition as facts', () => {
    expect(one?.facts).toEqual({
      schematicCode: 'AS70',
      established: '04/20/1956',
      revised: '09/18/1975',
      updated: '6/3/2012',
      issuer: 'California State Personnel Board Specification',
    });
    expect(two?.facts.abolished).toBe('Abolished 01/07/2016 per Pay Letter 16-05');
  });

  it('gives each class its own level description as its summary', () => {
    expect(one?.summary).toBe('Under supervision, obtains survey data by direct canvass.');
    expect(two?.summary).toBe('Supervises and works with a small crew.');
  });

  it('gives each class the "All Levels" part plus its own part of each section', () => {
    expect(one?.qualifications.text).toBe(
      'Education: Equivalent to completion of the twelfth grade.\nEither I\nOne season of experience in growing agricultural commodities.',
    );
    expect(two?.qualifications.text).toBe(
      'Education: Equivalent to completion of the twelfth grade.\nTwo seasons of experience in growing agricultural commodities.',
    );
    expect(one?.ksas.map((k) => k.line)).toEqual([49]);
    expect(two?.ksas.map((k) => k.line)).toEqual([49, 53]);
  });

  it('keeps the series definition and shared characteristics as notes on each class', () => {
    for (const c of value.classes) {
      expect(c.notes.map((n) => n.heading)).toEqual([
        'Definition of Series',
        'Special Personal Characteristics',
      ]);
    }
  });

  it("keeps an aside between two classes' qualifications a note, and the next class's qualifications its own", () => {
    const withAside = CALHR_SERIES.replace(
      'One season of experience in growing agricultural commodities.',
      'One season of experience in growing agricultural commodities.\n\nAdditional Desirable Qualification: Experience in a lead capacity.',
    );
    const [first, second] = parse(withAside).value.classes;
    expect(second?.qualifications.routes.map((r) => r.experience.map((e) => e.kind))).toEqual([
      ['experience in growing agricultural commodities'],
    ]);
    expect(second?.qualifications.routes[0]?.experience[0]?.text).toMatch(/^Two seasons/);
    expect(first?.notes.map((n) => n.text)).toContain('Experience in a lead capacity.');
  });

  it("reads a bare title over several specialty classes as naming all of them; the footer is every class's", () => {
    const doc = `Research Analyst Series

California State Personnel Board Specification

Research Analyst Series Specification - Class Titles and Codes

Schem Code\tClass Code\tClass

LQ11\t5730\tResearch Analyst I (Economics)

LQ12\t5731\tResearch Analyst I (Demography)

LQ13\t5740\tResearch Analyst II (Economics)

Minimum Qualifications

Research Analyst I

One year of experience in research.

Research Analyst II (Economics)

Two years of experience in research.

Updated: 6/3/2012`;
    const classes = parse(doc).value.classes;
    expect(
      classes.map((c) => [c.title, c.qualifications.routes.map((r) => r.experience[0]?.months)]),
    ).toEqual([
      ['Research Analyst I (Economics)', [12]],
      ['Research Analyst I (Demography)', [12]],
      ['Research Analyst II (Economics)', [24]],
    ]);
    expect(classes.map((c) => c.facts.updated)).toEqual(['6/3/2012', '6/3/2012', '6/3/2012']);
  });

  it('gives a specialty class with no qualifications of its own those of the class of its bare title, and says so; one with its own keeps them', () => {
    const doc = `Research Program Specialist Series

California State Personnel Board Specification

Research Program Specialist Series Specification - Class Titles and Codes

Schem Code\tClass Code\tClass

LQ80\t5742\tResearch Program Specialist I

LQ91\t5832\tResearch Program Specialist I (Fire and Fuels)

LQ92\t3501\tResearch Program Specialist I (Market Research)

Minimum Qualifications

Research Program Specialist I

One year of experience in research.

Research Program Specialist I (Market Research)

Two years of experience in market research.`;
    const { value, diagnostics } = parse(doc);
    expect(
      value.classes.map((c) => [
        c.title,
        c.qualifications.routes.map((r) => r.experience[0]?.months),
      ]),
    ).toEqual([
      ['Research Program Specialist I', [12]],
      ['Research Program Specialist I (Fire and Fuels)', [12]],
      ['Research Program Specialist I (Market Research)', [24]],
    ]);
    const shared = diagnostics.filter((d) => d.code === 'shared-qualifications');
    expect(shared.map((d) => [d.classId, d.line, d.severity])).toEqual([
      ['calhr:5832', 19, 'info'],
    ]);
    expect(shared[0]?.message).toContain('those of "Research Program Specialist I" (lines 19–19)');
    expect(diagnostics.filter((d) => d.code === 'no-qualifications')).toEqual([]);
  });

  it('reads "… Manager II" as the II classes, not the III whose title it begins, and "III (A) and (B)" as both', () => {
    const doc = `Staff Services Manager Series

California State Personnel Board Specification

Staff Services Manager Series Specification - Class Titles and Codes

Schem Code\tClass Code\tClass

JY10\t4800\tStaff Services Manager I

JY20\t4801\tStaff Services Manager II (Supervisory)

JY25\t4969\tStaff Services Manager II (Managerial)

JY30\t4802\tStaff Services Manager III

JY40\t4803\tStaff Services Manager IV (Specialist)

JY45\t4804\tStaff Services Manager IV (Supervisor)

Minimum Qualifications

Staff Services Manager I

One year of experience in analytical staff work.

Staff Services Manager II

Two years of experience in analytical staff work.

Staff Services Manager III

Three years of experience in analytical staff work.

Staff Services Manager IV (Specialist) and (Supervisor)

Four years of experience in analytical staff work.`;
    const classes = parse(doc).value.classes;
    expect(
      classes.map((c) => [c.title, c.qualifications.routes.map((r) => r.experience[0]?.months)]),
    ).toEqual([
      ['Staff Services Manager I', [12]],
      ['Staff Services Manager II (Supervisory)', [24]],
      ['Staff Services Manager II (Managerial)', [24]],
      ['Staff Services Manager III', [36]],
      ['Staff Services Manager IV (Specialist)', [48]],
      ['Staff Services Manager IV (Supervisor)', [48]],
    ]);
  });

  it('reads a title with an ellipsis for its middle as every class it begins and ends', () => {
    const doc = `Community College Series

California State Personnel Board Specification

Community College Series Specification - Class Titles and Codes

Schem Code\tClass Code\tClass

CC10\t2549\tCommunity College Program Assistant I

CC20\t2539\tSpecialist in Academic Planning and Development, California Community Colleges

CC21\t2508\tSpecialist in Facilities Planning and Utilization Californiacommunity Colleges

CC30\t2450\tAdministrator for Academic Planning and Development, California Community Colleges

Minimum Qualifications

Community College Program Assistant I

One year of experience in a community college program.

SPECIALIST IN ..., CALIFORNIA COMMUNITY COLLEGES (2 classes)

Three years of experience in a community college program.

Administrator For. . ., California Community Colleges (1 Class)

Four years of experience in a community college program.`;
    const classes = parse(doc).value.classes;
    expect(classes.map((c) => c.qualifications.routes.map((r) => r.experience[0]?.months))).toEqual(
      [[12], [36], [36], [48]],
    );
  });

  it('places every line', () => {
    expect(value.document.placedLines).toBe(value.document.contentLines);
    expect(diagnostics.filter((d) => d.code === 'unplaced-text')).toEqual([]);
  });
});

describe('parseSpecDocument(lines, options) on CalHR single-class pages', () => {
  it('reads the title, codes and sections of a single-class page', () => {
    const { value } = parse(`Supervising Groundskeeper II

California State Personnel Board Specification

Schematic Code: BL20

Class Code: 0717

Established: 08/06/1959

Definition

Under direction, to supervise landscaping at one of the largest State installations.

Typical Tasks

Supervises employees engaged in planting; inspects grounds.

Minimum Qualifications

One year of experience performing the duties of a Supervising Groundskeeper I.`);
    const c = value.classes[0];
    expect(value.classes).toHaveLength(1);
    expect(c).toMatchObject({
      id: 'calhr:0717',
      code: '0717',
      title: 'Supervising Groundskeeper II',
    });
    expect(c?.series).toMatchObject({ id: 'calhr:supervising-groundskeeper', level: 2 });
    expect(c?.facts).toMatchObject({ schematicCode: 'BL20', established: '08/06/1959' });
    expect(c?.summary).toMatch(/^Under direction, to supervise landscaping/);
    expect(c?.duties).toEqual(['Supervises employees engaged in planting; inspects grounds.']);
  });

  it('reads a licence inside the minimum qualifications as one of them, and what follows it too', () => {
    const page = (after: string) => `Chief Medical Officer

California State Personnel Board Specification

Class Code: 7536

Definition

Under direction, to direct the medical care program.

Minimum Qualifications

License: Possession of the legal requirements for the practice of medicine in California.

Experience

Five years of experience in the practice of medicine.
${after}`;
    const { value, diagnostics } = parse(page(''));
    const q = value.classes[0]?.qualifications;
    expect(q?.routes.map((r) => r.experience.map((e) => e.months))).toEqual([[60]]);
    expect(q?.routes[0]?.licenses.map((l) => l.text)).toEqual([
      'Possession of the legal requirements for the practice of medicine in California.',
    ]);
    expect(value.classes[0]?.specialRequirements).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain('no-qualifications');
    // After other sections, a licence heading starts special requirements of its own.
    const later = parse(
      page(
        '\nKnowledge and Abilities\n\nKnowledge of: Medicine.\n\nLicense\n\nPossession of a valid driver license.',
      ),
    ).value.classes[0];
    expect(later?.specialRequirements).toEqual(['Possession of a valid driver license.']);
    expect(later?.qualifications.routes.map((r) => r.experience.map((e) => e.months))).toEqual([
      [60],
    ]);
  });

  it('still yields a class for an abolished stub, noting the abolition', () => {
    const { value } = parse(
      '6796\n\nClass Code: 6796\n\nAbolished 09/21/1993.\n\nUpdated: 11/25/2015',
    );
    const c = value.classes[0];
    expect(value.classes).toHaveLength(1);
    expect(c).toMatchObject({ id: 'calhr:6796', code: '6796', title: '6796' });
    expect(c?.facts.abolished).toBe('Abolished 09/21/1993');
    expect(c?.notes).toEqual([
      { heading: 'Abolished', text: 'Abolished 09/21/1993.', lines: [5, 5] },
    ]);
    expect(value.document.placedLines).toBe(4);
  });

  it('takes the title a page without a heading gives in its first sentence', () => {
    const { value, diagnostics } = parse(
      'There is no classification specification for CEA, class code 7500, as the CEA category is set apart.\n\nMore text.',
    );
    expect(value.classes[0]).toMatchObject({ id: 'calhr:7500', title: 'CEA' });
    expect(diagnostics.some((d) => d.code === 'no-title')).toBe(false);
  });

  it('makes up a title, and says so, when a page gives none', () => {
    const { value, diagnostics } = parse(
      'This page describes nothing in particular.\n\nIt goes on.',
    );
    expect(value.classes[0]?.title).toBe('Untitled class');
    expect(diagnostics.find((d) => d.code === 'no-title')?.severity).toBe('warning');
    expect(value.classes[0]?.summary).toContain('This page describes nothing in particular.');
  });
});

describe('parseSpecDocument(lines, options) with classes named inside sections', () => {
  it('reads "Minimum Qualifications for X Class" headings and "X and Above" groups', () => {
    const { value } = parse(`Planner Series

Schem Code\tClass Code\tClass

AA01\t1001\tPlanner I

AA02\t1002\tPlanner II

AA03\t1003\tPlanner III

Minimum Qualifications for Planner II Class

Two years as a Planner I.

Knowledge and Abilities

Planner II and Above

Knowledge of: Budgeting.`);
    const [i, ii, iii] = value.classes;
    expect(ii?.qualifications.text).toBe('Two years as a Planner I.');
    expect(i?.qualifications.text).toBe('');
    expect(iii?.qualifications.text).toBe('');
    expect(i?.ksas).toEqual([]);
    expect(ii?.ksas.length).toBeGreaterThan(0);
    expect(iii?.ksas.length).toBeGreaterThan(0);
  });

  it('gives a class whose KSAs say "All of the above" the KSAs of the class before it', () => {
    const { value } = parse(`Specialist Series

Schem Code\tClass Code\tClass

AA01\t3001\tSpecialist

AA02\t3002\tStaff Specialist

Knowledge and Abilities

Specialist

Knowledge of: Engineering.

Staff Specialist

Knowledge of: All of the above, and research techniques.`);
    const [specialist, staff] = value.classes;
    expect(specialist?.ksas.map((k) => k.line)).toEqual([13]);
    expect(staff?.ksas[0]?.line).toBe(13);
    expect(staff?.ksas.some((k) => k.line === 17)).toBe(true);
  });

  it('assigns a description whose heading was lost to the next class of the table not yet described', () => {
    const { value, diagnostics } = parse(`PLANNER SERIES

CLASS TITLE\tPOSITION CODE
PLANNER I\t101
PLANNER II\t102

PLANNER I

POSITION CODE: 101

DISTINGUISHING FEATURES OF WORK:

Plans things.

ILLUSTRATIVE EXAMPLES OF WORK:

1. Drafts plans.

DISTINGUISHING FEATURES OF WORK:

Plans bigger things.

ILLUSTRATIVE EXAMPLES OF WORK:

1. Approves plans.`);
    const [one, two] = value.classes;
    expect(one?.summary).toBe('Plans things.');
    expect(two?.summary).toBe('Plans bigger things.');
    expect(two?.duties).toEqual(['Approves plans.']);
    const lost = diagnostics.find((d) => d.code === 'lost-heading');
    expect(lost).toMatchObject({ line: 19, severity: 'info' });
    expect(lost?.message).toContain('"Planner II" by the next class of the series table');
  });

  it('reads family titles and titles cut short as naming their classes', () => {
    const { value } = parse(`Office Services Supervisor (Various Classes) Series

Schem Code\tClass Code\tClass

CA38\t1141\tOffice Services Supervisor I (General)

CA36\t1148\tOffice Services Supervisor I (Typing)

CA28\t1150\tOffice Services Supervisor II (General), Department of Motor Vehicles

Definition of Levels

Office Services Supervisor I (Various Classes)

This is the working supervisor level.

Office Services Supervisor II (General), Department of

This is the first full supervisory level.

Minimum Qualifications

Office Services Supervisor I (General) (Typing)

One year of clerical experience.`);
    const [general, typing, two] = value.classes;
    expect(general?.summary).toBe('This is the working supervisor level.');
    expect(typing?.summary).toBe('This is the working supervisor level.');
    expect(two?.summary).toBe('This is the first full supervisory level.');
    expect(general?.qualifications.text).toBe('One year of clerical experience.');
    expect(typing?.qualifications.text).toBe('One year of clerical experience.');
    expect(two?.qualifications.text).toBe('');
    expect(value.classes.map((c) => c.series?.level)).toEqual([null, null, 2]);
  });

  it('gives parallel classes at one level no level', () => {
    const { value } = parse(`Veterinarian (Various Classes) Series

Schem Code\tClass Code\tClass

AT56\t0175\tSupervising Veterinarian (General)

AT55\t0174\tManaging Veterinarian (General)

AV16\t0179\tSupervising Veterinarian (Meat Inspection)

Minimum Qualifications

Education: Doctorate in Veterinary Medicine.`);
    expect(value.classes.map((c) => c.series?.level)).toEqual([null, 2, null]);
  });

  it('reads a table listing the highest level first, lowest first', () => {
    const { value } = parse(`Clerk Series

Schem Code\tClass Code\tClass

AA03\t2003\tClerk III

AA02\t2002\tClerk II

AA01\t2001\tClerk I`);
    expect(value.classes.map((c) => [c.title, c.series?.level])).toEqual([
      ['Clerk III', 3],
      ['Clerk II', 2],
      ['Clerk I', 1],
    ]);
  });
});

describe('parseSpecDocument(lines, options) on broken input', () => {
  it.each<[string, string[]]>([
    ['no lines', []],
    ['blank lines', ['', '   ', '\t']],
    ['binary junk', ['\u0000\u0001\u0002\u0003', '\uffff\ufffe']],
    ['a lone tab table header', ['Schem Code\tClass Code\tClass']],
    ['only headings', ['Typical Tasks', 'Minimum Qualifications', 'Knowledge and Abilities']],
    ['a heading aimed at nothing', ['Minimum Qualifications for']],
    ['a lost heading before any class', ['DISTINGUISHING FEATURES OF WORK:', 'text']],
    ['a huge line', ['x'.repeat(200_000)]],
  ])('never throws on %s', (_name, lines) => {
    const result = parseSpecDocument(lines, { file: 'bad.txt', jurisdiction: 'j', format: 'text' });
    expect(result.value.document.file).toBe('bad.txt');
    expect(result.value.document.placedLines).toBeLessThanOrEqual(
      result.value.document.contentLines,
    );
  });

  it('reports a document with no text as having no classes', () => {
    const { value, diagnostics } = parseSpecDocument(['', ''], {
      file: 'e.txt',
      jurisdiction: 'j',
      format: 'text',
    });
    expect(value.classes).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['no-classes']);
  });
});
