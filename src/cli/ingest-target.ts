// Reads and parses one ingest target (a document, or an IL SUCSS export folder) into its documents
// and classes. The one place a target is read: the ingest calls it directly, or in worker threads
// (ingest-workers.ts) when there are many targets. Never throws on bad documents.
// [Reference] src/cli/ingest.ts.

import type { Diagnostic } from '../domain/diagnostics.ts';
import type { JobClass, SourceDocument } from '../domain/model/index.ts';
import { parseSpecDocument } from '../domain/spec/parse-spec-document.ts';
import type { IngestTarget } from './ingest-inputs.ts';
import { readDocument } from './read-document.ts';
import { readSucssFolder } from './read-sucss-folder.ts';

export interface TargetResult {
  diagnostics: Diagnostic[];
  parsed: { classes: JobClass[]; document: SourceDocument }[];
  /** The target's name when it produced no document (unreadable, empty, binary, too large, unsupported). */
  unreadable: string | null;
}

export async function readTarget(target: IngestTarget, maxBytes: number): Promise<TargetResult> {
  if (target.kind === 'sucss-folder') {
    const result = await readSucssFolder(target.path, {
      jurisdiction: target.jurisdiction,
      folder: target.name,
      maxBytes,
    });
    const docs = result.value.documents;
    return {
      diagnostics: result.diagnostics,
      // The classes go with the first sheet; every sheet keeps its own placed share.
      parsed: docs.map((document, k) => ({
        classes: k === 0 ? result.value.classes : [],
        document,
      })),
      unreadable: docs.length === 0 ? target.name : null,
    };
  }
  const read = await readDocument(target.path, { maxBytes, name: target.name });
  if (read.lines === null)
    return { diagnostics: read.diagnostics, parsed: [], unreadable: target.name };
  const result = parseSpecDocument(read.lines, {
    file: target.name,
    jurisdiction: target.jurisdiction,
    format: read.format,
  });
  return {
    diagnostics: [...read.diagnostics, ...result.diagnostics],
    parsed: [result.value],
    unreadable: null,
  };
}
