// `npm run ingest [-- <files or folders…> [--jurisdiction NAME] --out <file>]`: class-specification
// documents → one graph document (JSON), with a grouped summary of what was read and what was not.
// argv + files only: reading is readDocument / readSucssFolder, parsing is the domain's.
// [Reference] ../shared/PRODUCT.md "Data contract"; issue 2 "The command".

import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from '../domain/diagnostics.ts';
import { beginEdges, type BuildEdgesResult } from '../domain/graph/build-edges.ts';
import { classKindTable, joinClassKindTables } from '../domain/graph/score-experience-match.ts';
import {
  requirementWordings,
  specificTermsOf,
  workTermTable,
  type WorkTermTable,
} from '../domain/graph/specific-terms.ts';
import { packedGraphFile, packForExplorer } from '../domain/graph/pack-graph-document.ts';
import type { GraphDocument, JobClass, SourceDocument } from '../domain/model/index.ts';
import { assembleGraphDocument } from '../domain/spec/assemble-graph-document.ts';
import { buildSearchIndex, searchIndexFile } from '../domain/search/index.ts';
import { IngestArgsError, INGEST_USAGE, parseIngestArgs, type IngestInput } from './ingest-args.ts';
import { collectInputs, readManifest, type Manifest } from './ingest-inputs.ts';
import { readTargets } from './ingest-target.ts';
import {
  MIN_TARGETS_FOR_WORKERS,
  readTargetsInParallel,
  type IngestHelpers,
} from './ingest-workers.ts';
import { formatIngestSummary } from './ingest-summary.ts';
import { writeJsonFile } from './ingest-write.ts';
import { DEFAULT_MAX_BYTES } from './read-document.ts';

export interface IngestIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working folder paths are resolved against. Default: process.cwd(). */
  cwd: string;
  /** The bundled data folder (holding manifest.json). Default: the project's data/. */
  dataDir: string;
  /** Clock for `generatedAt`. Default: now. */
  now(): Date;
}

const PROJECT_DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * The share of the classes whose class-kind table this thread works out, once its promotion edges
 * and preparations are done, while the workers work out the rest and the work-term table.
 * NOTE: on the corpus with one worker, the preparations take this thread ~300 ms; the worker's
 * class-kind table ~220 ms and work-term table ~210 ms, both slower in a slow spell: a third of the
 * kinds here about evens them (a fixed share; the machine's speed varies by a third).
 */
const KINDS_HERE = 0.35;

export const nodeIngestIo: IngestIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  dataDir: PROJECT_DATA,
  now: () => new Date(),
};

export interface IngestResult {
  document: GraphDocument;
  /** Files that produced no document (unreadable, empty, binary, too large, unsupported). */
  unreadable: string[];
  /** What the edge builder counted (edges per kind, references resolved, classes with no edge). */
  edgeStats: BuildEdgesResult['stats'];
  /** Milliseconds per stage, for the bench. */
  timings: { readParse: number; assemble: number; edges: number; threads: number };
}

/** Reads and parses every input into a graph document. Never throws on bad documents. */
export async function ingest(
  inputs: readonly IngestInput[],
  options: {
    manifest: Manifest | null;
    cwd: string;
    maxBytes: number;
    now: Date;
    /** Threads to read and parse on (this one included) when there are many targets. Default 1. */
    threads?: number;
  },
): Promise<IngestResult> {
  const collected = await collectInputs(inputs, options.manifest, options.cwd);
  const diagnostics: Diagnostic[] = [...collected.diagnostics];
  const parsed: { classes: JobClass[]; document: SourceDocument }[] = [];
  const unreadable: string[] = [];

  const threads = options.threads ?? 1;
  const parallel = threads > 1 && collected.targets.length >= MIN_TARGETS_FOR_WORKERS;
  const t0 = performance.now();
  let helpers: IngestHelpers | null = null;
  let results;
  if (parallel) {
    ({ results, helpers } = await readTargetsInParallel(
      collected.targets,
      options.maxBytes,
      threads,
    ));
  } else results = await readTargets(collected.targets, options.maxBytes);
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    parsed.push(...result.parsed);
    if (result.unreadable !== null) unreadable.push(result.unreadable);
  }

  const t1 = performance.now();
  const draft = assembleGraphDocument({
    documents: parsed,
    jurisdictions: collected.jurisdictions,
    diagnostics,
    generatedAt: options.now.toISOString(),
  });
  const t2 = performance.now();
  let edges: BuildEdgesResult;
  let termTable: WorkTermTable;
  try {
    // The workers work out the tables equivalence edges read, then the shared-KSA neighbours,
    // while this thread builds the promotion edges, prepares the others and then works out the
    // first classes' kinds itself (see KINDS_HERE, beginEdges).
    const wordings = requirementWordings(draft.classes);
    const work = draft.classes.map(({ title, summary, duties }) => ({ title, summary, duties }));
    const kindsFrom = helpers ? Math.round(work.length * KINDS_HERE) : 0;
    const tables = helpers?.classKinds(work, wordings, kindsFrom);
    const begun = beginEdges(draft.classes);
    const neighbours = helpers?.sharedKsaNeighbours(begun.sharedKsaVectors);
    const kindsHere = classKindTable(work.slice(0, kindsFrom));
    const worked = (await tables) ?? null;
    termTable = worked?.terms ?? workTermTable(draft.classes, wordings);
    const kindTable = worked ? joinClassKindTables([kindsHere, worked.kinds]) : undefined;
    const withEquivalence = begun.equivalence(kindTable, termTable);
    edges = withEquivalence.finish((await neighbours) ?? undefined);
  } finally {
    helpers?.close();
  }
  // Each requirement's specific terms go into the document, so eligibility reads what the edges did.
  for (const cls of draft.classes)
    for (const route of cls.qualifications.routes)
      for (const exp of route.experience) {
        exp.specific = specificTermsOf(exp.kind, termTable);
        for (const inc of exp.including) inc.specific = specificTermsOf(inc.kind, termTable);
      }
  const t3 = performance.now();
  const document: GraphDocument = {
    ...draft,
    edges: edges.edges,
    diagnostics: [...draft.diagnostics, ...edges.diagnostics],
  };
  return {
    document,
    unreadable,
    edgeStats: edges.stats,
    timings: {
      readParse: t1 - t0,
      assemble: t2 - t1,
      edges: t3 - t2,
      threads: parallel ? threads : 1,
    },
  };
}

/**
 * Writes `document` to `out` (making its folder) and, beside it, what the explorer loads with it:
 * its search index (see domain/search) and the document packed for the wire (see
 * domain/graph/pack-graph-document). Rejects when a file cannot be written.
 */
export async function writeGraphFiles(out: string, document: GraphDocument): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  await writeJsonFile(out, document);
  await writeJsonFile(searchIndexFile(out), buildSearchIndex(document));
  await writeJsonFile(packedGraphFile(out), packForExplorer(document));
}

/** Runs the command; returns the exit status (0 unless it could not run at all). */
export async function main(argv: readonly string[], io: Partial<IngestIo> = {}): Promise<number> {
  const env: IngestIo = { ...nodeIngestIo, ...io };
  let args;
  try {
    args = parseIngestArgs(argv);
  } catch (error) {
    if (error instanceof IngestArgsError) {
      env.stderr(`ingest: ${error.message}\n\n${INGEST_USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    env.stdout(INGEST_USAGE);
    return 0;
  }

  const manifestPath = resolve(env.dataDir, 'manifest.json');
  let manifest: Manifest | null = null;
  try {
    manifest = await readManifest(manifestPath);
  } catch (error) {
    if (args.inputs.length === 0) {
      env.stderr(`ingest: cannot read the bundled manifest ${manifestPath}: ${message(error)}`);
      return 1;
    }
  }

  const defaultBuild = args.inputs.length === 0;
  const inputs: IngestInput[] = defaultBuild
    ? [...(manifest?.files.keys() ?? [])].map((path) => ({ path, jurisdiction: null }))
    : args.inputs;
  const out = resolve(env.cwd, args.out ?? resolve(env.dataDir, 'build', 'graph.json'));

  const { document, unreadable } = await ingest(inputs, {
    manifest,
    cwd: env.cwd,
    maxBytes: args.maxBytes ?? DEFAULT_MAX_BYTES,
    now: env.now(),
    threads: availableParallelism(),
  });
  if (defaultBuild && manifest) {
    // The bundled default lists every manifest jurisdiction, read or not.
    for (const j of manifest.jurisdictions) {
      if (!document.jurisdictions.some((x) => x.id === j.id)) document.jurisdictions.push(j);
    }
  }

  try {
    await writeGraphFiles(out, document);
  } catch (error) {
    env.stderr(`ingest: cannot write ${out}: ${message(error)}`);
    return 1;
  }
  env.stdout(
    formatIngestSummary(document, {
      verbose: args.verbose,
      out,
      unreadable,
    }),
  );
  return 0;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `ingest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
