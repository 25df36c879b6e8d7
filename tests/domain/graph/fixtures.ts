// Tiny inline job classes for the graph tests: just enough of the model to exercise one rule or
// query at a time (graphology's own tests build graphs inline the same way).

import { buildEdges, type BuildEdgesOptions } from '../../../src/domain/graph/build-edges.ts';
import { buildCareerGraph } from '../../../src/domain/graph/build-graph.ts';
import type { CareerGraph } from '../../../src/domain/graph/career-graph.ts';
import {
  educationRank,
  type CareerEdge,
  type ClassReference,
  type EducationLevel,
  type ExperienceRequirement,
  type GraphDocument,
  type JobClass,
  type Ksa,
  type Profile,
  type QualificationRoute,
  type SeriesInfo,
} from '../../../src/domain/model/index.ts';

export function ksa(
  text: string,
  competencies: string[],
  proficiency: number | null = null,
  line: number | null = null,
): Ksa {
  const words: Record<number, string> = {
    1: 'basic',
    2: 'general',
    3: 'working',
    4: 'thorough',
    5: 'extensive',
  };
  return {
    text,
    kind: 'knowledge',
    proficiency,
    proficiencyWord: proficiency === null ? null : (words[proficiency] ?? null),
    competencies,
    matches: competencies.map((id) => ({ id, confidence: 1 })),
    line,
  };
}

export function ref(
  title: string,
  kind: ClassReference['kind'] = 'performing-duties',
  sameSeries = false,
): ClassReference {
  const text =
    kind === 'comparable-level'
      ? `experience comparable to that performed at the ${title} level`
      : kind === 'performing-duties'
        ? `performing the duties of a ${title}`
        : `experience as a ${title}`;
  return { title, kind, sameSeries, text };
}

export function experience(
  months: number,
  kind: string,
  more: Partial<Omit<ExperienceRequirement, 'months' | 'kind'>> = {},
): ExperienceRequirement {
  return {
    months,
    kind,
    kindIds: more.kindIds ?? [],
    classRefs: more.classRefs ?? [],
    including: more.including ?? [],
    text: more.text ?? `${months} months of ${kind}`,
  };
}

export function route(
  id: string,
  parts: {
    education?: [EducationLevel, string | null];
    experience?: ExperienceRequirement[];
    licenses?: string[][];
    equivalentCombination?: boolean;
    line?: number;
  } = {},
): QualificationRoute {
  const edu = parts.education;
  return {
    id,
    label: `(${id.toLowerCase()})`,
    text: `route ${id}`,
    education: edu
      ? {
          level: edu[0],
          field: edu[1],
          alternatives: [],
          text: `${edu[0]} in ${edu[1] ?? 'any field'}`,
        }
      : null,
    experience: parts.experience ?? [],
    licenses: (parts.licenses ?? []).map((anyOf) => ({
      name: anyOf[0] ?? '',
      text: anyOf.join(' or '),
      anyOf,
    })),
    equivalentCombination: parts.equivalentCombination ?? false,
    line: parts.line ?? null,
  };
}

export interface ClassInput {
  id: string;
  title: string;
  jurisdiction?: string;
  code?: string | null;
  series?: Partial<SeriesInfo> & { id: string; level: number | null };
  summary?: string;
  duties?: string[];
  ksas?: Ksa[];
  routes?: QualificationRoute[];
  licenses?: string[];
  file?: string;
}

export function jobClass(input: ClassInput): JobClass {
  const routes = input.routes ?? [];
  const real = routes.filter((r) => !r.equivalentCombination);
  const minEducation =
    real.length === 0
      ? null
      : real
          .map((r) => r.education?.level ?? 'none')
          .reduce((a, b) => (educationRank(b) < educationRank(a) ? b : a));
  const minExperienceMonths =
    real.length === 0
      ? null
      : Math.min(...real.map((r) => r.experience.reduce((s, e) => s + e.months, 0)));
  return {
    id: input.id,
    jurisdiction: input.jurisdiction ?? 'j1',
    code: input.code ?? null,
    title: input.title,
    series: input.series
      ? {
          title: input.series.title ?? `${input.series.id} series`,
          promotionalLine: input.series.promotionalLine ?? null,
          ...input.series,
        }
      : null,
    summary: input.summary ?? '',
    duties: input.duties ?? [],
    ksas: input.ksas ?? [],
    qualifications: {
      text: routes.map((r) => r.text).join('\n'),
      routes,
      substitutions: [],
      minEducation,
      minExperienceMonths,
      licenses: input.licenses ?? [
        ...new Set(routes.flatMap((r) => r.licenses.map((l) => l.name))),
      ],
      lines: null,
    },
    specialRequirements: [],
    source: { file: input.file ?? `${input.jurisdiction ?? 'j1'}.txt`, lines: [1, 10] },
    facts: {},
    lineOf: {
      summary: input.summary ? [2, 2] : null,
      duties: (input.duties ?? []).map((_, i) => 3 + i),
      specialRequirements: [],
    },
    notes: [],
  };
}

export function documentOf(classes: JobClass[], edges: CareerEdge[] = []): GraphDocument {
  return {
    schemaVersion: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    jurisdictions: [...new Set(classes.map((c) => c.jurisdiction))].map((id) => ({
      id,
      name: `Jurisdiction ${id}`,
      kind: 'other',
      inferred: false,
    })),
    classes,
    edges,
    diagnostics: [],
    documents: [],
  };
}

/** A graph of the given classes with the edges buildEdges finds (options passed through). */
export function graphOf(classes: JobClass[], options: BuildEdgesOptions = {}): CareerGraph {
  const { edges, diagnostics } = buildEdges(classes, options);
  return buildCareerGraph({ ...documentOf(classes, edges), diagnostics });
}

/** A keyword scorer for equivalence tests: kind id "casework" scores 1 on text containing "casework". */
export function keywordScorer(kindId: string, text: string): number {
  return text.toLowerCase().includes(kindId.toLowerCase()) ? 1 : 0;
}

export function profile(parts: Partial<Profile> = {}): Profile {
  return {
    education: parts.education ?? { level: 'none', field: null },
    credits: parts.credits ?? [],
    experience: parts.experience ?? [],
    licenses: parts.licenses ?? [],
  };
}

/** A five-rung series in one jurisdiction, like the SUCSS Medical Social Services series. */
export function series(
  ids: string[],
  jurisdiction = 'j1',
  promotionalLine: string | null = null,
): JobClass[] {
  return ids.map((id, i) =>
    jobClass({
      id: `${jurisdiction}:${id}`,
      title: `Title ${id}`,
      jurisdiction,
      series: { id: 's1', level: i + 1, promotionalLine },
    }),
  );
}
