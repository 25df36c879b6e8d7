// Parsed JSON → GraphDocument, after checking its shape and schema version. A file that is not a
// graph document is misuse of the API (the app or CLI was pointed at the wrong file), so this throws
// InvalidDocumentError naming the first offending path; it never half-loads.
// [Reference] ../shared/PRODUCT.md "Data contract"; ../shared/STYLE.md "Errors".
// NOTE: `{ schemaVersion: 1, classes: [{ id: "x" }] }` → throws `… (classes[0].title is not a string)`;
// optional arrays a version-1 writer may omit (`diagnostics`, `documents`, a class's `notes`) are
// filled with [] so every reader sees the full shape (in place: pass freshly parsed JSON).

import { InvalidDocumentError } from '../errors.ts';
import {
  EDGE_KINDS,
  SCHEMA_VERSION,
  type CareerEdge,
  type GraphDocument,
  type JobClass,
} from '../model/index.ts';

type Json = Record<string, unknown>;

const FN = 'loadGraphDocument';

export function loadGraphDocument(json: unknown): GraphDocument {
  const doc = object(json, 'the document');
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    fail(`schemaVersion is ${JSON.stringify(doc.schemaVersion)}, expected ${SCHEMA_VERSION}`);
  }
  const jurisdictions = array(doc.jurisdictions, 'jurisdictions');
  jurisdictions.forEach((j, i) => {
    const o = object(j, `jurisdictions[${i}]`);
    string(o.id, `jurisdictions[${i}].id`);
    string(o.name, `jurisdictions[${i}].name`);
  });
  const classes = array(doc.classes, 'classes').map((c, i) => checkClass(c, `classes[${i}]`));
  const edges = array(doc.edges, 'edges').map((e, i) => checkEdge(e, `edges[${i}]`));
  const diagnostics = doc.diagnostics === undefined ? [] : array(doc.diagnostics, 'diagnostics');
  const documents = doc.documents === undefined ? [] : array(doc.documents, 'documents');
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: typeof doc.generatedAt === 'string' ? doc.generatedAt : '',
    jurisdictions: jurisdictions as GraphDocument['jurisdictions'],
    classes,
    edges,
    diagnostics: diagnostics as GraphDocument['diagnostics'],
    documents: documents as GraphDocument['documents'],
  };
}

function checkClass(value: unknown, at: string): JobClass {
  const c = object(value, at);
  string(c.id, `${at}.id`);
  string(c.jurisdiction, `${at}.jurisdiction`);
  string(c.title, `${at}.title`);
  if (c.code !== null && typeof c.code !== 'string')
    fail(`${at}.code is neither a string nor null`);
  if (c.series !== null) {
    const s = object(c.series, `${at}.series`);
    string(s.id, `${at}.series.id`);
    if (s.level !== null && typeof s.level !== 'number')
      fail(`${at}.series.level is neither a number nor null`);
  }
  string(c.summary, `${at}.summary`);
  array(c.duties, `${at}.duties`);
  array(c.ksas, `${at}.ksas`).forEach((k, i) => {
    const ksa = object(k, `${at}.ksas[${i}]`);
    string(ksa.text, `${at}.ksas[${i}].text`);
    array(ksa.competencies, `${at}.ksas[${i}].competencies`);
    if (ksa.matches === undefined) ksa.matches = [];
  });
  const q = object(c.qualifications, `${at}.qualifications`);
  array(q.routes, `${at}.qualifications.routes`).forEach((r, i) => {
    const route = object(r, `${at}.qualifications.routes[${i}]`);
    string(route.id, `${at}.qualifications.routes[${i}].id`);
    array(route.experience, `${at}.qualifications.routes[${i}].experience`).forEach((x, j) => {
      const exp = object(x, `${at}.qualifications.routes[${i}].experience[${j}]`);
      specificTerms(exp.specific, `${at}.qualifications.routes[${i}].experience[${j}].specific`);
      if (exp.including === undefined) return;
      array(exp.including, `${at}.qualifications.routes[${i}].experience[${j}].including`).forEach(
        (inc, k) => {
          const where = `${at}.qualifications.routes[${i}].experience[${j}].including[${k}]`;
          specificTerms(object(inc, where).specific, `${where}.specific`);
        },
      );
    });
    array(route.licenses, `${at}.qualifications.routes[${i}].licenses`);
  });
  array(q.substitutions, `${at}.qualifications.substitutions`);
  array(q.licenses, `${at}.qualifications.licenses`);
  array(c.specialRequirements, `${at}.specialRequirements`);
  const source = object(c.source, `${at}.source`);
  string(source.file, `${at}.source.file`);
  array(source.lines, `${at}.source.lines`);
  if (c.facts === undefined) c.facts = {};
  if (c.lineOf === undefined) c.lineOf = { summary: null, duties: [], specialRequirements: [] };
  if (c.notes === undefined) c.notes = [];
  return c as unknown as JobClass;
}

function checkEdge(value: unknown, at: string): CareerEdge {
  const e = object(value, at);
  string(e.source, `${at}.source`);
  string(e.target, `${at}.target`);
  if (!(EDGE_KINDS as readonly unknown[]).includes(e.kind))
    fail(`${at}.kind is ${JSON.stringify(e.kind)}`);
  if (typeof e.weight !== 'number') fail(`${at}.weight is not a number`);
  if (e.months !== null && typeof e.months !== 'number')
    fail(`${at}.months is neither a number nor null`);
  array(e.evidence, `${at}.evidence`);
  if (typeof e.basis !== 'string') e.basis = '';
  return e as unknown as CareerEdge;
}

/** A requirement's specific terms, when the document gives them: each a term and its weight. */
function specificTerms(value: unknown, where: string): void {
  if (value === undefined) return;
  array(value, where).forEach((t, k) => {
    const term = object(t, `${where}[${k}]`);
    string(term.term, `${where}[${k}].term`);
    if (typeof term.weight !== 'number') fail(`${where}[${k}].weight is not a number`);
  });
}

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`${at} is not an object`);
  return value as Json;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) fail(`${at} is not an array`);
  return value as unknown[];
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string') fail(`${at} is not a string`);
  return value as string;
}

function fail(reason: string): never {
  throw new InvalidDocumentError(FN, reason);
}
