// Parsed documents + jurisdictions (+ edges built by the graph layer) → one graph document: classes
// from every document with duplicate ids resolved, all diagnostics, and the per-document sources.
// [Reference] ../shared/PRODUCT.md "Data contract"; src/domain/model/graph-document.ts.

import type { Diagnostic } from '../diagnostics.ts';
import {
  SCHEMA_VERSION,
  type CareerEdge,
  type GraphDocument,
  type JobClass,
  type Jurisdiction,
  type SourceDocument,
  inOneShape,
} from '../model/index.ts';

export interface AssembleGraphDocumentOptions {
  /** The parsed documents, in the order they were read. */
  documents: readonly { classes: readonly JobClass[]; document: SourceDocument }[];
  jurisdictions: readonly Jurisdiction[];
  /** Diagnostics gathered so far (file problems, parsing). Default: none. */
  diagnostics?: readonly Diagnostic[];
  /** Edges between the classes (from the graph layer's buildEdges). Default: none. */
  edges?: readonly CareerEdge[];
  /** ISO timestamp to record. Default: now. */
  generatedAt?: string;
}

/** How much a class says: used to keep the fuller of two definitions of one class. */
function richness(c: JobClass): number {
  return (
    (c.summary !== '' ? 1 : 0) +
    c.duties.length +
    c.ksas.length +
    c.qualifications.routes.length * 2 +
    (c.qualifications.text !== '' ? 2 : 0) +
    c.specialRequirements.length
  );
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
}

/**
 * Merges parsed documents into a graph document. A class defined by two documents (a series page and
 * the class's own page) is kept once: the fuller definition wins, then the one from the file named
 * after the class code, then the first; a 'duplicate-class' warning names both files.
 * NOTE: `calhr:5756` from 5742.txt (series page, no qualifications) and from 5756.txt (its own page)
 * → the one from 5756.txt.
 */
export function assembleGraphDocument(options: AssembleGraphDocumentOptions): GraphDocument {
  const diagnostics: Diagnostic[] = [...(options.diagnostics ?? [])];
  // NOTE: a Map keeps the order ids were first set in, and replacing a class keeps its place:
  // A, B, then a fuller A → [fuller A, B].
  const byId = new Map<string, JobClass>();
  const documents: SourceDocument[] = [];

  for (const parsed of options.documents) {
    documents.push(parsed.document);
    for (const cls of parsed.classes) {
      const kept = byId.get(cls.id);
      if (!kept) {
        byId.set(cls.id, cls);
        continue;
      }
      const score = (c: JobClass) =>
        richness(c) * 4 + (c.code !== null && baseName(c.source.file) === c.code ? 1 : 0);
      const replace = score(cls) > score(kept);
      const winner = replace ? cls : kept;
      const loser = replace ? kept : cls;
      if (replace) byId.set(cls.id, cls);
      diagnostics.push({
        file: loser.source.file,
        line: loser.source.lines[0],
        severity: 'warning',
        code: 'duplicate-class',
        message: `"${cls.title}" (${cls.id}) is defined in ${kept.source.file} and ${cls.source.file}; kept the fuller definition from ${winner.source.file}.`,
        classId: cls.id,
      });
    }
  }

  // Every class in one object layout for what reads them next (see one-shape.ts).
  const classes = [...byId.values()].map(inOneShape);
  const used = new Set(classes.map((c) => c.jurisdiction));
  const jurisdictions = options.jurisdictions.filter(
    (j, k, all) => all.findIndex((x) => x.id === j.id) === k,
  );
  for (const id of used) {
    if (!jurisdictions.some((j) => j.id === id)) {
      jurisdictions.push({ id, name: id, kind: 'other', inferred: false });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    jurisdictions,
    classes,
    edges: [...(options.edges ?? [])],
    diagnostics,
    documents,
  };
}
