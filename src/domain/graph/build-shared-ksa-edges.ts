// Shared-KSA edges (undirected, weighted): two classes ask for the same competencies. The weight is
// the cosine of their competency sets, each competency weighted by its rarity in the corpus (IDF)
// times its vocabulary specificity, so a rare shared competency says more than written communication.
// Candidate pairs come from an inverted index over competencies; each class keeps its strongest
// neighbours above a threshold. [Reference] ../shared/PRODUCT.md "shared-KSA"; issue 3 "Edges".
// NOTE: idf(c) = ln(1 + N / df(c)); weight = Σshared w² / √(ΣA w² · ΣB w²). Two SUCSS levels sharing
// 5 of their 7 and 10 competencies score ≈ 0.55; classes sharing only "writing" stay below 0.2.

import {
  fieldFile,
  type CareerEdge,
  type Evidence,
  type JobClass,
  type Ksa,
} from '../model/index.ts';
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
  const prepared = prepareSharedKsa(classes, options);
  return sharedKsaEdgesOf(
    classes,
    prepared,
    sharedKsaNeighbours(prepared.vectors, options),
    options,
  );
}

/**
 * Each class's competencies, integer-coded, and each code's weight: all that the neighbour search
 * reads, in typed arrays another thread can take. Codes in order of first appearance.
 */
export interface SharedKsaVectors {
  /** Class i's codes, ascending: `codes[starts[i]]` up to (not including) `codes[starts[i + 1]]`. */
  codes: Int32Array<ArrayBuffer>;
  /** One per class, and one more: where each class's codes start. */
  starts: Int32Array<ArrayBuffer>;
  /** Each code's weight, squared: (IDF × specificity)². */
  w2: Float64Array<ArrayBuffer>;
}

/** `SharedKsaVectors` with what quoting the evidence needs (kept on this thread). */
export interface PreparedSharedKsa {
  vectors: SharedKsaVectors;
  /** Code → competency id. */
  compIds: string[];
  /** Per class, per code in its order: the KSA statement quoted for it. */
  quotedOf: Ksa[][];
}

/** Each class's strongest neighbours, strongest first: class i's are at i · k up to i · k + counts[i]. */
export interface SharedKsaNeighbours {
  /** Neighbours kept per class. */
  k: number;
  counts: Int32Array<ArrayBuffer>;
  /** Neighbour class indices. */
  js: Int32Array<ArrayBuffer>;
  /** Their weights. */
  ws: Float64Array<ArrayBuffer>;
}

/**
 * The classes' integer-coded competency sets and weights (`vectors`), with the statement quoted for
 * each competency (as classCompetencies orders them: the first that names it first, else the first
 * that names it). NOTE: read from the statements directly, not through classCompetencies: its
 * proficiency and statement lists are not needed here, and building them for every class cost ~100 ms.
 */
export function prepareSharedKsa(
  classes: readonly JobClass[],
  options: Pick<SharedKsaEdgeOptions, 'specificity'> = {},
): PreparedSharedKsa {
  const n = classes.length;
  const compIndex = new Map<string, number>();
  const compIds: string[] = [];
  const df: number[] = [];
  const all: number[] = [];
  const starts = new Int32Array(n + 1);
  const quotedOf: Ksa[][] = [];
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
          df.push(0);
          if (c >= stamp.length) {
            const grown = new Int32Array(stamp.length * 2);
            grown.set(stamp);
            stamp = grown;
          }
        }
        if (stamp[c] !== i + 1) {
          stamp[c] = i + 1;
          codes.push(c);
          df[c] = (df[c] as number) + 1;
          first[c] = ksa;
          lead[c] = null;
        }
        if (lead[c] === null && leading === id) lead[c] = ksa;
      }
    }
    const set = Int32Array.from(codes).sort();
    for (const c of set) all.push(c);
    starts[i + 1] = all.length;
    quotedOf.push(Array.from(set, (c) => lead[c] ?? (first[c] as Ksa)));
  }
  const w2 = new Float64Array(compIds.length);
  for (let c = 0; c < compIds.length; c++) {
    const id = compIds[c] as string;
    const spec = (options.specificity ?? defaultSpecificity)(id) ?? 1;
    const w = Math.log(1 + n / (df[c] as number)) * spec;
    w2[c] = w * w;
  }
  return { vectors: { codes: Int32Array.from(all), starts, w2 }, compIds, quotedOf };
}

/**
 * Each class's strongest neighbours above the threshold, by the weighted cosine of their competency
 * sets; candidate pairs from an inverted index. Reads only `vectors`, so it can run on another thread.
 */
export function sharedKsaNeighbours(
  vectors: SharedKsaVectors,
  options: Pick<SharedKsaEdgeOptions, 'neighbours' | 'threshold'> = {},
): SharedKsaNeighbours {
  const k = options.neighbours ?? 8;
  const threshold = options.threshold ?? 0.2;
  const { codes, starts, w2 } = vectors;
  const n = starts.length - 1;
  const setOf = (i: number): Int32Array => codes.subarray(starts[i], starts[i + 1]);
  const postings: number[][] = Array.from({ length: w2.length }, () => []);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const c of setOf(i)) {
      (postings[c] as number[]).push(i);
      sum += w2[c] as number;
    }
    norms[i] = sum;
  }

  // Very common competencies do not propose candidates (they still count in the weight): at most
  // 5% of the classes, clamped to 64..256, so candidate generation stays near-linear in size.
  const maxDf = Math.min(256, Math.max(64, Math.ceil(0.05 * n)));
  const counts = new Int32Array(n);
  const js = new Int32Array(n * k);
  const ws = new Float64Array(n * k);
  // Keeps class i's list sorted, strongest first; an equal weight goes after those already there.
  const offer = (i: number, j: number, w: number): void => {
    const base = i * k;
    const count = counts[i] as number;
    if (count === k && (ws[base + k - 1] as number) >= w) return;
    let at = count;
    while (at > 0 && (ws[base + at - 1] as number) < w) at--;
    for (let x = Math.min(count, k - 1); x > at; x--) {
      js[base + x] = js[base + x - 1] as number;
      ws[base + x] = ws[base + x - 1] as number;
    }
    js[base + at] = j;
    ws[base + at] = w;
    if (count < k) counts[i] = count + 1;
  };
  // A pair is a candidate when it shares two of the rarer competencies (one, when either class has
  // fewer than four of them): pairs sharing a single mid-frequency competency rarely pass the
  // threshold and would dominate the work.
  const rare = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    for (const c of setOf(i))
      if ((postings[c] as number[]).length <= maxDf) rare[i] = (rare[i] as number) + 1;
  }
  const hits = new Uint16Array(n);
  const touched: number[] = [];
  // Class i's competencies, stamped i + 1: a pair's shared weight is a walk over j's set alone.
  const inA = new Int32Array(w2.length);
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    for (let x = starts[i] as number; x < (starts[i + 1] as number); x++) {
      const c = codes[x] as number;
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
    // A class whose competencies are all common proposes no pair above: its candidates are the
    // classes holding its least common one (each pair once: a class with rarer ones, or a later
    // one), and it keeps only a near-twin (see below).
    // NOTE: on the corpus, 302 classes were left without any shared-KSA edge, 77 of them beside a
    // class with the very same competencies (Prison Industries Superintendents of two industries).
    if (rareI === 0 && (starts[i + 1] as number) > (starts[i] as number)) {
      let least = -1;
      for (const c of setOf(i)) {
        const df = (postings[c] as number[]).length;
        if (least < 0 || df < (postings[least] as number[]).length) least = c;
      }
      // A weight w needs the smaller norm to be at least w² of the larger.
      const ratio = FALLBACK_THRESHOLD * FALLBACK_THRESHOLD;
      const normI = norms[i] as number;
      // NOTE: bounded like the search above, or a large corpus (the 10× bench, where most
      // competencies pass maxDf) would pair most classes this way.
      const candidates = postings[least] as number[];
      const few = candidates.length <= FALLBACK_MAX_DF * maxDf;
      for (const j of few ? candidates : []) {
        if (j === i || ((rare[j] as number) === 0 && j < i)) continue;
        const normJ = norms[j] as number;
        if (Math.min(normI, normJ) < ratio * Math.max(normI, normJ)) continue;
        hits[j] = 1;
        touched.push(j);
      }
    }
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t] as number;
      const minHits = rareI >= 4 && (rare[j] as number) >= 4 ? 2 : 1;
      const enough = (hits[j] as number) >= minHits;
      hits[j] = 0;
      if (!enough) continue;
      // Summed in ascending competency code, as a merge of the two sorted sets would.
      let shared = 0;
      let sharedCount = 0;
      for (let y = starts[j] as number; y < (starts[j + 1] as number); y++) {
        const c = codes[y] as number;
        if (inA[c] !== i + 1) continue;
        shared += w2[c] as number;
        sharedCount++;
      }
      const denom = Math.sqrt((norms[i] as number) * (norms[j] as number));
      const w = denom > 0 ? shared / denom : 0;
      if (rareI === 0) {
        // Common competencies alone make a high cosine between unlike classes (a toll collector and
        // a truck driver): such a class keeps only a near-twin sharing a few of them, and takes no
        // place in the twin's list.
        if (w >= FALLBACK_THRESHOLD && sharedCount >= FALLBACK_SHARED) offer(i, j, w);
      } else if (w >= threshold) {
        offer(i, j, w);
        offer(j, i, w);
      }
    }
  }
  return { k, counts, js, ws };
}

/** The weight a pair proposed that way must reach: the same competencies, or nearly. */
const FALLBACK_THRESHOLD = 0.9;

/** And how many competencies it must share: one or two common ones say nothing of a twin. */
const FALLBACK_SHARED = 3;

/** The most classes (as a multiple of the search's own bound) its least common one may have. */
const FALLBACK_MAX_DF = 4;

/** The shared-KSA edges of `classes` from their neighbours, each quoting the statements it shares. */
export function sharedKsaEdgesOf(
  classes: readonly JobClass[],
  prepared: PreparedSharedKsa,
  neighbours: SharedKsaNeighbours,
  options: Pick<SharedKsaEdgeOptions, 'evidenceCompetencies'> = {},
): CareerEdge[] {
  const evidenceCount = options.evidenceCompetencies ?? 3;
  const n = classes.length;
  const { compIds, quotedOf } = prepared;
  const { codes, starts, w2 } = prepared.vectors;
  const { k, counts, js, ws } = neighbours;

  // Each pair once (lo's id sorts first), keyed lo · n + hi; then in edge order (source, target).
  const rankOf = idRanks(classes);
  const pairs = new Map<number, { i: number; j: number; w: number }>();
  for (let i = 0; i < n; i++) {
    for (let x = i * k; x < i * k + (counts[i] as number); x++) {
      const j = js[x] as number;
      const w = ws[x] as number;
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
    const setA = codes.subarray(starts[i], starts[i + 1]);
    const setB = codes.subarray(starts[j], starts[j + 1]);
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
        evidence.push({
          classId: cls.id,
          text: ksa.text,
          file: fieldFile(cls, 'ksas'),
          line: ksa.line,
        });
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
