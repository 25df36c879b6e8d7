import { describe, expect, it } from 'vitest';
import { buildClassIndex } from '../../../src/domain/graph/build-class-index.ts';
import { resolveClassReference } from '../../../src/domain/graph/resolve-class-reference.ts';
import { jobClass } from './fixtures.ts';

const classes = [
  jobClass({ id: 'ca:1', title: 'Assistant Agricultural Economist', jurisdiction: 'ca' }),
  jobClass({ id: 'ca:2', title: 'Social Service Consultant I', jurisdiction: 'ca' }),
  jobClass({ id: 'ca:3', title: 'Adoptions Case Worker', jurisdiction: 'ca' }),
  jobClass({ id: 'ca:4', title: 'Consultant', jurisdiction: 'ca', series: { id: 'a', level: 2 } }),
  jobClass({ id: 'ca:5', title: 'Consultant', jurisdiction: 'ca', series: { id: 'b', level: 2 } }),
  jobClass({ id: 'il:1', title: 'Social Service Consultant I', jurisdiction: 'il' }),
  jobClass({
    id: 'ca:s1b',
    title: 'Prison Industries Superintendent I (Bakery)',
    jurisdiction: 'ca',
  }),
  jobClass({
    id: 'ca:s1l',
    title: 'Prison Industries Superintendent I (Laundry)',
    jurisdiction: 'ca',
  }),
  jobClass({ id: 'ca:oag', title: 'Office Assistant (General)', jurisdiction: 'ca' }),
  jobClass({ id: 'ca:oat', title: 'Office Assistant (Typing)', jurisdiction: 'ca' }),
  jobClass({
    id: 'ca:hpa3',
    title: 'Health Program Auditor III, Department of Health Services',
    jurisdiction: 'ca',
  }),
  jobClass({ id: 'ca:rn', title: 'Registered Nurse (Safety)', jurisdiction: 'ca' }),
  jobClass({
    id: 'il:m1',
    title: 'Microfilm Technician I',
    jurisdiction: 'il',
    series: { id: 'm', level: 1 },
  }),
  jobClass({
    id: 'il:m2',
    title: 'Microfilm Technician II',
    jurisdiction: 'il',
    series: { id: 'm', level: 2 },
  }),
  jobClass({ id: 'ca:rnf', title: 'Registered Nurse, Correctional Facility', jurisdiction: 'ca' }),
  jobClass({ id: 'il:a1', title: 'Accountant I', jurisdiction: 'il' }),
  jobClass({ id: 'il:a2', title: 'Accountant II', jurisdiction: 'il' }),
  jobClass({ id: 'il:ls', title: 'Library Specialist', jurisdiction: 'il' }),
  jobClass({ id: 'il:sg', title: 'Security Guard', jurisdiction: 'il' }),
  jobClass({ id: 'il:nmt', title: 'Nuclear Medicine Technologist', jurisdiction: 'il' }),
  jobClass({ id: 'il:nms', title: 'Nuclear Medicine Specialist', jurisdiction: 'il' }),
  jobClass({ id: 'il:tsa', title: 'Ticket Sales Assistant', jurisdiction: 'il' }),
  jobClass({
    id: 'il:me1',
    title: 'Mailing Equipment Operator/Expediter I',
    jurisdiction: 'il',
    series: { id: 'mail', level: 1 },
  }),
  jobClass({
    id: 'il:me2',
    title: 'Mailing Equipment Operator/Expediter II',
    jurisdiction: 'il',
    series: { id: 'mail', level: 2 },
  }),
  jobClass({ id: 'ca:tss', title: 'Ticket Sales Specialist', jurisdiction: 'ca' }),
  jobClass({
    id: 'ca:pps',
    title: 'Public Participation Specialist, Department of Health Services',
    jurisdiction: 'ca',
  }),
  jobClass({
    id: 'ca:saic',
    title: 'Special Agent-in-Charge, Department of Justice',
    jurisdiction: 'ca',
  }),
];
const index = buildClassIndex(classes);
const from = (jurisdiction: string, seriesId?: string, title = 'Referring Class') => ({
  id: 'x',
  title,
  jurisdiction,
  series: seriesId ? { id: seriesId, title: seriesId, level: 3, promotionalLine: null } : null,
});

describe('resolveClassReference(index, ref, from)', () => {
  it('resolves a title inside the referring class jurisdiction only', () => {
    const ids = (j: string) =>
      resolveClassReference(
        index,
        { title: 'Social Service Consultant I', sameSeries: false },
        from(j),
      ).map((c) => c.id);
    expect(ids('ca')).toEqual(['ca:2']);
    expect(ids('il')).toEqual(['il:1']);
    expect(ids('ny')).toEqual([]);
  });

  it('takes the longest leading run of words that is a title', () => {
    const found = resolveClassReference(
      index,
      {
        title: 'Assistant Agricultural Economist in the California state service',
        sameSeries: false,
      },
      from('ca'),
    );
    expect(found.map((c) => c.id)).toEqual(['ca:1']);
  });

  it('splits "X or Y" when the whole phrase names no class', () => {
    const found = resolveClassReference(
      index,
      { title: 'Social Service Consultant I or Adoptions Case Worker', sameSeries: false },
      from('ca'),
    );
    expect(found.map((c) => c.id)).toEqual(['ca:2', 'ca:3']);
  });

  it('prefers, and with "of this series" requires, the referring class series', () => {
    expect(
      resolveClassReference(index, { title: 'Consultant', sameSeries: true }, from('ca', 'b')).map(
        (c) => c.id,
      ),
    ).toEqual(['ca:5']);
    expect(
      resolveClassReference(index, { title: 'Consultant', sameSeries: true }, from('ca', 'z')),
    ).toEqual([]);
    expect(
      resolveClassReference(index, { title: 'Consultant', sameSeries: false }, from('ca', 'z')).map(
        (c) => c.id,
      ),
    ).toEqual(['ca:4']);
  });

  it('reads "(Various Industries)" as the family member with the referring class own parenthetical', () => {
    const refTitle = {
      title: 'Prison Industries Superintendent I (Various Industries)',
      sameSeries: false,
    };
    const bakery = from('ca', undefined, 'Prison Industries Superintendent II (Bakery)');
    expect(resolveClassReference(index, refTitle, bakery).map((c) => c.id)).toEqual(['ca:s1b']);
    // No Dairy member: a small family (two here) is taken whole; a large one (29 in CalHR) would not be.
    const dairy = from('ca', undefined, 'Prison Industries Superintendent II (Dairy)');
    expect(resolveClassReference(index, refTitle, dairy).map((c) => c.id)).toEqual([
      'ca:s1b',
      'ca:s1l',
    ]);
  });

  it('reads a title naming a family of parallel classes as every member', () => {
    const found = resolveClassReference(
      index,
      { title: 'Office Assistant', sameSeries: false },
      from('ca'),
    );
    expect(found.map((c) => c.id)).toEqual(['ca:oag', 'ca:oat']);
    const typing = from('ca', undefined, 'Office Technician (Typing)');
    expect(
      resolveClassReference(index, { title: 'Office Assistant', sameSeries: false }, typing).map(
        (c) => c.id,
      ),
    ).toEqual(['ca:oat']);
  });

  it('reads a title named without the department of the referring class as that department’s', () => {
    const ids = (title: string, referring: string) =>
      resolveClassReference(
        index,
        { title, sameSeries: false },
        from('ca', undefined, referring),
      ).map((c) => c.id);
    expect(
      ids('Health Program Auditor III', 'Health Program Auditor IV, Department of Health Services'),
    ).toEqual(['ca:hpa3']);
    // Before a family of other departments' classes ("Registered Nurse (Safety)").
    expect(ids('Registered Nurse', 'Nurse Instructor, Correctional Facility')).toEqual(['ca:rnf']);
    // Any of the referring title's comma-led endings, longest first.
    expect(
      ids(
        'Special Agent-in-Charge',
        'Deputy Chief of Operations, Bureau of Narcotic Enforcement, Department of Justice',
      ),
    ).toEqual(['ca:saic']);
    // Not across departments, nor without one.
    expect(
      ids('Health Program Auditor III', 'Health Program Auditor IV, Department of Finance'),
    ).toEqual([]);
    expect(ids('Health Program Auditor III', 'Referring Class')).toEqual([]);
  });

  it('reads "Level I" of a series as the series rung of that level', () => {
    const ids = (title: string, seriesId?: string) =>
      resolveClassReference(index, { title, sameSeries: true }, from('il', seriesId)).map(
        (c) => c.id,
      );
    expect(ids('Level I', 'm')).toEqual(['il:m1']);
    expect(ids('level 2', 'm')).toEqual(['il:m2']);
    expect(ids('Level III', 'm')).toEqual([]);
    expect(ids('Level I')).toEqual([]);
    // A class with numbered titles and no series: its family's rung of that number.
    const fromAccountant = (title: string) =>
      resolveClassReference(
        index,
        { title, sameSeries: true },
        from('il', undefined, 'Accountant III'),
      ).map((c) => c.id);
    expect(fromAccountant('Level II')).toEqual(['il:a2']);
    expect(fromAccountant('Level IV')).toEqual([]);
  });

  it('reads a numbered family named without its number as its rungs, below the referring one', () => {
    const ids = (title: string, referring: string) =>
      resolveClassReference(
        index,
        { title, sameSeries: false },
        from('il', undefined, referring),
      ).map((c) => c.id);
    expect(ids('Accountant', 'Budget Officer')).toEqual(['il:a1', 'il:a2']);
    expect(ids('an Accountant', 'Accountant II')).toEqual(['il:a1']);
    expect(ids('Accountant', 'Accountant I')).toEqual([]);
  });

  it('reads a bracketed qualifier no title carries as not there, and one a title carries as its own', () => {
    const ids = (title: string, referring: string) =>
      resolveClassReference(
        index,
        { title, sameSeries: false },
        from('ca', undefined, referring),
      ).map((c) => c.id);
    // "(DHS)": the title without it, then with the referring class's own department.
    expect(
      ids(
        'Public Participation Specialist (DHS)',
        'Public Participation Supervisor, Department of Health Services',
      ),
    ).toEqual(['ca:pps']);
    expect(ids('Office Assistant (Typing)', 'Clerk')).toEqual(['ca:oat']);
  });

  it('reads a title of its own series spelt a letter or two differently as that class, never another level', () => {
    const series = { id: 'mail', title: 'mail', level: 3, promotionalLine: null };
    const ids = (title: string) =>
      resolveClassReference(
        index,
        { title, sameSeries: false },
        { id: 'x', title: 'Mailing Equipment Operator/Expediter III', jurisdiction: 'il', series },
      ).map((c) => c.id);
    expect(ids('Mailing Equipment Operator/Expeditor II')).toEqual(['il:me2']);
    expect(ids('Mailing Equipment Operator/Expediter IV')).toEqual([]);
    expect(ids('Mailing Equipment Opertor/Expeditor I')).toEqual(['il:me1']);
    expect(ids('Mailing Equipmnt Opertor/Expeditor I')).toEqual([]);
  });

  it('reads "the next lower level of this series" as the rung just below the referring class', () => {
    const lower = (title: string, seriesId?: string, level = 3) =>
      resolveClassReference(
        index,
        { title: 'the next lower level', sameSeries: true, relative: 'lower-level' },
        {
          id: 'x',
          title,
          jurisdiction: 'il',
          series: seriesId ? { id: seriesId, title: seriesId, level, promotionalLine: null } : null,
        },
      ).map((c) => c.id);
    // Its series' level below; else its numbered family; else the title without its rank word.
    expect(lower('Microfilm Technician III', 'm')).toEqual(['il:m2']);
    expect(lower('Accountant III')).toEqual(['il:a2']);
    expect(lower('Accountant II')).toEqual(['il:a1']);
    expect(lower('Senior Library Specialist')).toEqual(['il:ls']);
    expect(lower('Security Guard Supervisor')).toEqual(['il:sg']);
    // None below a bottom rung, nor for a title with no family.
    expect(lower('Accountant I')).toEqual([]);
    expect(lower('Microfilm Technician I', 'm', 1)).toEqual([]);
    expect(lower('Mammography Specialist')).toEqual([]);
    // Where the index states no series, the same line of work one role level below: the clause
    // says there is a series. A level with no class is skipped; other jurisdictions do not count.
    expect(lower('Nuclear Medicine Manager')).toEqual(['il:nms']);
    expect(lower('Nuclear Medicine Specialist')).toEqual(['il:nmt']);
    expect(lower('Nuclear Medicine Technologist')).toEqual([]);
    expect(lower('Ticket Sales Supervisor')).toEqual(['il:tsa']);
    expect(lower('Nuclear Medicine Director')).toEqual([]);
    // A bottom rung of its series has none below, whatever its title; "Chief" may skip a rung.
    expect(lower('Senior Library Specialist', 'm', 1)).toEqual([]);
    expect(lower('Chief Library Specialist')).toEqual([]);
  });
});
