// The ingest command's inputs → the list of documents to read, each with its jurisdiction:
// folders walked recursively, SUCSS index folders recognised, manifest files given the manifest's
// jurisdiction, --jurisdiction NAME slugged to an id, anything else "unknown" with a warning.
// [Reference] ../shared/PRODUCT.md "Data contract"; data/manifest.json.

import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../domain/diagnostics.ts';
import type { Jurisdiction, JurisdictionKind } from '../domain/model/index.ts';
import { slugify } from '../domain/spec/slugify.ts';
import type { IngestInput } from './ingest-args.ts';
import { isSucssFolder } from './read-sucss-folder.ts';

export interface Manifest {
  /** Absolute path of the manifest file. */
  path: string;
  jurisdictions: Jurisdiction[];
  /** Absolute file path → jurisdiction id. */
  files: Map<string, string>;
}

export interface IngestTarget {
  /** Absolute path. */
  path: string;
  /** The name used in sources and diagnostics: the path relative to the working folder. */
  name: string;
  jurisdiction: string;
  kind: 'document' | 'sucss-folder';
}

export const UNKNOWN_JURISDICTION: Jurisdiction = {
  id: 'unknown',
  name: 'Unknown jurisdiction',
  kind: 'other',
  inferred: true,
  note: 'The documents were ingested without --jurisdiction and are not in data/manifest.json.',
};

const KINDS: readonly JurisdictionKind[] = [
  'state agency',
  'state university system',
  'county',
  'other',
];

/** Reads data/manifest.json. Throws when it is missing or malformed (the default build needs it). */
export async function readManifest(path: string): Promise<Manifest> {
  const json: unknown = JSON.parse(await readFile(path, 'utf8'));
  const root = json as {
    jurisdictions?: unknown;
    files?: unknown;
  };
  if (!Array.isArray(root.jurisdictions) || !Array.isArray(root.files)) {
    throw new Error(`${path}: expected "jurisdictions" and "files" arrays`);
  }
  const jurisdictions: Jurisdiction[] = root.jurisdictions.map((j: Record<string, unknown>) => {
    const kind = KINDS.includes(j.kind as JurisdictionKind)
      ? (j.kind as JurisdictionKind)
      : 'other';
    const out: Jurisdiction = {
      id: String(j.id),
      name: String(j.name ?? j.id),
      kind,
      inferred: j.inferred === true,
    };
    if (typeof j.note === 'string') out.note = j.note;
    return out;
  });
  const files = new Map<string, string>();
  for (const f of root.files as Record<string, unknown>[]) {
    files.set(resolve(dirname(path), String(f.file)), String(f.jurisdiction));
  }
  return { path, jurisdictions, files };
}

/** A display name for a path: relative to the working folder when inside it, with "/" separators. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel !== '' && !rel.startsWith('..') ? rel : path;
  return name.split(sep).join('/');
}

// NOTE: a folder's README.md or the CalHR corpus's index.csv (a list of the folder's files) are not
// class specifications; they are skipped when met inside a folder, but read when named explicitly.
const NOT_A_SPEC = /^(?:readme|license|licence|changelog|contributing)(?:\.[a-z]+)?$|^index\.csv$/i;

async function walk(dir: string, out: string[], sucss: string[], skipped: string[]): Promise<void> {
  if (await isSucssFolder(dir)) {
    sucss.push(dir);
    return;
  }
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, sucss, skipped);
    else if (NOT_A_SPEC.test(e.name)) skipped.push(p);
    else out.push(p);
  }
}

export interface CollectedInputs {
  targets: IngestTarget[];
  jurisdictions: Jurisdiction[];
  diagnostics: Diagnostic[];
}

/** Expands the command's paths into documents and SUCSS folders, resolving each one's jurisdiction. */
export async function collectInputs(
  inputs: readonly IngestInput[],
  manifest: Manifest | null,
  cwd: string,
): Promise<CollectedInputs> {
  const targets: IngestTarget[] = [];
  const diagnostics: Diagnostic[] = [];
  const jurisdictions = new Map<string, Jurisdiction>();
  const seen = new Set<string>();
  /** Names of the documents of the current input that went to "unknown". */
  let unknown: string[] = [];

  const jurisdictionFor = (path: string, name: string, given: string | null): string => {
    const fromManifest = manifest?.files.get(path);
    if (fromManifest !== undefined) {
      const j = manifest?.jurisdictions.find((x) => x.id === fromManifest);
      jurisdictions.set(
        fromManifest,
        j ?? { id: fromManifest, name: fromManifest, kind: 'other', inferred: false },
      );
      return fromManifest;
    }
    if (given !== null) {
      const id = slugify(given) || 'unnamed';
      const known = manifest?.jurisdictions.find((x) => x.id === id || x.id === given);
      const j = known ?? { id, name: given, kind: 'other' as const, inferred: false };
      jurisdictions.set(j.id, j);
      return j.id;
    }
    jurisdictions.set(UNKNOWN_JURISDICTION.id, UNKNOWN_JURISDICTION);
    unknown.push(name);
    return UNKNOWN_JURISDICTION.id;
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input.path);
    const info = await stat(abs).catch(() => null);
    if (!info) {
      diagnostics.push({
        file: input.path,
        line: null,
        severity: 'error',
        code: 'unreadable-file',
        message: `${input.path} does not exist.`,
      });
      continue;
    }
    const files: string[] = [];
    const sucss: string[] = [];
    const skipped: string[] = [];
    if (info.isDirectory()) await walk(abs, files, sucss, skipped);
    else files.push(abs);
    for (const p of skipped) {
      diagnostics.push({
        file: displayName(p, cwd),
        line: null,
        severity: 'info',
        code: 'unsupported-format',
        message: `${displayName(p, cwd)} looks like a folder's README or file index, not a class specification; skipped (name it explicitly to read it).`,
      });
    }
    for (const [kind, paths] of [
      ['sucss-folder', sucss],
      ['document', files],
    ] as const) {
      for (const p of paths) {
        if (seen.has(p)) continue;
        seen.add(p);
        const name = displayName(p, cwd);
        targets.push({
          path: p,
          name,
          jurisdiction: jurisdictionFor(p, name, input.jurisdiction),
          kind,
        });
      }
    }
    // One warning per path given, not per file: a folder of 1,500 files gives one line.
    if (unknown.length > 0) {
      const name =
        unknown.length === 1 && !info.isDirectory()
          ? (unknown[0] ?? input.path)
          : displayName(abs, cwd);
      const what = unknown.length === 1 ? name : `${unknown.length} documents under ${name}`;
      diagnostics.push({
        file: name,
        line: null,
        severity: 'warning',
        code: 'unknown-jurisdiction',
        message: `${what}: not in data/manifest.json and no --jurisdiction before ${unknown.length === 1 ? 'it' : 'them'}; the classes go to "unknown".`,
      });
      unknown = [];
    }
  }
  return { targets, jurisdictions: [...jurisdictions.values()], diagnostics };
}
