import { describe, expect, it } from 'vitest';
import { parseHeading, type SectionKind } from '../../../src/domain/spec/parse-heading.ts';

describe('parseHeading(text)', () => {
  it.each<{ input: string; kind: SectionKind; rest?: string; label?: string }>([
    // The seeds
    {
      input: 'DISTINGUISHING FEATURES OF THE CLASS: Under general supervision, an incumbent…',
      kind: 'summary',
      rest: 'Under general supervision, an incumbent…',
    },
    { input: 'DISTINGUISHING FEATURES OF WORK:', kind: 'summary' },
    { input: 'DEFINITION OF CLASS:', kind: 'summary' },
    { input: 'Series Narrative', kind: 'series' },
    { input: 'DISCUSSION', kind: 'series' },
    { input: 'DESCRIPTIONS OF LEVELS OF WORK', kind: 'levels' },
    { input: 'LEVEL DISCUSSION', kind: 'levels' },
    {
      input: 'EXAMPLES OF WORK: (Illustrative Only)',
      kind: 'duties',
      rest: '',
      label: 'EXAMPLES OF WORK',
    },
    { input: 'ILLUSTRATIVE EXAMPLES OF WORK:', kind: 'duties' },
    {
      input: 'TYPICAL WORK ACTIVITIES: The typical work activities listed below…',
      kind: 'duties',
      rest: 'The typical work activities listed below…',
    },
    { input: 'MAJOR DUTIES:', kind: 'duties' },
    { input: 'EXAMPLES OF DUTIES: (Illustrative Only)', kind: 'duties', rest: '' },
    {
      input: 'FULL PERFORMANCE KNOWLEDGE, SKILLS, ABILITIES AND ATTRIBUTES: Good knowledge of…',
      kind: 'ksas',
      rest: 'Good knowledge of…',
    },
    {
      input:
        'FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES, AND PERSONAL CHARACTERISTICS: Comprehensive…',
      kind: 'ksas',
    },
    { input: 'KNOWLEDGE, SKILLS AND ABILITIES (KSAs)', kind: 'ksas' },
    { input: 'Knowledge, Skills, and Abilities:', kind: 'ksas' },
    {
      input: 'MINIMUM ACCEPTABLE TRAINING AND EXPERIENCE: Either: (a) a Bachelor…',
      kind: 'qualifications',
      rest: 'Either: (a) a Bachelor…',
    },
    { input: 'MINIMUM QUALIFICATIONS*: Either:', kind: 'qualifications', rest: 'Either:' },
    {
      input:
        'MINIMUM ACCEPTABLE QUALIFICATIONS REQUIRED FOR ENTRY INTO: Level I: Medical Social Assistant 0264',
      kind: 'qualifications',
      rest: 'Level I: Medical Social Assistant 0264',
    },
    { input: 'CREDENTIALS TO BE VERIFIED BY PLACEMENT OFFICER', kind: 'qualifications' },
    { input: 'DESIRABLE REQUIREMENTS:', kind: 'qualifications' },
    { input: 'Education and Experience', kind: 'qualifications' },
    { input: 'SUBSTITUTION: Satisfactory completion of 30 credits…', kind: 'qualifications' },
    { input: '*SPECIAL NOTE: Education beyond the secondary level…', kind: 'qualifications' },
    { input: 'SPECIAL REQUIREMENTS: Possession of a valid license…', kind: 'special-requirements' },
    {
      input: 'Licenses, Registrations, Certifications, or Special Requirements: None',
      kind: 'special-requirements',
      rest: 'None',
    },
    { input: 'SUPERVISORY CONTROLS:', kind: 'note' },
    { input: 'SUPERVISION EXERCISED: Positions in this class are non-supervisory.', kind: 'note' },
    { input: 'PUBLIC SERVICE /ASSISTANCE:', kind: 'note' },
    { input: 'Work Environment:', kind: 'note' },
    { input: 'PROBATIONARY PERIOD:', kind: 'note' },
    { input: 'SERIES VOCABULARY', kind: 'note' },
    { input: 'CLASS SPECIFICATION HISTORY:', kind: 'history' },
    // CalHR
    { input: 'Definition', kind: 'summary' },
    { input: 'Definition of Series', kind: 'series' },
    { input: 'Scope', kind: 'series' },
    { input: 'Definition of Levels*', kind: 'levels' },
    { input: 'Typical Tasks', kind: 'duties' },
    { input: 'Knowledge and Abilities', kind: 'ksas' },
    { input: 'Knowledges and Abilities', kind: 'ksas' },
    { input: 'Knowlege and Abiilties', kind: 'ksas' },
    { input: 'Abilities', kind: 'ksas' },
    { input: 'Minimum Qualifications', kind: 'qualifications' },
    { input: 'Special Personal Characteristics', kind: 'note' },
    { input: 'Additional Desirable Qualifications', kind: 'note' },
    { input: 'Factors Affecting Position Allocation', kind: 'note' },
    { input: 'Special Physical Requirements', kind: 'special-requirements' },
    { input: 'Drug Testing Requirement', kind: 'special-requirements' },
    { input: 'Class History', kind: 'history' },
    {
      input: 'Veterinarian Series History - Dates Established, Revised, and Title Changed',
      kind: 'history',
      label: 'Class History',
    },
  ])('$input → $kind', ({ input, kind, rest, label }) => {
    const h = parseHeading(input);
    expect(h?.kind).toBe(kind);
    if (rest !== undefined) expect(h?.rest).toBe(rest);
    if (label !== undefined) expect(h?.label).toBe(label);
  });

  it.each([
    'Thorough Knowledge of:',
    'Skill in:',
    'Ability to:',
    'Knowledge of: Provisions of the relevant codes',
    'Education: Graduation from an accredited college',
    'Experience: One (1) year of experience in human services',
    'Either I',
    'Or II',
    'Under general supervision, performs specialized paraprofessional duties.',
    'Duties of the position include reviewing claims',
    'Medical Social Assistant',
    'Schem Code\tClass Code\tClass',
  ])('%s → not a section heading', (input) => {
    expect(parseHeading(input)).toBeNull();
  });

  it('reads "… for <class>" as a heading aimed at that class', () => {
    expect(
      parseHeading('Minimum Qualifications for Consumer Liaison Officer (Consumer Affairs) Class'),
    ).toMatchObject({
      kind: 'qualifications',
      label: 'Minimum Qualifications',
      target: 'Consumer Liaison Officer (Consumer Affairs) Class',
    });
    expect(parseHeading('Scope of Consumer Liaison Officer (Consumer Affairs) Class')?.target).toBe(
      'Consumer Liaison Officer (Consumer Affairs) Class',
    );
  });

  it('reads a dangling "… for" as a heading whose class is on the next line', () => {
    expect(parseHeading('Knowledge and Abilities for')).toMatchObject({ kind: 'ksas', target: '' });
  });

  it('marks "(Continued)" headings', () => {
    expect(parseHeading('EXAMPLES OF WORK: (Illustrative Only) (Continued)')).toMatchObject({
      kind: 'duties',
      continued: true,
      rest: '',
    });
  });

  it('makes an inline NOTE apply to its own paragraph only', () => {
    expect(parseHeading('NOTE: Only experience gained after…')).toMatchObject({
      kind: 'note',
      paragraphOnly: true,
    });
    expect(parseHeading('Notes')?.paragraphOnly).toBe(false);
  });
});
