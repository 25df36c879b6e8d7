// The five bundled seeds, read with node:fs and parsed by the real spec parser, as one career graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdges } from '../../../src/domain/graph/build-edges.ts';
import { buildCareerGraph } from '../../../src/domain/graph/build-graph.ts';
import type { CareerGraph } from '../../../src/domain/graph/career-graph.ts';
import type { JobClass } from '../../../src/domain/model/index.ts';
import { splitTextLines } from '../../../src/domain/spec/formats/split-text-lines.ts';
import { parseSpecDocument } from '../../../src/domain/spec/parse-spec-document.ts';
import { documentOf } from './fixtures.ts';

const DATA = join(import.meta.dirname, '../../../data');

export function seedClasses(): JobClass[] {
  const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as {
    files: { file: string; jurisdiction: string }[];
  };
  return manifest.files.flatMap(({ file, jurisdiction }) => {
    const lines = splitTextLines(readFileSync(join(DATA, file), 'utf8'));
    return parseSpecDocument(lines, { file, jurisdiction, format: 'text' }).value.classes;
  });
}

export function seedGraph(): CareerGraph {
  const classes = seedClasses();
  const { edges, diagnostics } = buildEdges(classes);
  return buildCareerGraph({ ...documentOf(classes, edges), diagnostics });
}

/** The id of the one class with exactly this title (throws otherwise, so a test names what is missing). */
export function idOf(graph: CareerGraph, title: string): string {
  const ids = graph.filterNodes((_id, c) => c.title.toLowerCase() === title.toLowerCase());
  if (ids.length !== 1) throw new Error(`seed graph: ${ids.length} classes titled "${title}"`);
  return ids[0] as string;
}
