// An SUCSS-style class index folder (root-index.csv, levels-of-work.csv, job-duties.csv, ksa.csv,
// maq.csv) → job classes, via the domain's parseSucssIndex. Never throws.
// [Reference] ../shared/corpus/README.md "il-sucss/".

import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic, Parsed } from '../domain/diagnostics.ts';
import type { JobClass, SourceDocument } from '../domain/model/index.ts';
import { decodeText } from '../domain/spec/formats/index.ts';
import {
  isSucssRootIndexHeader,
  parseSucssIndex,
  SUCSS_SHEET_FILES,
  type SucssSheets,
} from '../domain/spec/sucss-index.ts';
import { DEFAULT_MAX_BYTES, readFileBytes, unreadable } from './read-document.ts';

export interface ReadSucssFolderOptions {
  /** Jurisdiction id; class ids are `<jurisdiction>:<code>`. */
  jurisdiction: string;
  /** The name the sheets are reported under. Default: the folder's own name ("il-sucss"). */
  folder?: string;
  /** Per-sheet size limit. Default: DEFAULT_MAX_BYTES (20 MB). */
  maxBytes?: number;
}

/**
 * True when the folder holds an SUCSS-style class index: a root-index.csv whose header names the
 * class-code column ("Class Code" or "Code", as parseSucssIndex reads it).
 */
export async function isSucssFolder(dir: string): Promise<boolean> {
  try {
    const head = (await readFile(join(dir, SUCSS_SHEET_FILES.rootIndex))).subarray(0, 4096);
    return isSucssRootIndexHeader(new TextDecoder('utf-8').decode(head));
  } catch {
    return false;
  }
}

/**
 * Reads the sheets of an SUCSS export folder (root-index.csv required; levels-of-work, job-duties,
 * ksa and maq when present) and parses them with parseSucssIndex. Never throws.
 */
export async function readSucssFolder(
  dir: string,
  options: ReadSucssFolderOptions,
): Promise<Parsed<{ classes: JobClass[]; documents: SourceDocument[] }>> {
  const folder = options.folder ?? basename(dir.replace(/[\\/]+$/, ''));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const diagnostics: Diagnostic[] = [];
  const texts: Partial<SucssSheets> = {};
  for (const [key, name] of Object.entries(SUCSS_SHEET_FILES) as [keyof SucssSheets, string][]) {
    const path = join(dir, name);
    const file = `${folder}/${name}`;
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      if (key === 'rootIndex')
        diagnostics.push(
          unreadable(file, `${file} is missing: an SUCSS index needs its root index`),
        );
      continue;
    }
    const bytes = await readFileBytes(path, file, maxBytes, diagnostics);
    if (bytes === null) continue;
    const decoded = decodeText(bytes, file);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.value !== null) texts[key] = decoded.value.text;
  }
  if (texts.rootIndex === undefined) return { value: { classes: [], documents: [] }, diagnostics };
  const parsed = parseSucssIndex(
    { ...texts, rootIndex: texts.rootIndex },
    { folder, jurisdiction: options.jurisdiction },
  );
  return { value: parsed.value, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}
