// How well a class's own work (title, summary, duties) shows the kind of experience a qualification
// requirement asks for, using the experience-kind vocabulary's scorer.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; qualifications/experience-kinds.ts.
// NOTE: a class shows a kind by its title, or by its body of work: body = ½ summary + ½ mean of its
// three best duties, class = 1 − (1 − 0.8·title)(1 − body). A requirement weighs each kind it names
// by how well its own wording shows that kind, so a side kind counts less: "social work in a
// medical/clinical or other social service agency setting" names social casework (1.0) and community
// organisation (0.4); a Program Planner (community organisation 0.94) scores 0.94 × 0.4 = 0.38 for it,
// under the 0.5 threshold, while a Case Manager II scores 0.98 × 1.0 on social casework.

import { fieldFile, type ExperienceRequirement, type JobClass } from '../model/index.ts';
import {
  EXPERIENCE_KINDS,
  experienceKindScores,
  scoreExperienceKind,
} from '../qualifications/experience-kinds.ts';
import { roundScore } from './round-score.ts';

/** `(kindId, text) → 0..1`; the vocabulary's `scoreExperienceKind` unless a test injects another. */
export type ExperienceScorer = (kindId: string, text: string) => number;

export interface ExperienceMatch {
  /** 0..1 */
  score: number;
  kindId: string;
  /** The part of the class's text that showed the kind best. */
  text: string;
  /** The file `line` is in (a CSV index keeps duties in a sheet of their own). */
  file: string;
  line: number | null;
}

/** Score at or above which a class's work counts as the kind of experience asked for. Default 0.5. */
export const EXPERIENCE_MATCH_THRESHOLD = 0.5;

interface Part {
  text: string;
  file: string;
  line: number | null;
}

/** How well the class shows one experience kind (0..1): the number alone, without allocating. */
export function scoreClassKind(
  cls: JobClass,
  kindId: string,
  scorer: ExperienceScorer = scoreExperienceKind,
): number {
  return classScore(
    scorer(kindId, cls.title),
    cls.summary.trim() !== '' ? scorer(kindId, cls.summary) : null,
    cls.duties.length,
    (d) => scorer(kindId, cls.duties[d] as string),
  );
}

/** A class's own work, as the experience-kind scorer reads it. */
export type ClassWork = Pick<JobClass, 'title' | 'summary' | 'duties'>;

/**
 * Every class's score for every kind of the experience-kind vocabulary, and which part of its work
 * shows each kind best: what equivalence edges read, worked out once. Class-major and flat (class i,
 * kind k at i · K + k, K = EXPERIENCE_KINDS.length, k = experienceKindIndex(kind id)), so another
 * thread can build it from the classes' texts and hand it back as two buffers.
 */
export interface ClassKindTable {
  /** `scoreClassKind(class, kind)`. */
  scores: Float64Array<ArrayBuffer>;
  /** The part that shows the kind best: 0 the title, 1 the summary, 2 + d duty d; -1 none does. */
  shown: Int32Array<ArrayBuffer>;
}

/** `ClassKindTable` of `classes`, in their order, with the vocabulary's scorer. */
export function classKindTable(classes: readonly ClassWork[]): ClassKindTable {
  const kinds = EXPERIENCE_KINDS.length;
  const scores = new Float64Array(classes.length * kinds);
  const shown = new Int32Array(classes.length * kinds);
  // One kind's duty scores at a time, read by one function per class (not one per class and kind).
  let kindOfDuties = new Float64Array(16);
  const duty = (d: number): number => kindOfDuties[d] as number;
  classes.forEach((cls, i) => {
    const title = experienceKindScores(cls.title);
    const summary = cls.summary.trim() !== '' ? experienceKindScores(cls.summary) : null;
    const duties = cls.duties.map(experienceKindScores);
    if (duties.length > kindOfDuties.length) kindOfDuties = new Float64Array(duties.length);
    for (let k = 0; k < kinds; k++) {
      for (let d = 0; d < duties.length; d++) {
        kindOfDuties[d] = (duties[d] as Readonly<Float64Array>)[k] as number;
      }
      const t = title[k] as number;
      const s = summary !== null ? (summary[k] as number) : null;
      scores[i * kinds + k] = classScore(t, s, duties.length, duty);
      shown[i * kinds + k] = bestPart(t, s, duties.length, duty);
    }
  });
  return { scores, shown };
}

/** The tables of consecutive shares of the classes, as one table (the ingest's threads' shares). */
export function joinClassKindTables(parts: readonly ClassKindTable[]): ClassKindTable {
  if (parts.length === 1) return parts[0] as ClassKindTable;
  const scores = new Float64Array(parts.reduce((sum, p) => sum + p.scores.length, 0));
  const shown = new Int32Array(scores.length);
  let at = 0;
  for (const part of parts) {
    scores.set(part.scores, at);
    shown.set(part.shown, at);
    at += part.scores.length;
  }
  return { scores, shown };
}

/** The part of a class's work a `ClassKindTable.shown` value names, with its line; null for -1. */
export function shownPart(cls: JobClass, part: number): Part | null {
  if (part < 0) return null;
  if (part === 0) return { text: cls.title, file: cls.source.file, line: cls.source.lines[0] };
  if (part === 1)
    return {
      text: cls.summary,
      file: fieldFile(cls, 'summary'),
      line: cls.lineOf.summary?.[0] ?? null,
    };
  return {
    text: cls.duties[part - 2] as string,
    file: fieldFile(cls, 'duties'),
    line: cls.lineOf.duties[part - 2] ?? null,
  };
}

/**
 * Which part shows a kind best, from the parts' scores (see `ClassKindTable.shown`): the title, then
 * the summary, then the first best duty on ties; -1 when none scores above 0.
 */
function bestPart(
  title: number,
  summary: number | null,
  duties: number,
  duty: (d: number) => number,
): number {
  let part = 0;
  let score = title;
  if (summary !== null && summary > score) {
    part = 1;
    score = summary;
  }
  let best = -1;
  let bestScore = 0;
  for (let d = 0; d < duties; d++) {
    const x = duty(d);
    if (best < 0 || x > bestScore) {
      best = d;
      bestScore = x;
    }
  }
  if (best >= 0 && bestScore > score) {
    part = 2 + best;
    score = bestScore;
  }
  return score > 0 ? part : -1;
}

/** The class's score from its parts' scores (see the file's NOTE): duties' three best are averaged. */
function classScore(
  title: number,
  summary: number | null,
  duties: number,
  duty: (d: number) => number,
): number {
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let d = 0; d < duties; d++) {
    const x = duty(d);
    if (x > d1) {
      d3 = d2;
      d2 = d1;
      d1 = x;
    } else if (x > d2) {
      d3 = d2;
      d2 = x;
    } else if (x > d3) d3 = x;
  }
  const n = Math.min(3, duties);
  const dutyMean = n > 0 ? (d1 + d2 + d3) / n : null;
  const body =
    summary !== null && dutyMean !== null ? (summary + dutyMean) / 2 : (summary ?? dutyMean ?? 0);
  return roundScore(1 - (1 - 0.8 * title) * (1 - body));
}

/** How well the class shows one experience kind (0..1), with its best evidence; null when not at all. */
export function scoreExperienceKindMatch(
  cls: JobClass,
  kindId: string,
  scorer: ExperienceScorer = scoreExperienceKind,
): ExperienceMatch | null {
  const title = scorer(kindId, cls.title);
  const summary = cls.summary.trim() !== '' ? scorer(kindId, cls.summary) : null;
  const duties = cls.duties.map((text) => scorer(kindId, text));
  const duty = (d: number): number => duties[d] as number;
  // NOTE: with part scores in 0..1 the class scores above 0 exactly when one part does, so a class
  // whose best part scores 0.0001 still matches (score rounds to 0) and one scoring 0 throughout is null.
  const shown = shownPart(cls, bestPart(title, summary, duties.length, duty));
  if (shown === null) return null;
  const score = classScore(title, summary, duties.length, duty);
  return { score, kindId, text: shown.text, file: shown.file, line: shown.line };
}

/**
 * How much a requirement asks for each kind it names (0..1): the scorer run on its own wording;
 * when that gives nothing (no wording, or a scorer that knows no terms), 1 for the first kind and
 * 0.7 for the others.
 */
export function requirementKindWeights(
  requirement: Pick<ExperienceRequirement, 'kindIds' | 'kind' | 'text'>,
  scorer: ExperienceScorer = scoreExperienceKind,
): Map<string, number> {
  const cacheable = scorer === scoreExperienceKind;
  const cached = cacheable ? weightCache.get(requirement) : undefined;
  if (cached) return cached;
  const weights = new Map<string, number>();
  requirement.kindIds.forEach((kindId, i) => {
    const own = Math.max(scorer(kindId, requirement.kind), scorer(kindId, requirement.text));
    weights.set(kindId, own > 0 ? own : i === 0 ? 1 : 0.7);
  });
  if (cacheable) weightCache.set(requirement, weights);
  return weights;
}

// Requirements are not mutated once parsed: their weights are kept per requirement object.
const weightCache = new WeakMap<object, Map<string, number>>();
