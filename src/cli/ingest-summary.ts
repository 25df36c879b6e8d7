// The ingest command's closing summary: per file (or the worst few), the share of lines placed and
// the classes found; diagnostics counted per code with their first messages; totals.
// [Reference] STYLE.md "Generated data is written by the CLI … and print a typed summary of problems".

import type { Diagnostic, Severity } from '../domain/diagnostics.ts';
import type { GraphDocument, SourceDocument } from '../domain/model/index.ts';

export interface IngestSummaryOptions {
  /** List every file instead of the worst few. Default false. */
  verbose?: boolean;
  /** How many files to list when not verbose. Default 10. */
  worst?: number;
  /** How many messages to show per diagnostic code. Default 3. */
  examples?: number;
  /** Where the document was written. */
  out: string;
  /** Files that could not be read at all (no SourceDocument), by name. */
  unreadable: readonly string[];
}

function percent(placed: number, content: number): string {
  return content === 0 ? '   - ' : `${((100 * placed) / content).toFixed(1).padStart(5)}%`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** NOTE: one line per file only with `verbose`; otherwise the 10 files with the lowest placed share. */
export function formatIngestSummary(doc: GraphDocument, options: IngestSummaryOptions): string {
  const out: string[] = [];
  const docs = doc.documents;
  const classesPer = (d: SourceDocument) => d.classIds.length;
  const placed = docs.reduce((n, d) => n + d.placedLines, 0);
  const content = docs.reduce((n, d) => n + d.contentLines, 0);

  const listed = options.verbose
    ? docs
    : [...docs]
        .filter((d) => share(d) < 1 || docs.length <= (options.worst ?? 10))
        .sort((a, b) => share(a) - share(b) || a.file.localeCompare(b.file))
        .slice(0, options.worst ?? 10);
  if (!options.verbose && listed.length === 0 && docs.length > 0) {
    out.push(`Files: all ${docs.length} fully placed (--verbose lists them).`);
  }
  if (listed.length > 0) {
    out.push(
      options.verbose || listed.length === docs.length
        ? `Files (${docs.length}): placed share, classes`
        : `Files with the lowest placed share (${listed.length} of ${docs.length}; --verbose lists all):`,
    );
    for (const d of listed) {
      out.push(
        `  ${percent(d.placedLines, d.contentLines)}  ${String(classesPer(d)).padStart(3)} class${classesPer(d) === 1 ? ' ' : 'es'}  ${d.file}`,
      );
    }
  }
  if (options.unreadable.length > 0) {
    out.push(`Files not ingested (${options.unreadable.length}):`);
    for (const f of options.unreadable.slice(0, options.verbose ? undefined : 20))
      out.push(`  ${f}`);
    if (!options.verbose && options.unreadable.length > 20)
      out.push(`  … and ${options.unreadable.length - 20} more`);
  }

  const byCode = new Map<string, Diagnostic[]>();
  for (const d of doc.diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  if (byCode.size > 0) {
    out.push(`Diagnostics (${doc.diagnostics.length}):`);
    const codes = [...byCode.entries()].sort(
      (a, b) =>
        SEVERITY_ORDER[worstSeverity(a[1])] - SEVERITY_ORDER[worstSeverity(b[1])] ||
        b[1].length - a[1].length,
    );
    for (const [code, list] of codes) {
      out.push(`  ${worstSeverity(list).padEnd(7)} ${code} ×${list.length}`);
      for (const d of list.slice(0, options.examples ?? 3)) {
        const where = d.message.includes(d.file)
          ? ''
          : `${d.file}${d.line !== null ? `:${d.line}` : ''}: `;
        out.push(`      ${where}${oneLine(d.message)}`);
      }
    }
  }

  const edgeKinds = new Map<string, number>();
  for (const e of doc.edges) edgeKinds.set(e.kind, (edgeKinds.get(e.kind) ?? 0) + 1);
  const edgeText = [...edgeKinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const perJurisdiction = doc.jurisdictions
    .map((j) => `${j.id} ${doc.classes.filter((c) => c.jurisdiction === j.id).length}`)
    .join(', ');
  out.push(
    `Totals: ${docs.length} document${docs.length === 1 ? '' : 's'} read, ${options.unreadable.length} not ingested; ` +
      `${doc.classes.length} class${doc.classes.length === 1 ? '' : 'es'} (${perJurisdiction}); ${doc.edges.length} edges${edgeText ? ` (${edgeText})` : ''}; ` +
      `lines placed ${placed}/${content} (${percent(placed, content).trim()}).`,
  );
  out.push(`Wrote ${options.out}`);
  return out.join('\n');
}

function share(d: SourceDocument): number {
  return d.contentLines === 0 ? 1 : d.placedLines / d.contentLines;
}

function worstSeverity(list: readonly Diagnostic[]): Severity {
  let best: Severity = 'info';
  for (const d of list) if (SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[best]) best = d.severity;
  return best;
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}
