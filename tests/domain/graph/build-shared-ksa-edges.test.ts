import { describe, expect, it } from 'vitest';
import {
  buildSharedKsaEdges,
  prepareSharedKsa,
  sharedKsaEdgesOf,
  sharedKsaNeighbours,
} from '../../../src/domain/graph/build-shared-ksa-edges.ts';
import { classCompetencies } from '../../../src/domain/graph/class-competencies.ts';
import { jobClass, ksa } from './fixtures.ts';

const withKsas = (id: string, comps: string[], jurisdiction = 'j1') =>
  jobClass({
    id,
    title: id,
    jurisdiction,
    ksas: comps.map((c, i) => ksa(`Knowledge of ${c}`, [c], 3, 20 + i)),
  });

describe('buildSharedKsaEdges(classes, options)', () => {
  it('links two classes that ask for the same competencies, once, undirected (source < target)', () => {
    const edges = buildSharedKsaEdges([
      withKsas('b', ['x', 'y', 'z']),
      withKsas('a', ['x', 'y', 'q'], 'j2'),
    ]);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'a', target: 'b', kind: 'shared-ksa', months: null });
    expect(edges[0]?.competencies?.sort()).toEqual(['x', 'y']);
    expect(edges[0]?.basis).toBe('2 shared competencies');
  });

  it('quotes the KSA statements of both classes as evidence', () => {
    const [edge] = buildSharedKsaEdges([withKsas('a', ['x']), withKsas('b', ['x', 'w'])]);
    expect(edge?.evidence).toEqual([
      { classId: 'a', text: 'Knowledge of x', file: 'j1.txt', line: 20 },
      { classId: 'b', text: 'Knowledge of x', file: 'j1.txt', line: 20 },
    ]);
  });

  it('cites a KSA from the sheet a class index keeps its KSAs in', () => {
    const indexed = { ...withKsas('b', ['x', 'w']), fileOf: { ksas: 'idx/ksa.csv' } };
    const [edge] = buildSharedKsaEdges([withKsas('a', ['x']), indexed]);
    expect(edge?.evidence.map((e) => `${e.classId} ${e.file}:${String(e.line)}`)).toEqual([
      'a j1.txt:20',
      'b idx/ksa.csv:20',
    ]);
  });

  it('quotes the statement that names the shared competency first, as classCompetencies lists them', () => {
    // In a, "x" is named in passing at line 10 and first at line 11; in b, only in passing.
    const a = jobClass({
      id: 'a',
      title: 'a',
      ksas: [ksa('Knowledge of y and x', ['y', 'x'], 3, 10), ksa('Skill in x', ['x'], 3, 11)],
    });
    const b = jobClass({
      id: 'b',
      title: 'b',
      ksas: [ksa('Knowledge of z and x', ['z', 'x'], 3, 30), ksa('Skill in x work', ['x'], 3, 31)],
    });
    const c = jobClass({
      id: 'c',
      title: 'c',
      ksas: [ksa('Knowledge of w and x', ['w', 'x'], 3, 40)],
    });
    const edges = buildSharedKsaEdges([a, b, c], { threshold: 0 });
    const quoted = (source: string, target: string) =>
      edges
        .find((e) => e.source === source && e.target === target)
        ?.evidence.map((e) => `${e.classId}:${e.line}`);
    expect(quoted('a', 'b')).toEqual(['a:11', 'b:31']);
    expect(quoted('a', 'c')).toEqual(['a:11', 'c:40']);
    for (const cls of [a, b, c]) {
      const first = classCompetencies(cls).get('x')?.ksas[0]?.line;
      expect(
        edges.some((e) => e.evidence.some((v) => v.classId === cls.id && v.line === first)),
      ).toBe(true);
    }
  });

  it('weighs a rare shared competency above a common one', () => {
    const common = ['common'];
    const classes = [
      withKsas('a', [...common, 'rare', 'a1']),
      withKsas('b', [...common, 'rare', 'b1']),
      withKsas('c', [...common, 'c1', 'c2']),
      withKsas('d', [...common, 'd1', 'd2']),
      withKsas('e', [...common, 'e1', 'e2']),
    ];
    const edges = buildSharedKsaEdges(classes, { threshold: 0 });
    const ab = edges.find((e) => e.source === 'a' && e.target === 'b');
    const cd = edges.find((e) => e.source === 'c' && e.target === 'd');
    expect(ab?.weight).toBeGreaterThan(cd?.weight ?? 1);
  });

  it('uses vocabulary specificity when given', () => {
    const classes = [withKsas('a', ['x', 'y']), withKsas('b', ['x', 'z'])];
    const plain = buildSharedKsaEdges(classes, { threshold: 0 })[0]?.weight ?? 0;
    const specific =
      buildSharedKsaEdges(classes, { threshold: 0, specificity: (id) => (id === 'x' ? 1 : 0.1) })[0]
        ?.weight ?? 0;
    expect(specific).toBeGreaterThan(plain);
  });

  it('drops pairs below the threshold and keeps each class to its strongest neighbours', () => {
    const hub = withKsas('hub', ['a', 'b', 'c', 'd']);
    const others = ['a', 'b', 'c', 'd'].map((c) => withKsas(`n-${c}`, [c, `${c}-own`]));
    expect(buildSharedKsaEdges([hub, ...others], { threshold: 0.99 })).toEqual([]);
    const kept = buildSharedKsaEdges([hub, ...others], { threshold: 0, neighbours: 1 });
    // Every leaf keeps the hub as its one neighbour: an edge stays when either end keeps it.
    expect(kept.map((e) => `${e.source}-${e.target}`).sort()).toEqual([
      'hub-n-a',
      'hub-n-b',
      'hub-n-c',
      'hub-n-d',
    ]);
  });

  it('links near-twins whose competencies are all common, and nothing else through them', () => {
    // 70 classes share g1 to g4 (too common to propose pairs) and each has one of its own.
    const filler = Array.from({ length: 70 }, (_, n) =>
      withKsas(`f${String(n).padStart(2, '0')}`, ['g1', 'g2', 'g3', 'g4', `own${n}`]),
    );
    const edges = buildSharedKsaEdges([
      ...filler,
      withKsas('twin-a', ['g1', 'g2', 'g3']),
      withKsas('twin-b', ['g1', 'g2', 'g3']),
      // The same two common competencies say nothing of a twin.
      withKsas('pair-a', ['g1', 'g4']),
      withKsas('pair-b', ['g1', 'g4']),
      withKsas('lone', ['g4']),
    ]);
    const touching = (id: string) => edges.filter((e) => e.source === id || e.target === id);
    expect(touching('twin-a').map((e) => [e.source, e.target, e.weight])).toEqual([
      ['twin-a', 'twin-b', 1],
    ]);
    expect(touching('pair-a')).toEqual([]);
    expect(touching('lone')).toEqual([]);
    // The filler classes keep their own neighbours: no twin took a place in their lists.
    expect(edges.filter((e) => e.source.startsWith('f') && !e.target.startsWith('f'))).toEqual([]);
  });

  it('ignores competency matches below the confidence floor', () => {
    const a = withKsas('a', ['x']);
    const b = jobClass({
      id: 'b',
      title: 'b',
      ksas: [{ ...ksa('Knowledge of x', ['x']), matches: [{ id: 'x', confidence: 0.2 }] }],
    });
    expect(buildSharedKsaEdges([a, b], { threshold: 0 })).toEqual([]);
  });
});

describe('prepareSharedKsa / sharedKsaNeighbours / sharedKsaEdgesOf', () => {
  const hub = withKsas('hub', ['a', 'b', 'c', 'd']);
  const leaves = ['a', 'b', 'c', 'd'].map((c, i) =>
    withKsas(`n-${c}`, ['a', 'b', 'c', 'd'].slice(0, i + 1).concat(`${c}-own`)),
  );
  const classes = [hub, ...leaves];

  it('codes the competencies of each class in typed arrays, ascending per class', () => {
    const { vectors, compIds } = prepareSharedKsa(classes);
    expect([...vectors.starts]).toEqual([0, 4, 6, 9, 13, 18]);
    const setOf = (i: number) =>
      [...vectors.codes.subarray(vectors.starts[i], vectors.starts[i + 1])].map((c) => compIds[c]);
    expect(setOf(0)).toEqual(['a', 'b', 'c', 'd']);
    expect(setOf(2)).toEqual(['a', 'b', 'b-own']);
    // "a" is in all five classes, "d-own" in one: the rarer weighs more.
    const w2 = (id: string) => vectors.w2[compIds.indexOf(id)] ?? 0;
    expect(w2('d-own')).toBeGreaterThan(w2('a'));
  });

  it('keeps the k strongest neighbours of each class, strongest first', () => {
    const { vectors } = prepareSharedKsa(classes);
    const nb = sharedKsaNeighbours(vectors, { neighbours: 2, threshold: 0 });
    expect(nb.k).toBe(2);
    expect([...nb.counts]).toEqual([2, 2, 2, 2, 2]);
    const of = (i: number) => [...nb.js.subarray(i * 2, i * 2 + (nb.counts[i] ?? 0))];
    // The hub shares most with the leaves that ask for most of its competencies.
    expect(of(0)).toEqual([4, 3]);
    const ws = [...nb.ws.subarray(0, 2)];
    expect(ws[0]).toBeGreaterThan(ws[1] ?? 1);
    expect(sharedKsaNeighbours(vectors, { threshold: 0.99 }).counts.every((c) => c === 0)).toBe(
      true,
    );
  });

  it('builds from the neighbours the same edges as buildSharedKsaEdges', () => {
    const prepared = prepareSharedKsa(classes);
    const nb = sharedKsaNeighbours(prepared.vectors, { neighbours: 2, threshold: 0 });
    expect(sharedKsaEdgesOf(classes, prepared, nb)).toEqual(
      buildSharedKsaEdges(classes, { neighbours: 2, threshold: 0 }),
    );
  });
});

describe('classCompetencies(cls)', () => {
  it('takes the highest proficiency of the statements that name the competency first', () => {
    const cls = jobClass({
      id: 'c',
      title: 'c',
      ksas: [
        ksa('Basic knowledge of social work practices', ['sw'], 1),
        { ...ksa('Demonstrated skill in interview techniques of social workers', ['iv', 'sw'], 3) },
        ksa('Thorough knowledge of interviewing', ['iv'], 4),
      ],
    });
    const comps = classCompetencies(cls);
    expect(comps.get('sw')).toMatchObject({ proficiency: 1, proficiencyWord: 'basic' });
    expect(comps.get('sw')?.ksas.map((k) => k.text)).toEqual([
      'Basic knowledge of social work practices',
      'Demonstrated skill in interview techniques of social workers',
    ]);
    expect(comps.get('iv')?.proficiency).toBe(4);
  });

  it('falls back to passing mentions when no statement names the competency first', () => {
    const cls = jobClass({ id: 'c', title: 'c', ksas: [ksa('Skill in x and y', ['x', 'y'], 3)] });
    expect(classCompetencies(cls).get('y')?.proficiency).toBe(3);
  });
});
