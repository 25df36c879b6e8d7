// How well a class's own work (title, summary, duties) shows the kind of experience a qualification
// requirement asks for, using the experience-kind vocabulary's scorer.
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; qualifications/experience-kinds.ts.
// NOTE: parts combine as a noisy-or with weights title 1, summary 0.9, best duty 0.7, second duty
// 0.4: a Case Manager II whose summary scores 0.8 and best duty 0.6 for "social casework in a
// medical setting" gets 1 − (1 − 0.72)(1 − 0.42) ≈ 0.84.

import type { JobClass } from '../model/index.ts';
import { scoreExperienceKind } from '../qualifications/experience-kinds.ts';

/** `(kindId, text) → 0..1`; the vocabulary's `scoreExperienceKind` unless a test injects another. */
export type ExperienceScorer = (kindId: string, text: string) => number;

export interface ExperienceMatch {
  /** 0..1 */
  score: number;
  kindId: string;
  /** The part of the class's text that showed the kind best. */
  text: string;
  line: number | null;
}

/** Score at or above which a class's work counts as the kind of experience asked for. Default 0.5. */
export const EXPERIENCE_MATCH_THRESHOLD = 0.5;

interface Part {
  text: string;
  line: number | null;
}

function classParts(cls: JobClass): { title: Part; summary: Part | null; duties: Part[] } {
  return {
    title: { text: cls.title, line: cls.source.lines[0] },
    summary: cls.summary.trim() !== '' ? { text: cls.summary, line: cls.lineOf.summary?.[0] ?? null } : null,
    duties: cls.duties.map((text, i) => ({ text, line: cls.lineOf.duties[i] ?? null })),
  };
}

/** The best match of the class for one experience kind, or null when nothing in it scores. */
export function scoreExperienceKindMatch(
  cls: JobClass,
  kindId: string,
  scorer: ExperienceScorer = scoreExperienceKind,
): ExperienceMatch | null {
  const parts = classParts(cls);
  const title = scorer(kindId, parts.title.text);
  const summary = parts.summary ? scorer(kindId, parts.summary.text) : 0;
  let best = 0;
  let second = 0;
  let bestDuty: Part | null = null;
  for (const duty of parts.duties) {
    const s = scorer(kindId, duty.text);
    if (s > best) {
      second = best;
      best = s;
      bestDuty = duty;
    } else if (s > second) second = s;
  }
  const score = 1 - (1 - title) * (1 - 0.9 * summary) * (1 - 0.7 * best) * (1 - 0.4 * second);
  if (score <= 0) return null;
  const shown =
    title >= summary && title >= best
      ? parts.title
      : summary >= best && parts.summary
        ? parts.summary
        : (bestDuty ?? parts.title);
  return { score: round(score), kindId, text: shown.text, line: shown.line };
}

/** The best match of the class over the kinds an experience requirement names (best first). */
export function scoreExperienceMatch(
  cls: JobClass,
  requirement: { kindIds: readonly string[] },
  scorer: ExperienceScorer = scoreExperienceKind,
): ExperienceMatch | null {
  let best: ExperienceMatch | null = null;
  for (const kindId of requirement.kindIds) {
    const m = scoreExperienceKindMatch(cls, kindId, scorer);
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
