import { describe, expect, it } from 'vitest';
import { buildClassIndex } from '../../../src/domain/graph/build-class-index.ts';
import {
  buildEquivalenceEdges,
  type EquivalenceEdgeOptions,
} from '../../../src/domain/graph/build-equivalence-edges.ts';
import type { JobClass } from '../../../src/domain/model/index.ts';
import { experience, jobClass, keywordScorer, ref, route } from './fixtures.ts';

const equivalences = (classes: JobClass[], cap?: number, more: EquivalenceEdgeOptions = {}) =>
  buildEquivalenceEdges(classes, buildClassIndex(classes), {
    scorer: keywordScorer,
    ...(cap !== undefined ? { maxSourcesPerRoute: cap } : {}),
    ...more,
  });

const caseManager = jobClass({
  id: 'wc:cm2',
  title: 'Case Manager II',
  jurisdiction: 'wc',
  summary: 'Performs social casework with mentally disabled patients.',
  duties: [
    'Counsels mentally disabled patients.',
    'Links mentally disabled clients to services.',
    'Keeps records.',
  ],
});
const intensive = jobClass({
  id: 'ny:icm',
  title: 'Intensive Case Manager',
  jurisdiction: 'ny',
  routes: [
    route('A', {
      education: ['master', 'human services'],
      experience: [
        experience(24, 'direct services to mentally disabled clients', {
          kindIds: ['mentally disabled'],
        }),
      ],
      line: 49,
    }),
    route('B', {
      education: ['bachelor', 'human services'],
      experience: [experience(48, 'as indicated in (A)', { kindIds: ['mentally disabled'] })],
      line: 59,
    }),
    route('C', {
      equivalentCombination: true,
      experience: [experience(0, 'combination', { kindIds: ['mentally disabled'] })],
    }),
  ],
});

describe('buildEquivalenceEdges(classes, index, options)', () => {
  it('adds one edge per route whose experience kind the source class shows, across jurisdictions', () => {
    const edges = equivalences([caseManager, intensive]);
    expect(edges.map((e) => [e.source, e.target, e.route, e.months])).toEqual([
      ['wc:cm2', 'ny:icm', 'A', 24],
      ['wc:cm2', 'ny:icm', 'B', 48],
    ]);
  });

  it('carries the score and evidence from both specs', () => {
    const [edge] = equivalences([caseManager, intensive]);
    expect(edge?.kind).toBe('equivalence');
    expect(edge?.weight).toBeGreaterThan(0.5);
    expect(edge?.evidence).toEqual([
      {
        classId: 'ny:icm',
        text: '24 months of direct services to mentally disabled clients',
        file: 'ny.txt',
        line: 49,
      },
      {
        classId: 'wc:cm2',
        text: 'Performs social casework with mentally disabled patients.',
        file: 'wc.txt',
        line: 2,
      },
    ]);
  });

  it('joins a class whose line of work a requirement names as a job, whatever its kind scores', () => {
    const officer = jobClass({ id: 'il:po', title: 'Police Officer', jurisdiction: 'il' });
    const clerk = jobClass({ id: 'il:clerk', title: 'Police Records Clerk', jurisdiction: 'il' });
    const sergeant = jobClass({
      id: 'il:sgt',
      title: 'Police Sergeant',
      jurisdiction: 'il',
      routes: [
        route('2', {
          line: 7,
          experience: [
            experience(
              24,
              'full-time experience as a police officer with a municipal police organization',
            ),
          ],
        }),
      ],
    });
    const edges = equivalences([officer, clerk, sergeant]);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'il:po',
      target: 'il:sgt',
      kind: 'equivalence',
      weight: 1,
      months: 24,
      route: '2',
      basis: 'counts toward route 2: work as a police officer',
    });
    expect(edges[0]?.evidence.map((e) => [e.classId, e.line])).toEqual([
      ['il:sgt', 7],
      ['il:po', null],
    ]);
  });

  it('is directional: the target asks, the source shows', () => {
    const edges = equivalences([caseManager, intensive]);
    expect(edges.some((e) => e.source === 'ny:icm')).toBe(false);
  });

  it('makes no equivalence edges for a requirement naming a class of the graph (a promotion edge does)', () => {
    const named = jobClass({
      id: 'wc:sup',
      title: 'Supervisor',
      jurisdiction: 'wc',
      routes: [
        route('A', {
          experience: [
            experience(12, 'casework', {
              kindIds: ['casework'],
              classRefs: [ref('Case Manager II')],
            }),
          ],
        }),
      ],
    });
    const caseworker = jobClass({
      id: 'wc:cw',
      title: 'Caseworker',
      jurisdiction: 'wc',
      summary: 'Social casework.',
    });
    expect(equivalences([caseManager, caseworker, named])).toEqual([]);
    // A requirement naming a class the graph lacks falls back to the kind it asks for.
    const exp = experience(12, 'casework', {
      kindIds: ['casework'],
      classRefs: [ref('Nobody Here')],
    });
    const unknown = jobClass({
      id: 'wc:sup',
      title: 'Supervisor',
      jurisdiction: 'wc',
      routes: [route('A', { experience: [exp] })],
    });
    // (The Case Manager II shows casework in its summary only: 0.5, so the edge floor is lowered.)
    const lenient = { minScore: 0.5 };
    expect(
      equivalences([caseManager, caseworker, unknown], undefined, lenient).map((e) => e.source),
    ).toEqual(['wc:cm2', 'wc:cw']);
  });

  it('keeps the strongest sources per route up to the cap', () => {
    const weak = jobClass({
      id: 'x:weak',
      title: 'Aide',
      jurisdiction: 'x',
      summary: 'Supports mentally disabled clients.',
      duties: ['Helps mentally disabled residents.', 'Files papers.', 'Answers the telephone.'],
    });
    const all = equivalences([caseManager, weak, intensive]);
    expect(all.map((e) => `${e.source}#${e.route}`)).toEqual([
      'wc:cm2#A',
      'wc:cm2#B',
      'x:weak#A',
      'x:weak#B',
    ]);
    const edges = equivalences([caseManager, weak, intensive], 1);
    expect(edges.map((e) => `${e.source}#${e.route}`)).toEqual(['wc:cm2#A', 'wc:cm2#B']);
  });
});
