import { describe, expect, it } from 'vitest';
import { matchCompetencies, MIN_CONFIDENCE } from '../../../src/domain/ksa/match-competencies.ts';
import type { KsaKind } from '../../../src/domain/model/index.ts';

const ids = (text: string, kind?: KsaKind): string[] =>
  matchCompetencies(text, kind).map((m) => m.id);

describe('matchCompetencies(text, kind)', () => {
  const mustMeet: { input: string; kind?: KsaKind; expected: string }[] = [
    { input: 'skill in conducting interviews', kind: 'skill', expected: 'rungs:interviewing' },
    {
      input: 'Demonstrated skill in interview techniques of social workers',
      kind: 'skill',
      expected: 'rungs:interviewing',
    },
    {
      input: 'Good knowledge of interviewing techniques and their application',
      kind: 'knowledge',
      expected: 'rungs:interviewing',
    },
    {
      input:
        'Judgment and decision making skills – the ability to consider the relative costs and benefits of potential actions to choose the most appropriate one.',
      expected: '2.B.4.e',
    },
    {
      input:
        'the ability to consider the relative costs and benefits of potential actions to choose the most appropriate one',
      expected: '2.B.4.e',
    },
    {
      input:
        "Social perceptiveness skills – being aware of others' reactions and understanding why they react as they do.",
      expected: '2.B.1.a',
    },
    {
      input: 'Knowledge of psychology concerning human behavior',
      kind: 'knowledge',
      expected: '2.C.4.e',
    },
    {
      input: 'Ability to observe and record symptoms and behavior of patients',
      kind: 'ability',
      expected: '2.C.4.e',
    },
    {
      input:
        'Ability to communicate effectively in writing as appropriate for the needs of the audience',
      kind: 'ability',
      expected: '1.A.1.a.4',
    },
    {
      input:
        'Ability to communicate effectively in writing as appropriate for the needs of the audience',
      kind: 'ability',
      expected: '2.A.1.c',
    },
    {
      input: 'Knowledge of principles and processes for providing customer service',
      expected: '2.C.1.e',
    },
    {
      input: 'Thorough knowledge of the practice of social work',
      expected: 'rungs:social-work-practice',
    },
    {
      input:
        'Comprehensive knowledge of the principles, methods, procedures and practices of social work',
      expected: 'rungs:social-work-practice',
    },
    { input: 'General knowledge of case work activities', expected: 'rungs:casework' },
    { input: 'knowledge of social casework methods', expected: 'rungs:casework' },
    {
      input: 'Skill in the identification of needs and coordination of services to meet needs',
      expected: 'rungs:case-management',
    },
    {
      input:
        'Thorough knowledge of the social, medical and human services available in the community',
      expected: 'rungs:community-resources',
    },
    {
      input: 'Working knowledge of local community organizations',
      expected: 'rungs:community-resources',
    },
    {
      input: 'Ability to establish and maintain effective working relationships with staff',
      expected: 'rungs:working-relationships',
    },
    {
      input: 'Ability to maintain cooperative relations with those contacted in the work',
      expected: 'rungs:working-relationships',
    },
    {
      input: 'Basic awareness and sensitivity to issues of cultural diversity',
      expected: 'rungs:cultural-competence',
    },
    {
      input: 'Provides assistance in crises intervention and stabilization',
      expected: 'rungs:crisis-intervention',
    },
    {
      input: 'Ability to determine eligibility for public assistance',
      expected: 'rungs:eligibility-determination',
    },
    {
      input: 'Ability to maintain accurate and thorough case management notes',
      expected: 'rungs:case-records-documentation',
    },
    {
      input: 'Knowledge of volunteer functions, recruitment, selection and training',
      expected: 'rungs:volunteer-management',
    },
    {
      input: 'knowledge of the dynamics of trauma and victimization',
      expected: 'rungs:trauma-victimization',
    },
    {
      input: 'Ability to use computer applications such as spreadsheets and word processing',
      expected: 'rungs:computer-applications',
    },
    {
      input: 'Ability to comply with all agency rules, regulations, policies and procedures',
      expected: 'rungs:laws-regulations-compliance',
    },
    { input: 'Knowledge of principles of effective supervision', expected: 'rungs:supervision' },
    { input: 'serves as an advocate for clients', expected: 'rungs:client-advocacy' },
    { input: 'Ability to manage one’s own time and the time of others', expected: '2.B.5.a' },
    { input: 'Knowledge of accounting principles', expected: '2.C.1.c' },
    { input: 'Ability to write computer programs', expected: '2.B.3.e' },
    { input: 'Ability to read and write Spanish', expected: '2.C.7.b' },
    // The same words in their own sense still meet (beside the exclusions below).
    { input: 'Ability to read technical drawings', expected: '2.C.3.c' },
    { input: 'Ability to make sound decisions', expected: '2.B.4.e' },
    { input: 'Knowledge of the Multiagency Coordination System', expected: '2.B.1.b' },
    { input: 'Knowledge of current court decisions', expected: '2.C.8.b' },
    { input: 'Demonstrated managerial ability', expected: '2.C.1.a' },
    { input: 'Employ strong management skills', expected: '2.C.1.a' },
    { input: 'Knowledge of project management', expected: '2.C.1.a' },
    { input: 'Knowledge of survey methods', expected: 'rungs:research-methods' },
    { input: 'Ability to conduct surveys and research', expected: 'rungs:research-methods' },
    { input: 'Knowledge of land surveying', expected: '2.C.4.g' },
    { input: 'Ability to evaluate land survey equipment', expected: '2.C.4.g' },
    { input: 'Knowledge of medical terminology', expected: '2.C.5.a' },
    { input: 'Knowledge of principles and practices of medical research', expected: '2.C.5.a' },
    { input: 'Knowledge of medicine and pharmacology', expected: '2.C.5.a' },
    { input: 'Knowledge of CPR and the monitoring of vital signs', expected: '2.C.5.a' },
    { input: 'Knowledge of operation and care of automotive equipment', expected: '2.B.3.h' },
    {
      input: 'Knowledge of the operations and mechanics of all MRI equipment',
      expected: '2.B.3.h',
    },
    {
      input: 'Knowledge of the operation and maintenance of mailing machines',
      expected: '2.B.3.h',
    },
    { input: 'Ability to operate and monitor communication systems', expected: '2.B.3.g' },
    // The noun "operation" names the competency beside a machine, anywhere in the statement.
    {
      input: 'Ability to learn the operation of forklifts and other material handling equipment',
      expected: '2.B.3.h',
    },
    { input: 'Knowledge of fuels used in the operation of diesel engines', expected: '2.B.3.h' },
    { input: 'Ability to plan, organize, and manage a program', expected: '2.C.1.a' },
    { input: 'Ability to plan and organize work', expected: '2.B.5.a' },
    // The same words in their own sense still meet.
    {
      input: 'Knowledge of environmental protection laws',
      expected: 'rungs:environmental-protection',
    },
    { input: 'Knowledge of progressive discipline', expected: 'rungs:supervision' },
    { input: 'Knowledge of vocational guidance principles', expected: '2.C.5.b' },
    { input: 'Ability to read and understand complex written material', expected: '2.A.1.a' },
    // Next to the laboratory and material senses excluded below.
    { input: 'Ability to interpret laboratory analyses', expected: '1.C.7.b' },
    {
      input: 'Knowledge of statistical theory and methods including sampling, analysis of variance',
      expected: '1.C.7.b',
    },
    { input: 'Knowledge of commonly used radiation treatment techniques', expected: '2.C.5.b' },
    // Trades and imaging O*NET has no element for: each class of the kind asks for its own.
    {
      input:
        'Knowledge of MRI principles and practices including patient and radiation safety procedures',
      expected: 'rungs:medical-imaging',
    },
    { input: 'Knowledge of x-ray equipment and techniques', expected: 'rungs:medical-imaging' },
    {
      input: 'Ability to examine and evaluate technical aspects of nuclear medicine images',
      expected: 'rungs:medical-imaging',
    },
    {
      input:
        'Knowledge of offset, digital and/or letterpress printing presses and skill in their operation',
      expected: 'rungs:printing',
    },
    {
      input:
        'In-depth knowledge of and proficiency in operation and maintenance of pre-press equipment',
      expected: 'rungs:printing',
    },
    {
      input: 'Knowledge of the operation and maintenance of complex duplicating equipment',
      expected: 'rungs:printing',
    },
    {
      input: 'Ability to do arc and acetylene welding and brazing',
      expected: 'rungs:metalworking',
    },
    {
      input: 'Skill in laying out, developing and performing sheet metal work',
      expected: 'rungs:metalworking',
    },
    { input: 'Ability to select proper lumber', expected: 'rungs:woodworking' },
    {
      input:
        'Knowledge of principles, methods, materials, equipment, and tools used in mill and cabinet work',
      expected: 'rungs:woodworking',
    },
    {
      input: 'Knowledge of principles and methods of drug and alcohol treatment programs',
      expected: '2.C.5.b',
    },
  ];
  it.each(mustMeet)('"$input" → $expected', ({ input, kind, expected }) => {
    expect(ids(input, kind)).toContain(expected);
  });

  const mustNotMeet: { input: string; notExpected: string }[] = [
    { input: 'Knowledge of accounting principles', notExpected: 'rungs:social-work-practice' },
    { input: 'Knowledge of accounting principles', notExpected: 'rungs:casework' },
    { input: 'Ability to write computer programs', notExpected: '2.A.1.c' },
    {
      input: 'Knowledge of computer programming languages',
      notExpected: 'rungs:program-planning-evaluation',
    },
    { input: 'Ability to work under general supervision', notExpected: 'rungs:supervision' },
    {
      input: 'Ability to work independently with little or no supervision',
      notExpected: 'rungs:supervision',
    },
    { input: 'Knowledge of Social Security regulations', notExpected: '2.C.8.a' },
    {
      input: 'Ability to work with people from different social, cultural, or economic backgrounds',
      notExpected: '2.C.1.c',
    },
    { input: 'Ability to work with legal counsel', notExpected: 'rungs:counseling' },
    { input: 'Knowledge of police procedures', notExpected: 'rungs:policy-development' },
    { input: 'Knowledge of fire prevention', notExpected: 'rungs:crisis-intervention' },
    {
      input: 'Ability to analyze situations accurately and adopt an effective course of action',
      notExpected: 'rungs:child-family-welfare',
    },
    { input: 'Knowledge of types of community agencies', notExpected: 'rungs:keyboarding' },
    { input: 'Ability to follow oral and written directions', notExpected: '1.A.1.a.3' },
    {
      input: 'Knowledge of principles and techniques of security custody of inmates',
      notExpected: 'rungs:custodial-services',
    },
    {
      input:
        'Ability to establish effective working relationships with other staff, various groups and the public',
      notExpected: '2.C.9.b',
    },
    { input: 'Knowledge of work history verification', notExpected: '2.C.7.d' },
    { input: 'Knowledge of water treatment plant operation', notExpected: '2.C.5.b' },
    // A word of a competency's terms in another sense.
    { input: 'Ability to analyze data and draw valid conclusions', notExpected: '2.C.3.c' },
    { input: 'Knowledge of current court decisions', notExpected: '2.B.4.e' },
    { input: 'Knowledge of operations research methods', notExpected: '2.B.3.h' },
    { input: 'Knowledge of the California Coordinate System', notExpected: '2.B.1.b' },
    // "manage" alone is not the Administration and Management competency; land surveying is not
    // a research survey, nor a snow survey geography.
    { input: "Ability to manage one's own time", notExpected: '2.C.1.a' },
    { input: 'Extensive knowledge of turf management', notExpected: '2.C.1.a' },
    { input: 'Knowledge of hazardous waste management', notExpected: '2.C.1.a' },
    {
      input: 'Ability to use and adjust surveying instruments',
      notExpected: 'rungs:research-methods',
    },
    { input: 'Ability to make precise survey measurements', notExpected: 'rungs:research-methods' },
    { input: 'Ability to make ground water and snow surveys', notExpected: '2.C.4.g' },
    // Found by a review of the corpus's matches: a word of a term in another sense.
    {
      input: 'Ability to work in a team environment',
      notExpected: 'rungs:environmental-protection',
    },
    { input: 'Ability to read and interpret blueprints', notExpected: '2.A.1.a' },
    { input: 'Knowledge of radio communication equipment', notExpected: '1.A.1.a.3' },
    { input: 'Knowledge of safety measures', notExpected: '2.C.4.a' },
    { input: 'Knowledge of power plant operation', notExpected: '2.C.2.b' },
    { input: 'Knowledge of water supply systems', notExpected: '2.B.5.c' },
    { input: 'Knowledge of plant diseases and pests', notExpected: '2.C.5.a' },
    { input: 'Ability to stand for long periods of time', notExpected: '2.B.5.a' },
    { input: 'Ability to draft legislation', notExpected: '2.C.3.c' },
    { input: 'Knowledge of population projections', notExpected: 'rungs:project-management' },
    { input: 'Knowledge of cross-disciplinary teams', notExpected: 'rungs:supervision' },
    { input: 'Knowledge of the causes of hearing loss', notExpected: '2.C.8.b' },
    // "medical" alone qualifies staff, records and software as often as it names medicine.
    {
      input: 'Ability to establish and maintain working relationships with medical staff',
      notExpected: '2.C.5.a',
    },
    { input: 'Ability to maintain computerized medical records', notExpected: '2.C.5.a' },
    { input: 'Skill in using medical software, email and spreadsheets', notExpected: '2.C.5.a' },
    { input: 'Knowledge of standards for medical devices and cosmetics', notExpected: '2.C.5.a' },
    // The operations of an office, a program or a lottery are not the operation of equipment.
    {
      input: 'Knowledge of policies and procedures governing lottery operations',
      notExpected: '2.B.3.h',
    },
    {
      input: 'Ability to coordinate operations of a headquarters unit with field personnel',
      notExpected: '2.B.3.h',
    },
    {
      input: 'Knowledge of operations, procedures, and work standards of the office',
      notExpected: '2.B.3.h',
    },
    // Found by a second review of the corpus's matches.
    {
      input: 'Knowledge of hospital organization, management, and procedures',
      notExpected: '2.C.5.a',
    },
    {
      input: 'Knowledge of psychological measurements and projective tests',
      notExpected: '2.C.4.a',
    },
    { input: 'Knowledge of computer operating systems', notExpected: '2.B.3.h' },
    {
      input: 'Ability to monitor expenditures and operate within a budget',
      notExpected: '2.B.3.h',
    },
    { input: "Ability to assess an organization's financial condition", notExpected: '2.B.5.a' },
    { input: 'Ability to write articles for trade journals', notExpected: '2.C.3.d' },
    { input: 'Knowledge of the programs of the California Highway Patrol', notExpected: '2.C.3.d' },
    {
      input: 'Knowledge of the requirements specified in Research Analyst I',
      notExpected: '1.C.7.b',
    },
    {
      input: 'Knowledge of the functions of the Department of Corrections and Rehabilitation',
      notExpected: '2.C.5.b',
    },
    // A laboratory's analyses are tests on samples; treatment of things is not therapy.
    { input: 'Ability to perform accurate chemical analyses', notExpected: '1.C.7.b' },
    {
      input: 'Knowledge of apparatus used to monitor and/or collect samples for analysis',
      notExpected: '1.C.7.b',
    },
    {
      input: 'Knowledge of working properties and heat treatment of metals',
      notExpected: '2.C.5.b',
    },
    {
      input: 'Knowledge of treatment and disposal methods of hazardous waste',
      notExpected: '2.C.5.b',
    },
    {
      input: 'Ability to identify pests and the type of treatment required',
      notExpected: '2.C.5.b',
    },
    { input: 'Ability to treat others with respect and dignity', notExpected: '2.C.5.b' },
    // The same stems in other trades: fingerprints, office and mailing machines, testing of steel.
    {
      input: 'Ability to learn sophisticated methods of latent print analysis',
      notExpected: 'rungs:printing',
    },
    { input: 'Ability to cut, sew, bind, and maintain canvas', notExpected: 'rungs:printing' },
    { input: 'Ability to operate office machines', notExpected: 'rungs:metalworking' },
    {
      input: 'Knowledge of the capabilities of various mailing machines and related equipment',
      notExpected: 'rungs:metalworking',
    },
    {
      input:
        'Must be able to direct and perform magnetic particle, radiographic, and eddy current testing',
      notExpected: 'rungs:medical-imaging',
    },
    {
      input: 'Knowledge of environmental radiochemistry and radiological instrumentation',
      notExpected: 'rungs:medical-imaging',
    },
    {
      input: 'Working knowledge of image processing techniques',
      notExpected: 'rungs:medical-imaging',
    },
    {
      input: 'Knowledge of x-ray diffraction and x-ray fluorescence methods',
      notExpected: 'rungs:medical-imaging',
    },
    {
      input: 'Ability to operate x-ray baggage screening equipment',
      notExpected: 'rungs:medical-imaging',
    },
    { input: 'Skill in soldering electronic components', notExpected: 'rungs:metalworking' },
    { input: 'Knowledge of lumber grading and timber sales', notExpected: 'rungs:woodworking' },
    // "Behavior" is Psychology's (human behavior), not that of fires, reservoirs or sound.
    { input: 'Knowledge of basic fire behavior', notExpected: '2.C.4.e' },
    { input: 'Knowledge of types, causes, character and behavior of fires', notExpected: '2.C.4.e' },
    {
      input:
        'Knowledge of oil, gas and geothermal reservoir characteristics or behavior, and methods of estimating mineral reserves',
      notExpected: '2.C.4.e',
    },
    {
      input:
        'Knowledge of behavior of audible and inaudible sound waves in the air and of wave transmissions through solid bodies',
      notExpected: '2.C.4.e',
    },
  ];
  it.each(mustNotMeet)('"$input" does not meet $notExpected', ({ input, notExpected }) => {
    expect(ids(input)).not.toContain(notExpected);
  });

  it('returns matches strongest first, each above the reporting floor', () => {
    const matches = matchCompetencies(
      'Good knowledge of community medical and mental health programs and related laws and regulations',
      'knowledge',
    );
    expect(matches.length).toBeGreaterThan(1);
    for (const m of matches) expect(m.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    for (let i = 1; i < matches.length; i++)
      expect(matches[i - 1]!.confidence).toBeGreaterThanOrEqual(matches[i]!.confidence);
  });

  it.each([
    {
      input:
        'Judgment and decision making skills - the ability to consider the relative costs and benefits of potential actions to choose the most appropriate one.',
      expected: ['2.B.4.e'],
    },
    {
      input:
        'Complex problem solving skills – identifying complex problems and reviewing related information to develop and evaluate options and implement solutions.',
      expected: ['2.B.2.i'],
    },
    {
      input:
        'Knowledge of principles and procedures for personnel recruitment, selection, training, compensation and benefits, labor relations and negotiation, and personnel information systems.',
      expected: ['2.C.1.f'],
    },
  ])(
    'names only the O*NET element whose descriptor a statement quotes: $expected',
    ({ input, expected }) => {
      // Not Management of Financial Resources for "costs", Critical Thinking for "evaluate
      // options", Computers and Electronics for "information systems".
      expect(ids(input, 'skill')).toEqual(expected);
    },
  );

  it('keeps a competency the quoting statement names by a phrase of its own', () => {
    // Writing's descriptor, quoted by an ability statement that says "communicate effectively in
    // writing": Written Expression too.
    const found = ids(
      'Ability to communicate effectively in writing as appropriate for the needs of the audience',
      'ability',
    );
    expect(found).toContain('2.A.1.c');
    expect(found).toContain('1.A.1.a.4');
  });

  it('is surer of a quoted O*NET descriptor than of a lone word', () => {
    const quoted = matchCompetencies(
      'Considering the relative costs and benefits of potential actions to choose the most appropriate one',
    )[0];
    const lone = matchCompetencies('decisions').find((m) => m.id === '2.B.4.e');
    expect(quoted?.id).toBe('2.B.4.e');
    expect(quoted!.confidence).toBeGreaterThan(lone!.confidence);
  });

  it('puts the competency of the statement’s kind first among twins', () => {
    expect(ids('ability to communicate in writing', 'ability').indexOf('1.A.1.a.4')).toBeLessThan(
      ids('ability to communicate in writing', 'ability').indexOf('2.A.1.c'),
    );
    expect(ids('skill in communicating in writing', 'skill').indexOf('2.A.1.c')).toBeLessThan(
      ids('skill in communicating in writing', 'skill').indexOf('1.A.1.a.4'),
    );
  });

  it('returns [] for text naming no competency, and never throws', () => {
    expect(matchCompetencies('')).toEqual([]);
    expect(matchCompetencies('the of and')).toEqual([]);
    expect(matchCompetencies('Ability to apply the required knowledge')).toEqual([]);
    expect(() => matchCompetencies('\ufffd;;(( ))--')).not.toThrow();
  });
});
