import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../src/domain/model/index.ts';
import { parseQualifications } from '../../../src/domain/qualifications/parse-qualifications.ts';

function lines(...texts: string[]): SourceLine[] {
  return texts.map((text, i) => ({ text, line: 10 + i }));
}

function summary(texts: string[]) {
  const { value, diagnostics } = parseQualifications(lines(...texts), { file: 't.txt' });
  return {
    routes: value.routes.map((r) => ({
      id: r.id,
      education: r.education?.level ?? null,
      months: r.experience.map((e) => e.months),
      licenses: r.licenses.map((l) => l.name),
      eq: r.equivalentCombination,
    })),
    value,
    diagnostics,
  };
}

describe('parseQualifications(lines, options): routes', () => {
  const cases: {
    name: string;
    input: string[];
    expected: { id: string; education: string | null; months: number[]; licenses?: string[]; eq?: boolean }[];
  }[] = [
    {
      name: '"Either 1." on the line of its first item, "or 2." on the next',
      input: [
        'Experience',
        'Either 1. Two years of experience performing the duties of a Physician and Surgeon at the Veterans Home and Medical Center;',
        'or 2. Five years of experience in the practice of medicine.',
      ],
      expected: [
        { id: '1', education: null, months: [24] },
        { id: '2', education: null, months: [60] },
      ],
    },
    {
      name: '"Experience: Either 1. …" and "and Education: Either 1. …": every experience with every education',
      input: [
        'Experience: Either 1. One year of experience in the California state service performing the duties of an Accountant I. or',
        '2. Two years of increasingly responsible professional accounting experience.',
        'and Education: Either',
        '1. Equivalent to graduation from college, with specialization in accounting. or',
        '2. Completion of sixteen semester hours of professional accounting courses and graduation from high school.',
      ],
      expected: [
        { id: '1+1', education: 'bachelor', months: [12] },
        { id: '1+2', education: 'high_school', months: [12] },
        { id: '2+1', education: 'bachelor', months: [24] },
        { id: '2+2', education: 'high_school', months: [24] },
      ],
    },
    {
      name: 'CalHR "Either I / Or II" with an "and Education:" joined on',
      input: [
        'Either I',
        'One year of experience in the California state service performing the duties of a Custodian Supervisor II.',
        'Or II',
        'Experience: Four years of experience in janitorial work, three years of which must have been in a supervisory capacity. and',
        'Education: Equivalent to completion of the twelfth grade. (Additional qualifying experience may be substituted for the required education on a year-for-year basis.)',
      ],
      expected: [
        { id: 'I', education: null, months: [12] },
        { id: 'II', education: 'high_school', months: [48] },
      ],
    },
    {
      name: 'a preamble ANDed with every pattern: "Education: … and Either I Experience: …"',
      input: [
        'Education: Equivalent to completion of the twelfth grade. and Either I Experience: One year of experience in the California state service performing the duties of a Conservation Administrator I.',
        'Or II',
        'Experience: Two years of experience in the California state service performing the duties of a Conservation Supervisor.',
      ],
      expected: [
        { id: 'I', education: 'high_school', months: [12] },
        { id: 'II', education: 'high_school', months: [24] },
      ],
    },
    {
      name: 'alternatives inside a pattern joined by "or" at the end of a paragraph',
      input: [
        'Either I',
        'One year of experience performing the duties of an Agriculture Program Supervisor III. or',
        'Two years of experience performing the duties of an Agriculture Program Supervisor II.',
        'Or II',
        'Experience: Five years of professional experience in the food and agriculture industry.',
      ],
      expected: [
        { id: 'I.1', education: null, months: [12] },
        { id: 'I.2', education: null, months: [24] },
        { id: 'II', education: null, months: [60] },
      ],
    },
    {
      name: 'Westchester "Either: (a) …; or (b) …" on one line',
      input: [
        "MINIMUM ACCEPTABLE TRAINING AND EXPERIENCE: Either: (a) a Bachelor's Degree* in Social Work; or (b) a Bachelor's Degree* and one year experience where the primary function of the position was in providing social casework services in a medical, psychiatric, or public health setting.",
      ],
      expected: [
        { id: 'a', education: 'bachelor', months: [] },
        { id: 'b', education: 'bachelor', months: [12] },
      ],
    },
    {
      name: 'SUCSS numbered items ANDed, lettered alternatives ORed: the cross product',
      input: [
        "1. A. Bachelor's degree in social work.",
        'OR',
        "- B. Master's degree in social work.",
        '2. One (1) year (12 months) of experience in social services.',
      ],
      expected: [
        { id: '1A+2', education: 'bachelor', months: [12] },
        { id: '1B+2', education: 'master', months: [12] },
      ],
    },
    {
      name: 'an equivalent-combination alternative kept as a route',
      input: [
        'MINIMUM QUALIFICATIONS*: Either:',
        "(A) Possession of a Master's Degree in a human services field and two (2) years of experience in providing direct services to mentally disabled clients: or",
        "- (B) Possession of a Bachelor's Degree in a human services field and four years of experience as indicated in (A) above; or",
        '- (C) An equivalent combination of training and experience as described in (A) and (B) above.',
      ],
      expected: [
        { id: 'A', education: 'master', months: [24] },
        { id: 'B', education: 'bachelor', months: [48] },
        { id: 'C', education: null, months: [], eq: true },
      ],
    },
    {
      name: 'a pooled SUCSS list: coursework or work experience for the months named',
      input: [
        '1. High school diploma or equivalent.',
        '2. Any one or combination totaling three (3) years (36 months) from the categories below:',
        'A. Coursework in any discipline, as measured by the following conversion table or its proportional equivalent:',
        '30 semester hours equals one (1) year (12 months)',
        'Bachelor’s Degree (120 semester hours) equals three (3) years (36 months)',
        'B. Work experience performing administrative support work.',
      ],
      expected: [
        { id: '1+2A', education: 'bachelor', months: [] },
        { id: '1+2B', education: 'high_school', months: [36] },
      ],
    },
    {
      // NOTE: the category names a class but no months: it is worth the pool's, not 0.
      name: 'a pooled SUCSS category that names a class',
      input: [
        '1. High school diploma or equivalent.',
        '2. Any combination totaling two (2) years (24 months) from the categories below:',
        'A. work experience comparable to the next lower level of this series',
        'B. course work in any discipline, as measured by the following conversion table or its proportional equivalent:',
        '30 semester hours equals one (1) year (12 months)',
        'Bachelor’s Degree (120 semester hours) equals three (3) years (36 months)',
      ],
      // The coursework alone is worth the pool's 24 months with a bachelor's (36 by the table), not
      // with an associate's 60 hours, which no row counts for as many months.
      expected: [
        { id: '1+2A', education: 'high_school', months: [24] },
        { id: '1+2B', education: 'bachelor', months: [] },
      ],
    },
    {
      // NOTE: a bachelor's is worth 36 months by the table: schooling alone never makes up 48.
      name: 'a pooled SUCSS list that schooling alone cannot make up is one route',
      input: [
        '1. High school diploma or equivalent.',
        '2. Any one or combination totaling four (4) years (48 months) from the categories below:',
        'A. College coursework in mechanical engineering, as measured by the following conversion table or its proportional equivalent:',
        '30 semester hours equals one (1) year (12 months)',
        'Bachelor’s Degree (120 semester hours) equals three (3) years (36 months)',
        'B. Work experience in the operation of building mechanical equipment.',
      ],
      expected: [{ id: '1+2B', education: 'high_school', months: [48] }],
    },
    {
      name: 'a list of kinds of work is one experience, not several routes',
      input: [
        'Experience: Three years of increasingly responsible experience in one of the following:',
        '1. Sale or exchange of farm, residential and business properties. or',
        '2. Negotiating for real estate loans in a bank, realty office, or savings and loan.',
        'and',
        'Education: Equivalent to graduation from college.',
      ],
      expected: [{ id: '1', education: 'bachelor', months: [36] }],
    },
    {
      name: 'a single CMS route from "Requires …" sentences',
      input: [
        'DESIRABLE REQUIREMENTS:',
        'Education and Experience',
        'Requires knowledge, skill and mental development equivalent to the completion of four years of college.',
        'Requires one year of professional experience in community organization, social service work or in program planning and development.',
      ],
      expected: [{ id: '1', education: 'bachelor', months: [12] }],
    },
    {
      name: 'a licence route',
      input: ["1. Master's degree in social work.", '2. A. Current State of IL Licensure as a Licensed Social Worker.', 'OR', '- B. Three years (36 months) of social work experience.'],
      expected: [
        { id: '1+2A', education: 'master', months: [], licenses: ['Licensed Social Worker (Illinois)'] },
        { id: '1+2B', education: 'master', months: [36] },
      ],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`reads ${name}`, () => {
      const got = summary(input).routes;
      expect(got).toEqual(expected.map((e) => ({ licenses: [], eq: false, ...e })));
    });
  }
});

describe('parseQualifications(lines, options): derived fields', () => {
  it('takes the lowest education and the fewest months over the routes, not counting an equivalent combination', () => {
    const { value } = summary([
      "(A) Possession of a Master's Degree and two (2) years of experience in social work: or",
      "- (B) Possession of a Bachelor's Degree and four years of experience in social work; or",
      '- (C) An equivalent combination of training and experience as described in (A) and (B) above.',
    ]);
    expect(value.minEducation).toBe('bachelor');
    expect(value.minExperienceMonths).toBe(24);
  });

  it("gives minEducation 'none' when a route names no education, and 0 months when a route needs none", () => {
    const { value } = summary(['Either I', 'One year of experience in clerical work.', 'Or II', 'Education: Equivalent to graduation from college.']);
    expect(value.minEducation).toBe('none');
    expect(value.minExperienceMonths).toBe(0);
  });

  it('spans the lines given and lists route and special-requirement licences once each', () => {
    const { value } = parseQualifications(lines('Possession of a valid Class C driver license.', 'One year of experience as a Bus Driver.'), {
      file: 't.txt',
      specialRequirements: [{ text: 'SPECIAL REQUIREMENTS: Possession of a valid license to operate a motor vehicle in the State of New York.', line: 30 }],
    });
    expect(value.lines).toEqual([10, 11]);
    expect(value.licenses).toEqual(["Driver's license (Class C)", "Driver's license (New York)"]);
    expect(value.specialLicenses?.map((l) => l.name)).toEqual(["Driver's license (New York)"]);
    expect(value.routes[0]?.licenses.map((l) => l.name)).toEqual(["Driver's license (Class C)"]);
  });

  it('records which route a substitution inside a pattern belongs to', () => {
    const { value } = summary([
      'Either I',
      'One year of experience performing the duties of an Office Assistant.',
      'Or II',
      'Education: Equivalent to graduation from college. (Additional qualifying experience may be substituted for the required education on a year-for-year basis.)',
    ]);
    expect(value.substitutions).toHaveLength(1);
    expect(value.substitutions[0]).toMatchObject({ replaces: 'education', yearForYear: true, routeIds: ['II'] });
  });

  it("ties a pooled list's conversion rows to the pool's months, not to the route's other items", () => {
    const { value } = summary([
      '1. High school diploma or equivalent.',
      '2. Any one or combination totaling two (2) years (24 months) from the categories below:',
      'A. College coursework in any curriculum, as measured by the following conversion table or its proportional equivalent:',
      '30 semester hours equals one (1) year (12 months)',
      'Bachelor’s Degree (120 semester hours) equals three (3) years (36 months)',
      'B. Work experience performing office/clerical activities.',
      '3. One (1) year (12 months) of work experience comparable to the second level of this series.',
    ]);
    expect(value.routes.map((r) => r.id)).toEqual(['1+2A+3', '1+2B+3']);
    const pooled = value.routes[1]?.experience ?? [];
    expect(pooled.map((e) => [e.months, e.pool])).toEqual([
      [24, '1'],
      [12, undefined],
    ]);
    // Both rows belong to the pool, on every route (the coursework route and the work one).
    expect(value.substitutions.map((s) => [s.months, s.pool, s.routeIds])).toEqual([
      [12, '1', undefined],
      [36, '1', undefined],
    ]);
    expect(value.routes[1]?.text).toContain('College coursework in any curriculum');
  });

  it("gives a pooled list's conversion rows the field its coursework names", () => {
    const { value } = summary([
      '1. Any one or combination totaling four (4) years (48 months) from the categories below:',
      'A. College coursework in accounting or a closely related field, as measured by the following conversion table or its proportional equivalent:',
      '30 semester hours equals one (1) year (12 months)',
      'B. Work experience in accounting.',
    ]);
    expect(value.substitutions.map((s) => s.requires.field)).toEqual(['accounting or a closely related field']);
  });

  it('asks the education "required when non-California state service experience is used" only off the state-service routes', () => {
    const { value, diagnostics } = summary([
      'Education: The following education is required when non-California state service experience is used to qualify at any level.',
      'Equivalent to graduation from college.',
      'Either I',
      'One year of experience in the California state service performing the duties of a Research Analyst I.',
      'Or II',
      'Three years of professional research experience in economics.',
    ]);
    expect(value.routes.map((r) => [r.id, r.education?.level ?? null, r.other ?? []])).toEqual([
      ['I', null, []],
      ['II', 'bachelor', []],
    ]);
    expect(value.notes?.map((n) => n.text)).toContain(
      'Education: The following education is required when non-California state service experience is used to qualify at any level.',
    );
    expect(diagnostics).toEqual([]);
  });

  it("keeps what a parenthesis says of the requirement before it with that requirement", () => {
    const { value, diagnostics } = summary([
      'High school graduation or equivalent.',
      'At least 21 years of age upon employment.',
      '(This requirement may be further defined by local recruitment, examination, and employment policies.)',
      'Eligibility for bonding, if required by the employing institution.',
    ]);
    expect(value.routes[0]?.other).toEqual([
      'At least 21 years of age upon employment. (This requirement may be further defined by local recruitment, examination, and employment policies.)',
      'Eligibility for bonding, if required by the employing institution.',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps how state-service experience applies to another pattern, and a list\'s introduction, as notes', () => {
    const rule =
      'Experience in the California state service applied toward the general experience pattern must include the same number of years of qualifying experience as required in the promotional pattern.';
    const intro =
      'Education: The following educational requirement is part of the "Minimum Qualifications" for all levels in the series:';
    const { value, diagnostics } = summary([
      intro,
      'Equivalent to graduation from college.',
      rule,
      'Either I',
      'One year of experience in the California state service performing the duties of a Research Analyst I.',
      'Or II',
      'Three years of professional research experience in economics.',
    ]);
    expect(value.routes.map((r) => r.other ?? [])).toEqual([[], []]);
    expect(value.routes.map((r) => r.education?.level ?? null)).toEqual(['bachelor', 'bachelor']);
    expect(value.notes?.map((n) => n.text)).toEqual(expect.arrayContaining([intro, rule]));
    expect(diagnostics).toEqual([]);
  });

  it('keeps the introduction of the requirements for a group of classes as a note', () => {
    const intro =
      'The following background is required for all instructor classes described in this specification except those which are asterisked.';
    const ada =
      'Consistent with the Americans with Disabilities Act, accommodation will be made for persons with disabilities.';
    const { value, diagnostics } = summary([
      intro,
      'Experience: Five years of journeyperson work experience in the appropriate subject specialty.',
      'Education: Graduation from high school.',
      ada,
    ]);
    expect(value.routes.map((r) => [r.education?.level, r.experience.map((e) => e.months), r.other ?? []])).toEqual([
      ['high_school', [60], []],
    ]);
    expect(value.notes?.map((n) => n.text)).toEqual(expect.arrayContaining([intro, ada]));
    expect(diagnostics).toEqual([]);
  });

  it('keeps a pointer back to the education stated above, and words about other classes, as notes', () => {
    const back = 'Education: The educational requirements described above.';
    const others =
      '(These classes require either modified work experience background or special licensing and will be covered separately.)';
    const { value, diagnostics } = summary([
      'All Levels:',
      'Education: Equivalent to graduation from college with specialization in accounting.',
      others,
      'Either I',
      'Experience: One year of experience in the California state service performing the duties of an Auditor I.',
      'Or II',
      'Experience: Two years of professional accounting experience. and',
      back,
    ]);
    expect(value.routes.map((r) => r.other ?? [])).toEqual([[], []]);
    expect(value.routes.map((r) => r.education?.level ?? null)).toEqual(['bachelor', 'bachelor']);
    expect(value.notes?.map((n) => n.text)).toEqual(expect.arrayContaining([back, others]));
    expect(diagnostics).toEqual([]);
  });

  it('keeps notes and headings without reporting them', () => {
    const { value, diagnostics } = summary([
      'CREDENTIALS TO BE VERIFIED BY PLACEMENT OFFICER',
      "1. Bachelor's degree in social work.",
      'Based on institutional requirements and accreditation for each position:',
      '(Registration as a senior in a recognized institution will admit applicants to the examination.)',
      'NOTE: Only experience gained after attaining the minimum education level will be considered.',
    ]);
    expect(diagnostics).toEqual([]);
    expect(value.notes?.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        'CREDENTIALS TO BE VERIFIED BY PLACEMENT OFFICER',
        'Based on institutional requirements and accreditation for each position:',
      ]),
    );
  });
});

describe('parseQualifications(lines, options): a second pattern list', () => {
  it('asks the education patterns for all levels with the class\'s own patterns after "AND", not instead of them', () => {
    const { routes } = summary([
      'Education: Required for all levels.',
      'Either I',
      'Equivalent to graduation from college with a specialization in financial management.',
      'Or II',
      'Completion of the equivalent of 60 semester units of course work.',
      'AND',
      'Either I',
      'One year of experience in the California state service performing the duties of an Accounting Officer.',
      'Or II',
      'Four years of experience in professional accounting.',
    ]);
    expect(routes.map((r) => [r.id, r.education, r.months])).toEqual([
      ['I+I', 'bachelor', [12]],
      ['I+II', 'bachelor', [48]],
      ['II+I', 'associate', [12]],
      ['II+II', 'associate', [48]],
    ]);
  });

  it('asks a list of education patterns with the experience patterns that follow it, with no "AND" between', () => {
    const { routes } = summary([
      'Either I',
      "Education: Possession of a Bachelor's degree with a major in chemistry.",
      'Or II',
      "Education: Possession of a Bachelor's degree with a major in a scientific discipline.",
      'Either I',
      'Experience: Two years of experience in the California state service performing the duties of a Chemist.',
      'Or II',
      'Experience: Five years of professional experience as a chemist.',
    ]);
    expect(routes.map((r) => [r.id, r.education, r.months])).toEqual([
      ['I+I', 'bachelor', [24]],
      ['I+II', 'bachelor', [60]],
      ['II+I', 'bachelor', [24]],
      ['II+II', 'bachelor', [60]],
    ]);
  });
});

describe('parseQualifications(lines, options): licence lists', () => {
  // 2287.txt of the CalHR corpus: each numbered credential is a route of its own.
  it('reads each item of "one of the following credentials:" as the licence of its route', () => {
    const { routes, value } = summary([
      'All applicants must possess a valid California Teaching Credential issued by the Commission on Teacher Credentialing.',
      'Possession of one of the following credentials:',
      '1. Education Specialist Instruction Credential: Mild/Moderate Disabilities',
      '2. Special Education Specialist Instruction Credential for the Learning Handicapped',
      '3. Restricted Special Education Credential - Educable Mentally Retarded',
    ]);
    expect(routes.map((r) => r.licenses)).toEqual([
      ['California Teaching Credential', 'Education Specialist Instruction Credential: Mild/Moderate Disabilities'],
      ['California Teaching Credential', 'Special Education Specialist Instruction Credential for the Learning Handicapped'],
      ['California Teaching Credential', 'Restricted Special Education Credential - Educable Mentally Retarded'],
    ]);
    // The lead and the items are requirements met, not items to confirm.
    expect(value.routes.flatMap((r) => r.other ?? [])).toEqual([]);
  });

  it('names the credentials of a "Possession of:" list, and a new lead inside it starts a list of its own', () => {
    const { routes } = summary([
      'Possession of:',
      'A basic teaching credential. and Possession of one of the following credentials or certificates:',
      '1. A Multiple or Single Subject Credential-Bilingual Crosscultural Emphasis. or',
      '2. Bilingual Certificate of Competence.',
    ]);
    expect(routes.map((r) => r.licenses)).toEqual([
      ['Basic teaching credential', 'Multiple or Single Subject Credential-Bilingual Crosscultural Emphasis'],
      ['Basic teaching credential', 'Bilingual Certificate of Competence'],
    ]);
  });

  it('makes the items of "at least one valid certification:" in one route one licence, any of them, and ends the list at an item with months', () => {
    const { routes } = summary([
      'Possession of at least one valid certification:',
      'Nephrology Nursing Certification (NNCC) as a Certified Clinical Hemodialysis Technician (CCHT)',
      'National Nephrology Certification Organization (NNCO) with a Certification in Clinical Nephrology Technology (CCNT)',
      'Two (2) years (24 months) of experience comparable to that gained as a Hemodialysis Technologist',
    ]);
    expect(routes).toHaveLength(1);
    expect(routes[0]?.months).toEqual([24]);
    expect(routes[0]?.licenses).toHaveLength(1);
    expect(routes[0]?.licenses[0]).toContain(' or National Nephrology Certification Organization (NNCO)');
  });

  it('leaves an aside about a credential out of its name, and keeps a licence its lead names besides the list', () => {
    const { routes } = summary([
      "Possession of a valid Class B driver's license and one of the following certificates:",
      '1. Special Secondary Vocational Class A Credential in Trade and Industrial Education. (Applicants holding this credential must have completed ten semester hours of professional course work.) or',
      '2. Qualified Applicator Certificate.',
    ]);
    expect(routes.map((r) => r.licenses)).toEqual([
      ["Driver's license (Class B)", 'Special Secondary Vocational Class A Credential in Trade and Industrial Education'],
      ["Driver's license (Class B)", 'Qualified Applicator Certificate'],
    ]);
  });

  it('reads a lead that names its licence, or lists no licences, as before', () => {
    expect(summary(['Possession of a valid license as a Registered Nurse in the State of California:']).routes[0]?.licenses).toEqual([
      'Registered Nurse (California)',
    ]);
    const { routes } = summary(['Possession of the following education:', '1. A bachelor\'s degree in social work.']);
    expect(routes.map((r) => [r.education, r.licenses])).toEqual([['bachelor', []]]);
  });
});

describe('parseQualifications(lines, options): structure is not a note', () => {
  it("leaves out the section's own title, bare labels and lone markers, and keeps them in the text", () => {
    const texts = [
      'MINIMUM QUALIFICATIONS:',
      'Experience:',
      'Education: Either',
      "1. A bachelor's degree in social work; or",
      "2. A bachelor's degree and one year of experience in social casework.",
      'A.',
      'In the California state service:',
    ];
    const { value } = summary(texts);
    expect(value.routes).toHaveLength(2);
    expect(value.notes?.map((n) => n.text)).toEqual(['In the California state service:']);
    for (const t of texts) expect(value.text).toContain(t);
  });
});

describe('parseQualifications(lines, options): messy input', () => {
  it('reports a sentence it could not place, with file, line and the text, and keeps it in the route text', () => {
    const { value, diagnostics } = parseQualifications(
      lines('Education: Equivalent to graduation from college.', 'Candidates should like birds very much indeed.'),
      { file: 'x.txt', classId: 'j:1' },
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'unparsed-qualification', file: 'x.txt', line: 11, classId: 'j:1', text: 'Candidates should like birds very much indeed.' }),
    ]);
    expect(value.routes[0]?.text).toContain('like birds');
  });

  it('never throws on empty, binary-looking or bracket-soup input', () => {
    const inputs: string[][] = [[], [''], ['\u0000\u0001\uFFFD'], ['((((['], [']] ) ) or and OR'], ['Either I', 'Or II', 'Or III'], ['1.', 'A.', '(a)']];
    for (const input of inputs) {
      const run = () => parseQualifications(lines(...input), { file: 'junk.txt' });
      expect(run).not.toThrow();
      expect(run().value.routes.every((r) => typeof r.id === 'string')).toBe(true);
    }
  });

  it('gives null minima and no routes for a section with no requirement in it', () => {
    const { value } = summary(['Minimum Qualifications']);
    expect(value.routes).toEqual([]);
    expect(value.minEducation).toBeNull();
    expect(value.minExperienceMonths).toBeNull();
  });
});
