// Experience-equivalence edges A → B: the work of class A shows the kind of experience one of B's
// qualification routes asks for, in any jurisdiction. One edge per (A, B, route), carrying the route,
// its months, the match score and evidence from both specs (the best-matching sentence of each).
// [Reference] ../shared/PRODUCT.md "experience-equivalence"; issue 3 "Edges".
// NOTE: Case Manager II → Intensive Case Manager gives two edges, route A (24 months, master's) and
// route B (48 months, bachelor's), because both routes ask for "direct services to mentally
// disabled clients". A requirement that names a class ("performing the duties of a X") gets a
// promotion edge from X instead, and no equivalence edges (unless X is not in the graph). Broad kinds
// ("clerical work") match hundreds of classes, so each route keeps its strongest sources and each
// source its strongest targets (ties: same jurisdiction first); eligibility does not depend on these
// caps — it applies the same match rule to every class a person held.
// NOTE: the match score is the class's kind score × the requirement's weight for the kind ×
// specificFactor of how much of the requirement's own terms the class's work names (see
// specific-terms.ts): for "varied experience as a journey level plumber" a Plumber I scores 1.0 and
// a Mechanical Engineering Technician, who shows skilled trades as strongly but never says
// plumbing, 0.4 — no edge. On the corpus this took edges like Veterinarian → State Park
// Superintendent ("management … of a park") and Legal Hearing Typist → Attorney out of the top 8.
// NOTE: no edges inside one series or numbered-title family (Program Planner IV → Planner I,
// Medical Social Consultant → Medical Social Associate): the promotion ladder already relates them,
// and buildCandidate still counts those months (comparable-level clauses, kind scores). Edges also
// need EQUIVALENCE_MIN_SCORE (0.6), above the 0.5 match threshold: on the seeds the cross-series
// scores run 0.617 (Medical Social Associate → Client Assistance Specialist, human services) and up,
// while Program Planner III → Medical Social Consultant ("social work practice") scores 0.574.

import { InvalidOptionError } from '../errors.ts';
import {
  fieldFile,
  routeName,
  type CareerEdge,
  type ExperienceRequirement,
  type JobClass,
  type QualificationRoute,
} from '../model/index.ts';
import {
  EXPERIENCE_KINDS,
  experienceKindIndex,
  scoreExperienceKind,
} from '../qualifications/experience-kinds.ts';
import { compareIds, seriesKey, type ClassIndex } from './build-class-index.ts';
import { linesNamedIn, linesOfWork } from './line-of-work.ts';
import { parseNumberedTitle } from './parse-numbered-title.ts';
import { resolveClassReferenceOnce } from './resolve-class-reference.ts';
import { roundScore } from './round-score.ts';
import {
  requirementWordings,
  specificFactor,
  specificPostingsOf,
  workTermTable,
  type WorkTermTable,
} from './specific-terms.ts';
import {
  classKindTable,
  EXPERIENCE_MATCH_THRESHOLD,
  requirementKindWeights,
  scoreClassKind,
  scoreExperienceKindMatch,
  shownPart,
  type ClassKindTable,
  type ExperienceMatch,
  type ExperienceScorer,
} from './score-experience-match.ts';

export interface EquivalenceEdgeOptions {
  /** Experience-kind scorer. Default: the vocabulary's `scoreExperienceKind`. */
  scorer?: ExperienceScorer;
  /** Lowest match score that makes an edge. Default `EXPERIENCE_MATCH_THRESHOLD` (0.5). */
  threshold?: number;
  /**
   * Lowest score (class match × requirement weight) an edge needs; eligibility keeps counting months
   * from `threshold` up. Default `EQUIVALENCE_MIN_SCORE` (0.6).
   */
  minScore?: number;
  /** At most this many source classes per target route, strongest first. Default 8. */
  maxSourcesPerRoute?: number;
  /** At most this many equivalence edges out of one class, strongest first. Default 15. */
  maxTargetsPerSource?: number;
  /**
   * `classKindTable(classes)`, when it was worked out elsewhere (the ingest builds it on another
   * thread while this one builds the other edges). Read with the vocabulary's scorer only.
   */
  kindTable?: ClassKindTable;
  /**
   * `workTermTable(classes, requirementWordings(classes))`, when it was worked out elsewhere:
   * which classes' work shows the words requirements name (see specific-terms.ts).
   */
  termTable?: WorkTermTable;
}

/** Lowest score an equivalence edge needs (see the NOTE above). */
export const EQUIVALENCE_MIN_SCORE = 0.6;

interface Shown {
  index: number;
  score: number;
}

interface Candidate {
  source: number;
  target: JobClass;
  routeId: string;
  routeLine: number | null;
  routeLabel: string;
  exp: ExperienceRequirement;
  kindId: string;
  score: number;
  /** The line of work the requirement names, when that is what joins the source to it. */
  line?: string;
}

export function buildEquivalenceEdges(
  classes: readonly JobClass[],
  index: ClassIndex,
  options: EquivalenceEdgeOptions = {},
): CareerEdge[] {
  return equivalenceEdgesOf(prepareEquivalence(classes, index, options), options);
}

/** A target route's experience requirements that kinds of work can meet, each read once. */
interface RouteAsk {
  target: number;
  route: QualificationRoute;
  asks: {
    exp: ExperienceRequirement;
    /** Classes the requirement names among what it includes: not counted as its sources. */
    named: Set<string>;
    /** How much the requirement asks for each kind (see requirementKindWeights). */
    weights: Map<string, number>;
    /** Classes whose line of work the requirement names as a job ("as a police officer"). */
    byLine: { index: number; line: string }[];
  }[];
}

/**
 * What equivalence edges read that does not depend on the class-kind table: every target route's
 * requirements (class references resolved, kinds weighed), the kinds they ask for, each class's
 * series and family. Worked out while another thread builds the table.
 */
export interface PreparedEquivalence {
  classes: readonly JobClass[];
  routes: RouteAsk[];
  /** The kinds any requirement asks for. */
  kinds: string[];
  ladder: { series: Int32Array; family: Int32Array };
}

export function prepareEquivalence(
  classes: readonly JobClass[],
  index: ClassIndex,
  options: Pick<EquivalenceEdgeOptions, 'scorer' | 'threshold'> = {},
): PreparedEquivalence {
  const scorer = options.scorer ?? scoreExperienceKind;
  const threshold = options.threshold ?? EXPERIENCE_MATCH_THRESHOLD;
  const kinds = new Set<string>();
  for (const cls of classes) {
    for (const route of cls.qualifications.routes) {
      for (const exp of route.experience) for (const k of exp.kindIds) kinds.add(k);
    }
  }
  // Each line of work (see line-of-work.ts) and the classes in it.
  const lines = new Map<string, number[]>();
  classes.forEach((cls, i) => {
    for (const line of linesOfWork(cls.title)) {
      const list = lines.get(line);
      if (list) list.push(i);
      else lines.set(line, [i]);
    }
  });
  const routes: RouteAsk[] = [];
  classes.forEach((target, t) => {
    for (const route of target.qualifications.routes) {
      if (route.equivalentCombination) continue;
      const asks: RouteAsk['asks'] = [];
      for (const exp of route.experience) {
        if (exp.months <= 0) continue;
        const byLine = linesNamedIn(exp.kind, lines).flatMap((line) =>
          (lines.get(line) ?? []).map((index) => ({ index, line })),
        );
        if (exp.kindIds.length === 0 && byLine.length === 0) continue;
        // A requirement that names classes it can resolve ("performing the duties of a Fire
        // Prevention Specialist I") is met by those classes (promotion edges), not by kind.
        const namesClass = exp.classRefs.some(
          (ref) => resolveClassReferenceOnce(index, ref, target).length > 0,
        );
        if (namesClass) continue;
        const named = new Set(
          exp.including
            .flatMap((inc) => inc.classRefs)
            .flatMap((ref) => resolveClassReferenceOnce(index, ref, target).map((c) => c.id)),
        );
        const weights = new Map(
          [...requirementKindWeights(exp, scorer)].filter(([, weight]) => weight >= threshold),
        );
        asks.push({ exp, named, weights, byLine });
      }
      if (asks.length > 0) routes.push({ target: t, route, asks });
    }
  });
  return { classes, routes, kinds: [...kinds], ladder: ladderCodes(classes) };
}

/**
 * The equivalence edges of prepared classes, reading `options.kindTable` when given (see
 * `EquivalenceEdgeOptions`); the options are those `prepareEquivalence` was given, and more.
 */
export function equivalenceEdgesOf(
  prepared: PreparedEquivalence,
  options: EquivalenceEdgeOptions = {},
): CareerEdge[] {
  const { classes } = prepared;
  const scorer = options.scorer ?? scoreExperienceKind;
  const threshold = options.threshold ?? EXPERIENCE_MATCH_THRESHOLD;
  const minScore = Math.max(threshold, options.minScore ?? EQUIVALENCE_MIN_SCORE);
  const perRoute = options.maxSourcesPerRoute ?? 8;
  const perSource = options.maxTargetsPerSource ?? 15;

  // Every class's score for every kind, and the part of its work that shows it: from the table
  // with the vocabulary's scorer, else by asking the scorer.
  const K = EXPERIENCE_KINDS.length;
  const table =
    scorer === scoreExperienceKind ? (options.kindTable ?? classKindTable(classes)) : null;
  if (table && table.scores.length !== classes.length * K) {
    throw new InvalidOptionError(
      'buildEquivalenceEdges',
      'kindTable',
      `${table.scores.length} scores for ${classes.length} classes of ${K} kinds`,
    );
  }
  const kindScore = (i: number, kindId: string): number => {
    const k = experienceKindIndex(kindId);
    if (table) return k < 0 ? 0 : (table.scores[i * K + k] as number);
    return scoreClassKind(classes[i] as JobClass, kindId, scorer);
  };
  const shownBy = (
    i: number,
    kindId: string,
  ): Pick<ExperienceMatch, 'text' | 'file' | 'line'> | null => {
    const k = experienceKindIndex(kindId);
    if (table)
      return k < 0 ? null : shownPart(classes[i] as JobClass, table.shown[i * K + k] as number);
    return scoreExperienceKindMatch(classes[i] as JobClass, kindId, scorer);
  };

  // The classes that show each kind asked for.
  const showing = new Map<string, Shown[]>(prepared.kinds.map((k) => [k, []]));
  const kindList = prepared.kinds;
  classes.forEach((_, i) => {
    for (const kindId of kindList) {
      const score = kindScore(i, kindId);
      if (score >= threshold) showing.get(kindId)?.push({ index: i, score });
    }
  });
  const byScore = (a: Shown, b: Shown): number => b.score - a.score || a.index - b.index;
  for (const list of showing.values()) list.sort(byScore);
  const jurisdictionOf = classes.map((c) => c.jurisdiction);
  // Each class's series and numbered-title family as small integers (-1: none), worked out once:
  // the lists below test hundreds of thousands of (source, target) pairs.
  const { series: seriesOf, family: familyOf } = prepared.ladder;
  const sameLadder = (a: number, b: number): boolean => {
    const s = seriesOf[a] as number;
    const f = familyOf[a] as number;
    return (s >= 0 && s === seriesOf[b]) || (f >= 0 && f === familyOf[b]);
  };

  // What each requirement asks for beyond its kind, and which classes' work shows it.
  const terms = options.termTable ?? workTermTable(classes, requirementWordings(classes));
  if (terms.classCount !== classes.length) {
    throw new InvalidOptionError(
      'buildEquivalenceEdges',
      'termTable',
      `a table of ${terms.classCount} classes for ${classes.length} classes`,
    );
  }
  const lowFactor = specificFactor(0);
  // Scratch of one requirement at a time: the specific weight each class shows, and which classes.
  const shownWeight = new Float64Array(classes.length);
  const touchedAt = new Int32Array(classes.length);
  // Scratch of one route at a time: the sources of its `perRoute` best scores so far, and those
  // scores. A class scoring below the lowest of them (once there are `perRoute`) cannot make it.
  const topSource = new Int32Array(perRoute);
  const topScore = new Float64Array(perRoute);
  const { offsets: postingOffsets, classes: postingClasses } = terms;

  // Each target route: its strongest sources (ties: the target's own jurisdiction first).
  // NOTE: the loops below test about a million (class, requirement) pairs on the corpus; they are
  // written out (no callback per pair, no iterator over the postings).
  const candidates: Candidate[] = [];
  for (const { target: t, route, asks } of prepared.routes) {
    const target = classes[t] as JobClass;
    const best = new Map<number, Candidate>();
    let tops = 0;
    // The lowest score that can still enter the route's best (-1: any score can).
    let floor = -1;
    const consider = (
      i: number,
      exp: ExperienceRequirement,
      kindId: string,
      score: number,
      line?: string,
    ): void => {
      if (score < minScore || score < floor || i === t || sameLadder(i, t)) return;
      const prev = best.get(i);
      if (prev !== undefined && score <= prev.score) return;
      best.set(i, {
        source: i,
        target,
        routeId: route.id,
        routeLine: route.line,
        routeLabel: route.label,
        exp,
        kindId,
        score,
        ...(line === undefined ? {} : { line }),
      });
      // Keep the `perRoute` best sources' scores: raise this source's, else take a free place,
      // else the lowest's place.
      let at = -1;
      for (let n = 0; n < tops; n++) if (topSource[n] === i) at = n;
      if (at < 0 && tops < perRoute) at = tops++;
      if (at < 0) {
        at = 0;
        for (let n = 1; n < tops; n++)
          if ((topScore[n] as number) < (topScore[at] as number)) at = n;
      }
      topSource[at] = i;
      topScore[at] = score;
      if (tops === perRoute) {
        floor = topScore[0] as number;
        for (let n = 1; n < tops; n++) floor = Math.min(floor, topScore[n] as number);
      }
    };
    for (const { exp, named, weights, byLine } of asks) {
      // A class whose line of work the requirement names as a job is a full match.
      const firstKind = weights.keys().next().value ?? '';
      for (const { index, line } of byLine) {
        if (named.has((classes[index] as JobClass).id)) continue;
        consider(index, exp, firstKind, 1, line);
      }
      // How much of the requirement's specific terms each class's work shows (see
      // specific-terms.ts), summed from the terms' postings into `shownWeight`.
      const specific = specificPostingsOf(exp.kind, terms);
      const stems = specific.stems;
      let touched = 0;
      for (let s = 0; s < stems.length; s++) {
        const v = stems[s] as number;
        if (v < 0) continue;
        const weight = specific.weights[s] as number;
        const end = postingOffsets[v + 1] as number;
        for (let p = postingOffsets[v] as number; p < end; p++) {
          const i = postingClasses[p] as number;
          if (shownWeight[i] === 0) touchedAt[touched++] = i;
          shownWeight[i] = (shownWeight[i] as number) + weight;
        }
      }
      const full = specific.full;
      const hasNamed = named.size > 0;
      for (const [kindId, weight] of weights) {
        const list = showing.get(kindId) ?? [];
        const k = experienceKindIndex(kindId);
        if (stems.length > 0 && lowFactor * weight < minScore && touched < list.length) {
          // Only a class that names some of the requirement's terms can reach minScore: the
          // terms' postings are the shorter list to walk.
          for (let n = 0; n < touched; n++) {
            const i = touchedAt[n] as number;
            const kind = table
              ? k < 0
                ? 0
                : (table.scores[i * K + k] as number)
              : kindScore(i, kindId);
            if (kind < threshold || roundScore(kind * weight) < minScore) continue;
            if (hasNamed && named.has((classes[i] as JobClass).id)) continue;
            const w = Math.min(1, (shownWeight[i] as number) / full);
            consider(i, exp, kindId, roundScore(kind * weight * specificFactor(w)));
          }
          continue;
        }
        // NOTE: every class that shows the kind is a candidate, strongest first, until even a full
        // specific match could not lift one to minScore or into the route's best; the route keeps
        // its best after.
        for (const shown of list) {
          const most = roundScore(shown.score * weight);
          if (most < minScore || most < floor) break;
          const w =
            stems.length === 0 ? 1 : Math.min(1, (shownWeight[shown.index] as number) / full);
          if (w === 0 && lowFactor * weight < minScore) continue;
          if (hasNamed && named.has((classes[shown.index] as JobClass).id)) continue;
          consider(shown.index, exp, kindId, roundScore(shown.score * weight * specificFactor(w)));
        }
      }
      for (let n = 0; n < touched; n++) shownWeight[touchedAt[n] as number] = 0;
    }
    const sameJurisdiction = (c: Candidate): number =>
      jurisdictionOf[c.source] === target.jurisdiction ? 0 : 1;
    candidates.push(
      ...[...best.values()]
        .sort(
          (a, b) =>
            b.score - a.score || sameJurisdiction(a) - sameJurisdiction(b) || a.source - b.source,
        )
        .slice(0, perRoute),
    );
  }

  // Each source: its strongest targets.
  const bySource = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  // A route's requirement is quoted once per source it gets: each (kind, text) is read once.
  // NOTE: keyed kind → text, not by one joined string: the texts are long, and a joined key
  // would be built and hashed anew on every call.
  const sentences = new Map<string, Map<string, string>>();
  const quote = (text: string, kindId: string): string => {
    let byText = sentences.get(kindId);
    if (byText === undefined) {
      byText = new Map();
      sentences.set(kindId, byText);
    }
    let sentence = byText.get(text);
    if (sentence === undefined) {
      sentence = bestSentence(text, kindId, scorer);
      byText.set(text, sentence);
    }
    return sentence;
  };
  const edges: CareerEdge[] = [];
  for (const [s, list] of bySource) {
    const source = classes[s] as JobClass;
    const same = (c: Candidate): number => (c.target.jurisdiction === source.jurisdiction ? 0 : 1);
    list.sort(
      (a, b) => b.score - a.score || same(a) - same(b) || compareIds(a.target.id, b.target.id),
    );
    for (const c of list.slice(0, perSource)) {
      // A source joined by its line of work shows it in its title; else, the sentence showing the kind.
      const line = c.line;
      const shown = line === undefined ? shownBy(s, c.kindId) : null;
      const why =
        line === undefined
          ? kindLabel(c.kindId)
          : `work as ${/^[aeiou]/.test(line) ? 'an' : 'a'} ${line}`;
      edges.push({
        source: source.id,
        target: c.target.id,
        kind: 'equivalence',
        weight: c.score,
        months: c.exp.months,
        route: c.routeId,
        basis: `counts toward route ${routeName(c.routeLabel, c.routeId)}: ${why}`,
        evidence: [
          {
            classId: c.target.id,
            text: line === undefined ? quote(c.exp.text, c.kindId) : c.exp.text,
            file: fieldFile(c.target, 'qualifications'),
            // The requirement's own sentence ("B. Four (4) years …", line 200), not the route's first.
            line: c.exp.line ?? c.routeLine,
          },
          {
            classId: source.id,
            text: line === undefined ? quote(shown?.text ?? source.title, c.kindId) : source.title,
            file: shown?.file ?? source.source.file,
            line: shown?.line ?? null,
          },
        ],
      });
    }
  }
  return edges.sort(
    (a, b) =>
      compareIds(a.source, b.source) ||
      compareIds(a.target, b.target) ||
      compareIds(a.route ?? '', b.route ?? ''),
  );
}

/**
 * The sentence of a text that shows the kind best, so evidence quotes a sentence, not a page.
 * NOTE: texts of up to 240 characters are quoted whole.
 */
function bestSentence(text: string, kindId: string, scorer: ExperienceScorer): string {
  const t = text.trim();
  if (t.length <= 240) return t;
  const sentences = t.split(/(?<=[.;:])\s+(?=[A-Z(])/).filter((s) => s.trim() !== '');
  let best = sentences[0] ?? t;
  let bestScore = -1;
  for (const s of sentences) {
    const score = scorer(kindId, s);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.trim();
}

/**
 * The series and numbered-title family each class belongs to, numbered: classes with the same
 * series key ("il\u0000series id") share a series code, those with the same jurisdiction and
 * numbered-title family ("calhr\u0000case manager") a family code; -1 when a class has none.
 */
function ladderCodes(classes: readonly JobClass[]): { series: Int32Array; family: Int32Array } {
  const series = new Int32Array(classes.length);
  const family = new Int32Array(classes.length);
  const seriesCodes = new Map<string, number>();
  const familyCodes = new Map<string, number>();
  const code = (codes: Map<string, number>, key: string): number => {
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    return c;
  };
  classes.forEach((cls, i) => {
    const s = seriesKey(cls);
    series[i] = s === null ? -1 : code(seriesCodes, s);
    const numbered = parseNumberedTitle(cls.title);
    family[i] = numbered ? code(familyCodes, `${cls.jurisdiction}\u0000${numbered.family}`) : -1;
  });
  return { series, family };
}

function kindLabel(kindId: string): string {
  return EXPERIENCE_KINDS.find((k) => k.id === kindId)?.label ?? kindId;
}
