// Resolves a class title named in a qualification clause to the job class(es) it means, inside the
// referring class's jurisdiction (and its series when the clause says "of this series").
// [Reference] ../shared/PRODUCT.md "promotion"; issue 3 "Edges".
// NOTE: "Assistant Agricultural Economist in the California state service" → the class titled
// "Assistant Agricultural Economist" (longest leading run of words that is a title);
// "Social Service Consultant I or Adoptions Case Worker" → both classes (split on "or" / "and" /
// commas when the whole phrase is not a title; the longest-prefix rule comes last); "Office
// Assistant" → both "Office Assistant (General)" and "(Typing)" (a family of parallel classes).
// "The next lower level of this series" (a `relative` reference) is the rung below the referring
// class. In order: "Level II" of the series; the exact title; the title with the referring class's
// own department ending; a family of parallel classes, then of numbered rungs; the split phrase;
// the longest prefix.

import type { ClassReference, JobClass } from '../model/index.ts';
import { romanToNumber } from '../spec/roman-numerals.ts';
import { bareTitle, seriesKey, titleKey, type ClassIndex } from './build-class-index.ts';
import { normalizeTitle } from './normalize-title.ts';
import { parseNumberedTitle } from './parse-numbered-title.ts';
import { parseTitleRank } from './parse-title-rank.ts';

const SPLIT = /\s*(?:,|;|\bor\b|\band\b|\/)\s*/;

/** "Level II" (of this series): a rung named by its level alone. */
const LEVEL_ONLY = /^level ([ivx]{1,5}|\d{1,2})$/;

export function resolveClassReference(
  index: ClassIndex,
  ref: Pick<ClassReference, 'title' | 'sameSeries' | 'relative'>,
  from: Pick<JobClass, 'id' | 'jurisdiction' | 'series' | 'title'>,
): JobClass[] {
  if (ref.relative === 'lower-level') return lowerRung(index, from);
  const rung = levelOfSeries(index, ref.title, from);
  if (rung) return [rung];
  const exact = resolveTitle(index, ref.title, ref.sameSeries, from, false);
  if (exact.length > 0) return exact;
  // "Enforcement Supervisor I, Contractors State License Board (Non-Peace Officer)": a qualifier in
  // brackets that no title carries is read without, before the phrase is taken apart.
  const bare = ref.title.replace(/\s*\([^()]*\)$/, '');
  if (bare !== ref.title && bare !== '') {
    const found = resolveClassReference(index, { ...ref, title: bare }, from);
    if (found.length > 0) return found;
  }
  const parts = ref.title.split(SPLIT).filter((p) => p.trim() !== '');
  if (parts.length > 1) {
    const found: JobClass[] = [];
    for (const part of parts) {
      for (const cls of resolveTitle(index, part, ref.sameSeries, from, true)) {
        if (!found.includes(cls)) found.push(cls);
      }
    }
    if (found.length > 0) return found;
  }
  const loose = resolveTitle(index, ref.title, ref.sameSeries, from, true);
  return loose.length > 0 ? loose : misspeltInSeries(index, ref.title, from);
}

/**
 * The one class of the referring class's own series whose title the reference spells a letter or
 * two differently: "Mailing Equipment Operator/Expeditor II" for "… Operator/Expediter II".
 */
function misspeltInSeries(index: ClassIndex, title: string, from: From): JobClass[] {
  const key = seriesKey(from);
  const wanted = normalizeTitle(title);
  if (key === null || wanted.length < 12) return [];
  // Levels are never a spelling: "Bookbinder II" is not "Bookbinder IV".
  const levels = (t: string) => (t.match(/\b[ivx]+\b/g) ?? []).join(' ');
  const close = (index.bySeries.get(key) ?? []).filter((c) => {
    const t = normalizeTitle(c.title);
    return c.id !== from.id && levels(t) === levels(wanted) && withinTwoEdits(t, wanted);
  });
  return close.length === 1 ? close : [];
}

/** Whether two texts differ by at most two inserted, deleted or replaced characters. */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > 2) return false;
    previous = row;
  }
  return (previous[b.length] as number) <= 2;
}

type From = Pick<JobClass, 'id' | 'jurisdiction' | 'series' | 'title'>;

interface Resolved {
  title: string;
  sameSeries: boolean;
  from: From;
  classes: JobClass[];
}

const resolvedOnce = new WeakMap<ClassIndex, WeakMap<object, Resolved>>();

/**
 * `resolveClassReference`, remembered per index and reference object: promotion and equivalence
 * edges resolve the same clauses of the same classes. The result is shared: do not mutate it.
 */
export function resolveClassReferenceOnce(
  index: ClassIndex,
  ref: Pick<ClassReference, 'title' | 'sameSeries' | 'relative'>,
  from: From,
): JobClass[] {
  let byRef = resolvedOnce.get(index);
  if (byRef === undefined) {
    byRef = new WeakMap();
    resolvedOnce.set(index, byRef);
  }
  const seen = byRef.get(ref);
  if (seen && seen.from === from && seen.title === ref.title && seen.sameSeries === ref.sameSeries)
    return seen.classes;
  const classes = resolveClassReference(index, ref, from);
  byRef.set(ref, { title: ref.title, sameSeries: ref.sameSeries, from, classes });
  return classes;
}

/**
 * "Level I" named by a class of a series ("two years at the Level I of this series") → the series'
 * rung of that level, or for a class with numbered titles and no series, its family's rung of that
 * number ("Level II" from "Medical Technologist III" → "Medical Technologist II"); null for any
 * other title, or when the referring class has neither.
 */
function levelOfSeries(
  index: ClassIndex,
  title: string,
  from: Pick<JobClass, 'jurisdiction' | 'series' | 'title'>,
): JobClass | null {
  const level = LEVEL_ONLY.exec(normalizeTitle(title))?.[1];
  if (level === undefined) return null;
  const n = romanToNumber(level.toUpperCase());
  const key = seriesKey(from);
  if (key !== null) return index.bySeries.get(key)?.find((c) => c.series?.level === n) ?? null;
  const numbered = parseNumberedTitle(from.title);
  if (numbered === null) return null;
  const rungs = index.byNumberedFamily.get(titleKey(from.jurisdiction, numbered.family));
  return rungs?.find((r) => r.n === n)?.cls ?? null;
}

/**
 * "The next lower level of this series" from a class: the rung just below it in its series, else
 * in its numbered family ("Accountant III" → "Accountant II"), else — for a class with neither —
 * its title without a "Senior", "Lead" or "Supervisor" ("Senior Library Specialist" → "Library
 * Specialist"); none for a bottom rung.
 */
function lowerRung(
  index: ClassIndex,
  from: Pick<JobClass, 'id' | 'jurisdiction' | 'series' | 'title'>,
): JobClass[] {
  const key = seriesKey(from);
  const level = from.series?.level;
  if (key !== null && level != null) {
    let top = Number.NEGATIVE_INFINITY;
    for (const c of index.bySeries.get(key) ?? []) {
      const l = c.series?.level;
      if (l != null && l < level && l > top) top = l;
    }
    return (index.bySeries.get(key) ?? []).filter((c) => c.series?.level === top);
  }
  const numbered = parseNumberedTitle(from.title);
  if (numbered !== null) {
    const rungs = index.byNumberedFamily.get(titleKey(from.jurisdiction, numbered.family)) ?? [];
    const below = rungs.filter((r) => r.n < numbered.n);
    const top = below[below.length - 1]?.n;
    return below.filter((r) => r.n === top).map((r) => r.cls);
  }
  const ranked = parseTitleRank(from.title);
  if (ranked !== null && ONE_ABOVE_BASE.has(ranked.word ?? '')) {
    const cls = index.byTitle.get(titleKey(from.jurisdiction, normalizeTitle(ranked.family)))?.[0];
    if (cls) return [cls];
  }
  return lowerRole(index, from);
}

/**
 * Last words of titles that name the levels of one line of work, lowest first, where an index states
 * no series: "Mammography Technologist" → "… Specialist" → "… Manager"; "Ticket Sales Assistant" →
 * "… Specialist" → "… Supervisor". Read only for a class whose own text says "the lower level of
 * this series": its words are the evidence that these titles are one series.
 */
const ROLE_LEVELS: readonly (readonly string[])[] = [
  ['assistant', 'technician', 'technologist'],
  ['associate'],
  ['specialist'],
  ['supervisor'],
  ['manager'],
];

/** The class of the same line of work one role level below `from` ("… Specialist" for "… Manager"). */
function lowerRole(index: ClassIndex, from: Pick<JobClass, 'jurisdiction' | 'title'>): JobClass[] {
  const title = normalizeTitle(from.title);
  const at = title.lastIndexOf(' ');
  if (at <= 0) return [];
  const line = title.slice(0, at);
  const level = ROLE_LEVELS.findIndex((words) => words.includes(title.slice(at + 1)));
  for (let l = level - 1; l >= 0; l--) {
    const found = (ROLE_LEVELS[l] ?? []).flatMap(
      (word) => index.byTitle.get(titleKey(from.jurisdiction, `${line} ${word}`)) ?? [],
    );
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Rank words (see parseTitleRank) whose class stands just above the base title. NOTE: not "Chief":
 * "Chief Engineer" is above "Senior Engineer", not "Engineer".
 */
const ONE_ABOVE_BASE = new Set(['senior', 'lead', 'supervisor', 'supervising']);

/**
 * A title named without the department the referring class's own title carries: "Health Program
 * Auditor III" from "Health Program Auditor IV, Department of Health Services" → "Health Program
 * Auditor III, Department of Health Services"; "Special Agent-in-Charge" from "Deputy Chief of
 * Operations, Bureau of Narcotic Enforcement, Department of Justice" → "…, Department of Justice".
 * The longest of the referring title's comma-led endings that makes a title wins.
 */
function withOwnDepartment(
  index: ClassIndex,
  normalised: string,
  sameSeries: boolean,
  from: Pick<JobClass, 'jurisdiction' | 'series' | 'title'>,
): JobClass | null {
  const own = normalizeTitle(from.title);
  for (let at = own.indexOf(', '); at >= 0; at = own.indexOf(', ', at + 2)) {
    const title = `${normalised}${own.slice(at)}`;
    const cls = pick(index.byTitle.get(titleKey(from.jurisdiction, title)), sameSeries, from);
    if (cls) return cls;
  }
  return null;
}

/** Families larger than this ("Prison Industries Superintendent I (…)", 29 classes) are not expanded. */
const MAX_FAMILY = 6;

function resolveTitle(
  index: ClassIndex,
  title: string,
  sameSeries: boolean,
  from: Pick<JobClass, 'id' | 'jurisdiction' | 'series' | 'title'>,
  byPrefix: boolean,
): JobClass[] {
  const normalised = normalizeTitle(title);
  if (normalised === '') return [];
  const tries = [normalised];
  const bare = bareTitle(normalised);
  if (bare !== normalised && bare !== '') tries.push(bare);
  for (const t of tries) {
    const exact = pick(index.byTitle.get(titleKey(from.jurisdiction, t)), sameSeries, from);
    if (exact) return [exact];
  }
  const ownDepartment = withOwnDepartment(index, normalised, sameSeries, from);
  if (ownDepartment) return [ownDepartment];
  const family = pickFromFamily(index, normalised, from);
  if (family.length > 0) return family;
  const rungs = numberedRungs(index, normalised, from);
  if (rungs.length > 0) return rungs;
  if (!byPrefix) return [];
  for (const t of tries) {
    const words = t.split(' ');
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words
        .slice(0, n)
        .join(' ')
        .replace(/[,-]+$/, '');
      const cls = pick(index.byTitle.get(titleKey(from.jurisdiction, prefix)), sameSeries, from);
      if (cls) return [cls];
    }
  }
  return [];
}

/**
 * A title that names a family of parallel classes rather than one: "Office Assistant" → "Office
 * Assistant (General)" and "(Typing)"; "Prison Industries Superintendent I (Various Industries)"
 * from "Prison Industries Superintendent II (Bakery)" → the member with the referring class's own
 * parenthetical, "… Superintendent I (Bakery)"; otherwise every member of a family of at most six.
 */
function pickFromFamily(
  index: ClassIndex,
  normalised: string,
  from: Pick<JobClass, 'jurisdiction' | 'title'>,
): JobClass[] {
  const bare = bareTitle(normalised);
  const family = index.byBareTitle.get(titleKey(from.jurisdiction, bare));
  if (!family || family.length === 0) return [];
  const own = /\([^)]*\)/.exec(normalizeTitle(from.title))?.[0];
  if (own) {
    const same = family.find((c) => normalizeTitle(c.title) === `${bare} ${own}`);
    if (same) return [same];
  }
  return family.length <= MAX_FAMILY ? family : [];
}

/**
 * A title naming a numbered family without its number: "experience as a Pharmacist" → Pharmacist I
 * and II; from a rung of that family, the rungs below it ("Histology Technician" from "Histology
 * Technician II" → "Histology Technician I"). None for a family of more than six.
 */
function numberedRungs(
  index: ClassIndex,
  normalised: string,
  from: Pick<JobClass, 'id' | 'jurisdiction' | 'title'>,
): JobClass[] {
  const rungs = index.byNumberedFamily.get(titleKey(from.jurisdiction, normalised));
  if (!rungs || rungs.length > MAX_FAMILY) return [];
  const own = parseNumberedTitle(from.title);
  const below = own?.family === normalised ? rungs.filter((r) => r.n < own.n) : rungs;
  return below.map((r) => r.cls);
}

function pick(
  candidates: JobClass[] | undefined,
  sameSeries: boolean,
  from: Pick<JobClass, 'series'>,
): JobClass | null {
  if (!candidates || candidates.length === 0) return null;
  const seriesId = from.series?.id;
  const inSeries =
    seriesId !== undefined ? candidates.find((c) => c.series?.id === seriesId) : undefined;
  if (inSeries) return inSeries;
  if (sameSeries && seriesId !== undefined) return null;
  return candidates[0] ?? null;
}
