// The graph document: what `npm run ingest` writes and the app and CLI read.
// [Reference] ../shared/PRODUCT.md, "Data contract".

import type { Diagnostic } from '../diagnostics.ts';
import type { JobClass } from './job-class.ts';

export const SCHEMA_VERSION = 1;

export type JurisdictionKind = 'state agency' | 'state university system' | 'county' | 'other';

export interface Jurisdiction {
  id: string;
  name: string;
  kind: JurisdictionKind;
  /** True when the name is inferred from the text rather than stated in it. */
  inferred: boolean;
  note?: string;
}

export const EDGE_KINDS = ['promotion', 'equivalence', 'shared-ksa'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface Evidence {
  classId: string;
  text: string;
  file: string;
  line: number | null;
}

export interface CareerEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** 0..1; for promotion 1, for equivalence the match score, for shared-ksa the overlap weight. */
  weight: number;
  /** Months of experience the target asks for along this edge, when stated. */
  months: number | null;
  evidence: Evidence[];
  /** Why the edge exists, in a few words: "series order", "promotional line 51", "performing the duties of". */
  basis: string;
  /** Equivalence: the target route this experience counts toward. */
  route?: string;
  /** Shared-KSA: the competency ids both classes ask for. */
  competencies?: string[];
  /**
   * Promotion: true when the edge is a rung of a ladder (series order, promotional line, numbered
   * titles I/II/III), false when it comes only from a qualification clause naming the class.
   */
  ladder?: boolean;
}

/** One ingested document: its lines (for the source view) and how much of it was placed. */
export interface SourceDocument {
  file: string;
  jurisdiction: string;
  format: string;
  lineCount: number;
  /** Non-blank lines that landed in a field of some class. */
  placedLines: number;
  /** Non-blank lines in all. */
  contentLines: number;
  classIds: string[];
  /**
   * The document's text as ingested, one entry per line (line N is `lines[N - 1]`), so the app can
   * show the source beside a class and scroll to the line an answer cites. Optional: absent in
   * documents written before it was added.
   */
  lines?: string[];
}

export interface GraphDocument {
  schemaVersion: number;
  generatedAt: string;
  jurisdictions: Jurisdiction[];
  classes: JobClass[];
  edges: CareerEdge[];
  diagnostics: Diagnostic[];
  documents: SourceDocument[];
}
