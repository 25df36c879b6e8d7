// The competency vocabulary KSA statements are normalised to: O*NET knowledge, skill, ability and
// work-style leaves plus the project's own `rungs:<slug>` practice competencies.
// [Reference] data/competencies.json, written by scripts/build-competencies.ts from the O*NET 29.3
// Content Model (CC BY 4.0) and ../shared/PRODUCT.md ("Competency ids").

import vocabularyFile from '../../../data/competencies.json';

export type CompetencyDomain = 'knowledge' | 'skill' | 'ability' | 'work-style' | 'practice';

export interface Competency {
  /** The O*NET element id ("2.B.1.a") or `rungs:<slug>`. */
  id: string;
  name: string;
  domain: CompetencyDomain;
  source: 'onet' | 'rungs';
  /** The O*NET group the element sits in ("Social Skills"), or null for the project's own. */
  group: string | null;
  description: string;
  /** Phrases that name the competency in KSA wording ("conducting interviews"). */
  terms: string[];
  /** Phrases that rule the competency out when a statement contains them ("legal counsel"). */
  exclude: string[];
  /**
   * Terms that name the competency only in a statement that also says one of `anyOf`, anywhere:
   * "operation" is Operation and Control beside "equipment" or "trucks", not beside "the office".
   */
  inContext?: { term: string; anyOf: string[] }[];
  /** 0..1: how much sharing this competency says about two classes (writing 0.15, casework 0.8). */
  specificity: number;
}

export interface CompetencyVocabulary {
  source: string;
  licence: string;
  attribution: string;
  generatedBy: string;
  competencies: Competency[];
}

const DOMAINS: readonly CompetencyDomain[] = [
  'knowledge',
  'skill',
  'ability',
  'work-style',
  'practice',
];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isContextTerm(value: unknown): value is { term: string; anyOf: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.term === 'string' && isStringArray(t.anyOf);
}

function isCompetency(value: unknown): value is Competency {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    typeof c.name === 'string' &&
    typeof c.domain === 'string' &&
    (DOMAINS as readonly string[]).includes(c.domain) &&
    (c.source === 'onet' || c.source === 'rungs') &&
    (c.group === null || typeof c.group === 'string') &&
    typeof c.description === 'string' &&
    isStringArray(c.terms) &&
    isStringArray(c.exclude) &&
    (c.inContext === undefined ||
      (Array.isArray(c.inContext) && c.inContext.every(isContextTerm))) &&
    typeof c.specificity === 'number'
  );
}

function loadVocabulary(file: unknown): CompetencyVocabulary {
  const f = file as Partial<Record<keyof CompetencyVocabulary, unknown>>;
  const list = Array.isArray(f.competencies) ? f.competencies : [];
  return {
    source: String(f.source ?? ''),
    licence: String(f.licence ?? ''),
    attribution: String(f.attribution ?? ''),
    generatedBy: String(f.generatedBy ?? ''),
    competencies: list.filter(isCompetency),
  };
}

/** The whole vocabulary with its source and licence header, checked once at load. */
export const competencyVocabulary: CompetencyVocabulary = loadVocabulary(vocabularyFile);
