import { describe, expect, it } from 'vitest';
import type { JobClass, SourceDocument } from '../../../src/domain/model/index.ts';
import { assembleGraphDocument } from '../../../src/domain/spec/assemble-graph-document.ts';
import { parseSpecDocument } from '../../../src/domain/spec/parse-spec-document.ts';

const doc = (file: string, text: string) =>
  parseSpecDocument(text.split('\n'), { file, jurisdiction: 'calhr', format: 'text' }).value;

const series = doc(
  '5742.txt',
  'Specialist Series\n\nSchem Code\tClass Code\tClass\n\nLQ80\t5742\tSpecialist I\n\nLQ82\t5756\tSpecialist I (Social)\n\nDefinition of Series\n\nResearch.',
);
const own = doc(
  '5756.txt',
  'Specialist I (Social)\n\nClass Code: 5756\n\nDefinition\n\nSocial research.\n\nTypical Tasks\n\nDoes research.\n\nMinimum Qualifications\n\nOne year of research experience.\n\nKnowledge and Abilities\n\nKnowledge of: Research methods.',
);

describe('assembleGraphDocument(options)', () => {
  it('merges documents, keeping the fuller definition of a class defined twice', () => {
    const graph = assembleGraphDocument({
      documents: [series, own],
      jurisdictions: [{ id: 'calhr', name: 'CalHR', kind: 'state agency', inferred: false }],
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(graph.classes.map((c) => [c.id, c.source.file])).toEqual([
      ['calhr:5742', '5742.txt'],
      ['calhr:5756', '5756.txt'],
    ]);
    const dup = graph.diagnostics.filter((d) => d.code === 'duplicate-class');
    expect(dup).toHaveLength(1);
    expect(dup[0]?.message).toContain('5742.txt');
    expect(dup[0]?.message).toContain('5756.txt');
    expect(graph.documents.map((d) => d.file)).toEqual(['5742.txt', '5756.txt']);
  });

  it('keeps a replaced class in the place it was first read', () => {
    const reversed = doc(
      '5742.txt',
      'Specialist Series\n\nSchem Code\tClass Code\tClass\n\nLQ82\t5756\tSpecialist I (Social)\n\nLQ80\t5742\tSpecialist I\n\nDefinition of Series\n\nResearch.',
    );
    const graph = assembleGraphDocument({
      documents: [reversed, own],
      jurisdictions: [],
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(graph.classes.map((c) => [c.id, c.source.file])).toEqual([
      ['calhr:5756', '5756.txt'],
      ['calhr:5742', '5742.txt'],
    ]);
  });

  it('fills every field of the graph document', () => {
    const edges = [
      {
        source: 'calhr:5742',
        target: 'calhr:5756',
        kind: 'promotion' as const,
        weight: 1,
        months: null,
        evidence: [],
        basis: 'test',
      },
    ];
    const graph = assembleGraphDocument({
      documents: [series],
      jurisdictions: [],
      edges,
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(graph).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      edges,
    });
    expect(graph.jurisdictions).toEqual([
      { id: 'calhr', name: 'calhr', kind: 'other', inferred: false },
    ]);
  });

  it('keeps diagnostics given and documents that yielded no class', () => {
    const empty: { classes: JobClass[]; document: SourceDocument } = {
      classes: [],
      document: {
        file: 'e.txt',
        jurisdiction: 'x',
        format: 'text',
        lineCount: 0,
        placedLines: 0,
        contentLines: 0,
        classIds: [],
      },
    };
    const graph = assembleGraphDocument({
      documents: [empty],
      jurisdictions: [],
      diagnostics: [
        {
          file: 'e.txt',
          line: null,
          severity: 'warning',
          code: 'empty-file',
          message: 'e.txt is empty.',
        },
      ],
    });
    expect(graph.classes).toEqual([]);
    expect(graph.documents).toHaveLength(1);
    expect(graph.diagnostics.map((d) => d.code)).toEqual(['empty-file']);
  });
});
