// Bench section: search keystroke latency over ~4,000 classes (target ≤ 16 ms p95 per keystroke).
// The classes come from the CalHR corpus (titles, codes and Knowledge-and-Abilities wording, read
// directly: the bench measures the search, not the parsers), replicated under renamed jurisdictions
// to reach the target size; without the corpus, data/build/graph.json is replicated instead.
// Run alone with `npx tsx bench/sections/search.ts`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphDocument, JobClass } from '../../src/domain/model/index.ts';
import {
  buildSearchIndex,
  buildWordIndex,
  createSearcher,
  isSearchIndexFor,
  prefilterCandidates,
  searchRecords,
} from '../../src/domain/search/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CALHR = process.env.RUNGS_CORPUS_CALHR ?? '/work/shared/corpus/calhr';
const TARGET_CLASSES = 4000;

export interface SearchBenchResult {
  source: string;
  classes: number;
  indexBuildMs: number;
  indexBytes: number;
  searcherLoadMs: number;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  /** p95 of a single pass (no best-of-three). */
  singlePassP95: number;
  /** p95 of the word-index prefilter alone, per keystroke. */
  prefilterP95: number;
}

function emptyClass(id: string, jurisdiction: string, title: string, code: string | null, ksas: string[]): JobClass {
  return {
    id,
    jurisdiction,
    code,
    title,
    series: null,
    summary: '',
    duties: [],
    ksas: ksas.map((text) => ({ text, kind: 'other', proficiency: null, proficiencyWord: null, competencies: [], matches: [], line: null })),
    qualifications: { text: '', routes: [], substitutions: [], minEducation: null, minExperienceMonths: null, licenses: [], lines: null },
    specialRequirements: [],
    source: { file: '', lines: [1, 1] },
    facts: {},
    lineOf: { summary: null, duties: [], specialRequirements: [] },
    notes: [],
  };
}

function calhrClasses(): JobClass[] {
  return readdirSync(CALHR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CALHR, file), 'utf8');
      const title = text.split(/\r?\n/).find((l) => l.trim())?.trim() ?? file;
      const code = /^Class Code:\s*(\S+)/m.exec(text)?.[1] ?? null;
      const ka = /\n\s*Knowledge and Abilities\s*\n([\s\S]*?)(?:\n\s*(?:Updated:|Special Personal|Additional Desirable)|$)/.exec(text)?.[1] ?? '';
      const ksas = ka
        .split(/[;.]\s+|\n+/)
        .map((s) => s.replace(/^(Knowledge|Ability) (of|to):\s*/, '').trim())
        .filter((s) => s.length > 3);
      return emptyClass(`calhr:${code ?? file}`, 'calhr', title, code, ksas);
    });
}

function benchDocument(): { doc: GraphDocument; source: string } {
  let base: JobClass[];
  let source: string;
  if (existsSync(CALHR)) {
    base = calhrClasses();
    source = `CalHR corpus (${base.length} specs)`;
  } else {
    const graph = join(ROOT, 'data/build/graph.json');
    if (!existsSync(graph)) throw new Error(`search bench: neither ${CALHR} nor ${graph} exists; run \`npm run ingest\`.`);
    base = (JSON.parse(readFileSync(graph, 'utf8')) as GraphDocument).classes;
    source = `data/build/graph.json (${base.length} classes; corpus absent at ${CALHR})`;
  }
  const copies = Math.max(1, Math.ceil(TARGET_CLASSES / Math.max(1, base.length)));
  const classes: JobClass[] = [];
  const jurisdictions: GraphDocument['jurisdictions'] = [];
  for (let k = 0; k < copies; k += 1) {
    const suffix = k === 0 ? '' : `-${k + 1}`;
    for (const j of new Set(base.map((c) => c.jurisdiction))) {
      jurisdictions.push({ id: `${j}${suffix}`, name: `${j}${suffix} jurisdiction`, kind: 'other', inferred: false });
    }
    for (const c of base) classes.push({ ...c, id: `${c.id}${suffix}`, jurisdiction: `${c.jurisdiction}${suffix}` });
  }
  const doc: GraphDocument = { schemaVersion: 1, generatedAt: '', jurisdictions, classes, edges: [], diagnostics: [], documents: [] };
  return { doc, source: `${source} × ${copies}` };
}

/** Every prefix of each query, as a person types it. */
function keystrokes(doc: GraphDocument): string[] {
  const titles = doc.classes.filter((_, i) => i % 97 === 0).slice(0, 25).map((c) => c.title.toLowerCase());
  const queries = [
    ...titles,
    'medical social associate',
    'medcal socail',
    'social worker',
    'case manager',
    'interviewing techniques',
    'principles of accounting',
    'correctional counselor',
    'supervisng nurse',
    'data processing',
    'heavy equipment mechanic',
  ];
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function searchBench(log: (line: string) => void = console.log): Promise<SearchBenchResult> {
  const { doc, source } = benchDocument();
  let t = performance.now();
  const index = buildSearchIndex(doc);
  const indexBuildMs = performance.now() - t;
  const json = JSON.stringify(index);
  const parsed = JSON.parse(json) as unknown;
  t = performance.now();
  const searcher = createSearcher(doc, isSearchIndexFor(parsed, doc) ? parsed : null);
  const searcherLoadMs = performance.now() - t;
  const typed = keystrokes(doc);
  for (const q of typed.slice(0, 50)) searcher.search(q); // warm-up
  // NOTE: each keystroke is timed in three passes and its fastest kept, so that other processes on
  // this shared 2-core machine do not count as search time; the single-pass p95 is reported too.
  const passes: number[][] = [];
  for (let pass = 0; pass < 3; pass += 1) {
    passes.push(
      typed.map((q) => {
        const start = performance.now();
        searcher.search(q);
        return performance.now() - start;
      }),
    );
  }
  const times = typed.map((_, i) => Math.min(...passes.map((p) => p[i] ?? Infinity)));
  const firstPass = [...(passes[0] ?? [])].sort((a, b) => a - b);
  const slowest: [number, string][] = typed.map((q, i) => [times[i] ?? 0, q]);
  slowest.sort((a, b) => b[0] - a[0]);
  times.sort((a, b) => a - b);
  const words = buildWordIndex(searchRecords(doc));
  const pre: number[] = [];
  for (const q of typed) {
    const start = performance.now();
    prefilterCandidates(words, q);
    pre.push(performance.now() - start);
  }
  pre.sort((a, b) => a - b);
  const result: SearchBenchResult = {
    source,
    classes: doc.classes.length,
    indexBuildMs,
    indexBytes: json.length,
    searcherLoadMs,
    keystrokes: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? 0,
    prefilterP95: percentile(pre, 95),
    singlePassP95: percentile(firstPass, 95),
  };
  log(`search: ${result.classes} classes from ${result.source}`);
  log(`  buildSearchIndex ${result.indexBuildMs.toFixed(0)} ms, ${(result.indexBytes / 1e6).toFixed(1)} MB JSON; createSearcher from it ${result.searcherLoadMs.toFixed(0)} ms`);
  log(`  per keystroke over ${result.keystrokes} keystrokes: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, max ${result.max.toFixed(2)} ms (target p95 ≤ 16 ms; best of 3 passes, single pass p95 ${result.singlePassP95.toFixed(2)} ms); prefilter alone p95 ${result.prefilterP95.toFixed(2)} ms`);
  log(`  slowest: ${slowest.slice(0, 5).map(([ms, q]) => `"${q}" ${ms.toFixed(1)} ms`).join(', ')}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await searchBench();
}
