// Reads and parses ingest targets (documents, or IL SUCSS export folders) into their documents and
// classes. The one place a target is read: the ingest calls it directly, or in worker threads
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

/** Reads and parses one target: a document, or an SUCSS export folder (read and parsed at once). */
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

/**
 * Reads and parses the targets `claim` hands out (an index into `targets`, or -1 when none is
 * left), handing each result to `done` in the order claimed. Threads that share one `claim` share
 * the work, however fast each turns out to be.
 * NOTE: one target at a time, none read ahead: files are read synchronously (read-document.ts), so
 * a target claimed early would only wait on this thread while another thread could have taken it.
 * With `yieldBetween`, the event loop runs between targets (for what this thread is waiting on).
 */
export async function readClaimed(
  targets: readonly IngestTarget[],
  maxBytes: number,
  claim: () => number,
  done: (index: number, result: TargetResult) => void,
  { yieldBetween = false }: { yieldBetween?: boolean } = {},
): Promise<void> {
  for (let index = claim(); targets[index] !== undefined; index = claim()) {
    const target = targets[index] as IngestTarget;
    done(index, await readTarget(target, maxBytes));
    if (yieldBetween) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Each target read and parsed on this thread, results in the targets' order. */
export async function readTargets(
  targets: readonly IngestTarget[],
  maxBytes: number,
): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  let next = 0;
  await readClaimed(
    targets,
    maxBytes,
    () => (next < targets.length ? next++ : -1),
    (index, result) => (results[index] = result),
  );
  return results;
}
