import { describe, expect, it } from 'vitest';
import { beginEdges, buildEdges } from '../../../src/domain/graph/build-edges.ts';
import { sharedKsaNeighbours } from '../../../src/domain/graph/build-shared-ksa-edges.ts';
import { classKindTable } from '../../../src/domain/graph/score-experience-match.ts';
import { buildCareerGraph } from '../../../src/domain/graph/build-graph.ts';
import { loadGraphDocument } from '../../../src/domain/graph/load-graph-document.ts';
import { serializeGraph } from '../../../src/domain/graph/serialize-graph.ts';
import { InvalidDocumentError, InvalidOptionError } from '../../../src/domain/errors.ts';
import { documentOf, experience, graphOf, jobClass, ksa, ref, route, series } from './fixtures.ts';
import { seedClasses } from './seed-graph.ts';

const classes = [
  ...series(['a', 'b']),
  jobClass({
    id: 'j2:x',
    title: 'X',
    jurisdiction: 'j2',
    ksas: [ksa('k', ['c1']), ksa('k2', ['c2'])],
  }),
  jobClass({
    id: 'j2:y',
    title: 'Y',
    jurisdiction: 'j2',
    ksas: [ksa('k', ['c1']), ksa('k3', ['c3'])],
  }),
];

describe('buildEdges(classes)', () => {
  it('returns the edges of every rule, their diagnostics and counts', () => {
    const withRef = [
      ...classes,
      jobClass({
        id: 'j2:z',
        title: 'Z',
        jurisdiction: 'j2',
        routes: [route('A', { experience: [experience(6, 'x', { classRefs: [ref('Nobody')] })] })],
      }),
    ];
    const result = buildEdges(withRef);
    expect(result.stats.edges).toEqual({ promotion: 1, equivalence: 0, 'shared-ksa': 1 });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unresolved-class-reference']);
    expect(result.stats.references['performing-duties']).toEqual({ resolved: 0, unresolved: 1 });
    expect(result.stats.isolatedClasses).toBe(1);
  });
});

describe('beginEdges(classes).equivalence(kindTable).finish(neighbours)', () => {
  const seeds = seedClasses();

  it('gives the edges buildEdges gives, with the table and neighbours worked out apart or not', () => {
    const whole = buildEdges(seeds);
    expect(whole.stats.edges.equivalence).toBeGreaterThan(0);
    expect(whole.stats.edges['shared-ksa']).toBeGreaterThan(0);
    const begun = beginEdges(seeds);
    const neighbours = sharedKsaNeighbours(structuredClone(begun.sharedKsaVectors));
    const apart = begun.equivalence(classKindTable(seeds)).finish(neighbours);
    expect(apart.edges).toEqual(whole.edges);
    expect(apart.diagnostics).toEqual(whole.diagnostics);
    expect(apart.stats.edges).toEqual(whole.stats.edges);
    expect(beginEdges(seeds).equivalence().finish().edges).toEqual(whole.edges);
  });

  it('refuses a table made for other classes', () => {
    const begun = beginEdges(seeds);
    expect(() => begun.equivalence(classKindTable(seeds.slice(1)))).toThrow(InvalidOptionError);
  });
});

describe('buildCareerGraph(doc)', () => {
  it('makes one node per class, promotion edges directed and shared-KSA edges undirected', () => {
    const graph = graphOf(classes);
    expect(graph.order).toBe(4);
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.directedSize).toBe(1);
    expect(graph.undirectedSize).toBe(1);
    expect(graph.hasDirectedEdge('j1:a', 'j1:b')).toBe(true);
    expect(graph.hasDirectedEdge('j1:b', 'j1:a')).toBe(false);
    expect(graph.hasEdge('promotion:j1:a->j1:b')).toBe(true);
    expect(graph.hasEdge('shared-ksa:j2:x--j2:y')).toBe(true);
  });

  it('rebuilds edges from the classes on request', () => {
    const graph = buildCareerGraph(documentOf(classes), { rebuildEdges: true });
    expect(graph.size).toBe(2);
  });

  it('throws InvalidDocumentError for an edge naming an unknown class or a duplicated class', () => {
    const edge = {
      source: 'j1:a',
      target: 'nope',
      kind: 'promotion' as const,
      weight: 1,
      months: null,
      evidence: [],
      basis: '',
    };
    expect(() => buildCareerGraph(documentOf(classes, [edge]))).toThrow(InvalidDocumentError);
    expect(() =>
      buildCareerGraph(documentOf(classes, [{ ...edge, source: 'nope', target: 'j1:a' }])),
    ).toThrow(/unknown class "nope"/);
    expect(() =>
      buildCareerGraph(documentOf(classes, [{ ...edge, source: 'nope', target: 'nope' }])),
    ).toThrow(/unknown class "nope"/);
    expect(() => buildCareerGraph(documentOf([...classes, classes[0]!]))).toThrow(
      InvalidDocumentError,
    );
  });

  it('skips an edge from a class to itself and keeps a repeated edge once', () => {
    const [a, b] = classes.map((c) => c.id) as [string, string];
    const edge = {
      source: a,
      target: b,
      kind: 'promotion' as const,
      weight: 1,
      months: null,
      evidence: [],
      basis: 'first',
    };
    const graph = buildCareerGraph(
      documentOf(classes, [edge, { ...edge, basis: 'again' }, { ...edge, target: a }]),
    );
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'basis')).toBe('first');
  });
});

describe('serializeGraph(graph)', () => {
  it('round-trips through JSON and loadGraphDocument', () => {
    const graph = graphOf(classes);
    const doc = serializeGraph(graph);
    const again = buildCareerGraph(loadGraphDocument(JSON.parse(JSON.stringify(doc))));
    expect(serializeGraph(again)).toEqual(doc);
    expect(doc.edges).toHaveLength(2);
  });
});

/** The document with one route whose experience carries `specific`. */
function withSpecific(d: Record<string, unknown>, specific: unknown): Record<string, unknown> {
  const [first, ...rest] = d.classes as { qualifications: object }[];
  const exp = { ...experience(12, 'plumbing'), specific };
  const routes = [{ id: 'A', label: 'A', experience: [exp], licenses: [] }];
  const cls = { ...first, qualifications: { ...first?.qualifications, routes } };
  return { ...d, classes: [cls, ...rest] };
}

/** The same, with the `specific` on a part the experience must include. */
function withIncludingSpecific(d: Record<string, unknown>, specific: unknown) {
  const [first, ...rest] = d.classes as { qualifications: object }[];
  const including = [{ months: 6, kind: 'plumbing supervision', classRefs: [], specific }];
  const exp = { ...experience(12, 'plumbing'), including };
  const routes = [{ id: 'A', label: 'A', experience: [exp], licenses: [] }];
  const cls = { ...first, qualifications: { ...first?.qualifications, routes } };
  return { ...d, classes: [cls, ...rest] };
}

describe('loadGraphDocument(json)', () => {
  const good = () =>
    JSON.parse(JSON.stringify(serializeGraph(graphOf(classes)))) as Record<string, unknown>;
  const cases: { name: string; mutate: (d: Record<string, unknown>) => unknown }[] = [
    { name: 'not an object', mutate: () => 'graph' },
    { name: 'another schema version', mutate: (d) => ({ ...d, schemaVersion: 99 }) },
    { name: 'classes missing', mutate: (d) => ({ ...d, classes: undefined }) },
    {
      name: 'a class without a title',
      mutate: (d) => ({ ...d, classes: [{ ...(d.classes as object[])[0], title: 3 }] }),
    },
    {
      name: 'an edge of an unknown kind',
      mutate: (d) => ({ ...d, edges: [{ ...(d.edges as object[])[0], kind: 'friendship' }] }),
    },
    {
      name: "a requirement's specific term without a weight",
      mutate: (d) => withSpecific(d, [{ term: 'plumb', weight: 'heavy' }]),
    },
    {
      name: "an included part's specific terms that are not a list",
      mutate: (d) => withIncludingSpecific(d, { term: 'supervis' }),
    },
  ];
  it.each(cases)('throws InvalidDocumentError for $name', ({ mutate }) => {
    expect(() => loadGraphDocument(mutate(good()))).toThrow(InvalidDocumentError);
  });

  it("reads a requirement's specific terms", () => {
    const specific = [{ term: 'plumb', weight: 4.2 }];
    const doc = loadGraphDocument(withSpecific(good(), specific));
    expect(doc.classes[0]?.qualifications.routes[0]?.experience[0]?.specific).toEqual(specific);
    const part = loadGraphDocument(withIncludingSpecific(good(), specific));
    expect(
      part.classes[0]?.qualifications.routes[0]?.experience[0]?.including[0]?.specific,
    ).toEqual(specific);
  });

  it('fills optional arrays a writer may omit', () => {
    const d = good();
    delete d.diagnostics;
    delete d.documents;
    const doc = loadGraphDocument(d);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.documents).toEqual([]);
  });
});
