// Shared-KSA edges (undirected, weighted): two classes ask for the same competencies. The weight is
// the cosine of their competency sets, each competency weighted by its rarity in the corpus (IDF)
// times its vocabulary specificity, so a rare shared competency says more than written communication.
// Candidate pairs come from an inverted index over competencies; each class keeps its strongest
// neighbours above a threshold. [Reference] ../shared/PRODUCT.md "shared-KSA"; issue 3 "Edges".
// NOTE: idf(c) = ln(1 + N / df(c)); weight = Σshared w² / √(ΣA w² · ΣB w²). Two SUCSS levels sharing
// 5 of their 7 and 10 competencies score ≈ 0.55; classes sharing only "writing" stay below 0.2.

import type { CareerEdge, Evidence, JobClass, Ksa } from '../model/index.ts';
import { competency } from '../ksa/competency.ts';
import { compareIds, idRanks } from './build-class-index.ts';
import { isConfidentMatch } from './class-competencies.ts';
import { roundScore } from './round-score.ts';

export interface SharedKsaEdgeOptions {
  /** Neighbours each class keeps (an edge stays when either end keeps it). Default 8. */
  neighbours?: number;
  /** Lowest weight that makes an edge. Default 0.2. */
  threshold?: number;
  /**
   * Specificity of a competency (0..1], multiplied into its weight. Default: the vocabulary's
   * `specificity` (writing 0.15, casework 0.8), 1 for ids it does not know.
   */
  specificity?: (competencyId: string) => number | undefined;
  /** Shared competencies quoted as evidence (one KSA statement from each class). Default 3. */
  evidenceCompetencies?: number;
}

export function buildSharedKsaEdges(
  classes: readonly JobClass[],
  options: SharedKsaEdgeOptions = {},
): CareerEdge[] {
  const k = options.neighbours ?? 8;
  const threshold = options.threshold ?? 0.2;
  const evidenceCount = options.evidenceCompetencies ?? 3;
  const n = classes.length;

  // Integer-coded competency sets, sorted; beside each, the KSA statement quoted for each of its
  // competencies (as classCompetencies orders them: the first that names it first, else the first
  // that names it); and the inverted index. Codes in order of first appearance.
  // NOTE: read from the statements directly, not through classCompetencies: its proficiency and
  // statement lists are not needed here, and building them for every class cost ~100 ms.
  const compIndex = new Map<string, number>();
  const compIds: string[] = [];
  const sets: Int32Array[] = [];
  const quotedOf: Ksa[][] = [];
  const postings: number[][] = [];
  let stamp = new Int32Array(64);
  const first: Ksa[] = [];
  const lead: (Ksa | null)[] = [];
  for (let i = 0; i < n; i++) {
    const codes: number[] = [];
    for (const ksa of (classes[i] as JobClass).ksas) {
      const leading = ksa.competencies[0];
      for (const id of ksa.competencies) {
        if (!isConfidentMatch(ksa, id)) continue;
        let c = compIndex.get(id);
        if (c === undefined) {
          c = compIds.length;
          compIndex.set(id, c);
          compIds.push(id);
          postings.push([]);
          if (c >= stamp.length) {
            const grown = new Int32Array(stamp.length * 2);
            grown.set(stamp);
            stamp = grown;
          }
        }
        if (stamp[c] !== i + 1) {
          stamp[c] = i + 1;
          codes.push(c);
          (postings[c] as number[]).push(i);
          first[c] = ksa;
          lead[c] = null;
        }
        if (lead[c] === null && leading === id) lead[c] = ksa;
      }
    }
    const set = Int32Array.from(codes).sort();
    sets.push(set);
    quotedOf.push(Array.from(set, (c) => lead[c] ?? (first[c] as Ksa)));
  }
  const w2 = new Float64Array(compIds.length);
  for (let c = 0; c < compIds.length; c++) {
    const df = (postings[c] as number[]).length;
    const id = compIds[c] as string;
    const spec = (options.specificity ?? defaultSpecificity)(id) ?? 1;
    const w = Math.log(1 + n / df) * spec;
    w2[c] = w * w;
  }
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const c of sets[i] as Int32Array) sum += w2[c] as number;
    norms[i] = sum;
  }

  // Very common competencies do not propose candidates (they still count in the weight): at most
  // 5% of the classes, clamped to 64..256, so candidate generation stays near-linear in size.
  const maxDf = Math.min(256, Math.max(64, Math.ceil(0.05 * n)));
  const top: { j: number; w: number }[][] = Array.from({ length: n }, () => []);
  const offer = (i: number, j: number, w: number): void => {
    const list = top[i] as { j: number; w: number }[];
    if (list.length === k && (list[k - 1] as { w: number }).w >= w) return;
    let at = list.length;
    while (at > 0 && (list[at - 1] as { w: number }).w < w) at--;
    list.splice(at, 0, { j, w });
    if (list.length > k) list.pop();
  };
  // A pair is a candidate when it shares two of the rarer competencies (one, when either class has
  // fewer than four of them): pairs sharing a single mid-frequency competency rarely pass the
  // threshold and would dominate the work.
  const rare = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    for (const c of sets[i] as Int32Array)
      if ((postings[c] as number[]).length <= maxDf) rare[i] = (rare[i] as number) + 1;
  }
  const hits = new Uint16Array(n);
  const touched: number[] = [];
  // Class i's competencies, stamped i + 1: a pair's shared weight is a walk over j's set alone.
  const inA = new Int32Array(compIds.length);
  for (let i = 0; i < n; i++) {
    const a = sets[i] as Int32Array;
    touched.length = 0;
    for (let x = 0; x < a.length; x++) {
      const c = a[x] as number;
      inA[c] = i + 1;
      const post = postings[c] as number[];
      if (post.length > maxDf) continue;
      // Postings hold class indices in ascending order: only the classes after i are paired here.
      for (let p = firstAfter(post, i); p < post.length; p++) {
        const j = post[p] as number;
        if (hits[j] === 0) touched.push(j);
        hits[j] = (hits[j] as number) + 1;
      }
    }
    const rareI = rare[i] as number;
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t] as number;
      const minHits = rareI >= 4 && (rare[j] as number) >= 4 ? 2 : 1;
      const enough = (hits[j] as number) >= minHits;
      hits[j] = 0;
      if (!enough) continue;
      // Summed in ascending competency code, as a merge of the two sorted sets would.
      const b = sets[j] as Int32Array;
      let shared = 0;
      for (let y = 0; y < b.length; y++) {
        const c = b[y] as number;
        if (inA[c] === i + 1) shared += w2[c] as number;
      }
      const denom = Math.sqrt((norms[i] as number) * (norms[j] as number));
      const w = denom > 0 ? shared / denom : 0;
      if (w >= threshold) {
        offer(i, j, w);
        offer(j, i, w);
      }
    }
  }

  // Each pair once (lo's id sorts first), keyed lo · n + hi; then in edge order (source, target).
  const rankOf = idRanks(classes);
  const pairs = new Map<number, { i: number; j: number; w: number }>();
  for (let i = 0; i < n; i++) {
    for (const { j, w } of top[i] as { j: number; w: number }[]) {
      const [lo, hi] = (rankOf[i] as number) <= (rankOf[j] as number) ? [i, j] : [j, i];
      pairs.set(lo * n + hi, { i: lo, j: hi, w });
    }
  }
  const ordered = [...pairs.values()].sort(
    (x, y) =>
      (rankOf[x.i] as number) - (rankOf[y.i] as number) ||
      (rankOf[x.j] as number) - (rankOf[y.j] as number),
  );

  // Shared competencies are quoted strongest first (ties: by id): each code's place in that order.
  const order = compIds.map((_, c) => c);
  order.sort(
    (x, y) =>
      (w2[y] as number) - (w2[x] as number) ||
      compareIds(compIds[x] as string, compIds[y] as string),
  );
  const placeOf = new Int32Array(compIds.length);
  order.forEach((c, r) => {
    placeOf[c] = r;
  });

  const edges: CareerEdge[] = [];
  // A shared competency's place in quoting order → where it sits in each class's list.
  const atA = new Int32Array(compIds.length);
  const atB = new Int32Array(compIds.length);
  for (const { i, j, w } of ordered) {
    const a = classes[i] as JobClass;
    const b = classes[j] as JobClass;
    const setA = sets[i] as Int32Array;
    const setB = sets[j] as Int32Array;
    const places: number[] = [];
    for (let x = 0, y = 0; x < setA.length && y < setB.length;) {
      const ca = setA[x] as number;
      const cb = setB[y] as number;
      if (ca === cb) {
        // Insertion keeps the few shared places sorted as they come.
        const place = placeOf[ca] as number;
        let at = places.length;
        places.push(place);
        while (at > 0 && (places[at - 1] as number) > place) {
          places[at] = places[at - 1] as number;
          at--;
        }
        places[at] = place;
        atA[ca] = x++;
        atB[ca] = y++;
      } else if (ca < cb) x++;
      else y++;
    }
    const shared = places.map((r) => compIds[order[r] as number] as string);
    const evidence: Evidence[] = [];
    const push = (cls: JobClass, ksa: { text: string; line: number | null } | undefined): void => {
      if (ksa && !evidence.some((e) => e.classId === cls.id && e.text === ksa.text)) {
        evidence.push({ classId: cls.id, text: ksa.text, file: cls.source.file, line: ksa.line });
      }
    };
    const quoted = Math.min(evidenceCount, places.length);
    for (let q = 0; q < quoted; q++) {
      const c = order[places[q] as number] as number;
      push(a, (quotedOf[i] as Ksa[])[atA[c] as number]);
      push(b, (quotedOf[j] as Ksa[])[atB[c] as number]);
    }
    edges.push({
      source: a.id,
      target: b.id,
      kind: 'shared-ksa',
      weight: roundScore(w),
      months: null,
      evidence,
      basis: `${shared.length} shared competenc${shared.length === 1 ? 'y' : 'ies'}`,
      competencies: shared,
    });
  }
  return edges;
}

/** The position of the first value above `i` in an ascending list (its length when there is none). */
function firstAfter(sorted: readonly number[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function defaultSpecificity(id: string): number | undefined {
  return competency(id)?.specificity;
}
