// The KSA floor: statements → kind, proficiency and competencies; the competency vocabulary.
// Re-exports only.

export { classifyKsa, type KsaHead } from './classify-ksa.ts';
export { competency } from './competency.ts';
export {
  competencyVocabulary,
  type Competency,
  type CompetencyDomain,
  type CompetencyVocabulary,
} from './competency-vocabulary.ts';
export { matchCompetencies, MIN_CONFIDENCE } from './match-competencies.ts';
export {
  normalizeProficiency,
  PROFICIENCY_LEVELS,
  PROFICIENCY_NAMES,
  proficiencyLabel,
} from './normalize-proficiency.ts';
export { parseKsas, type ParseKsasOptions } from './parse-ksas.ts';
export {
  splitKsaStatements,
  type KsaStatement,
  type SplitKsaOptions,
} from './split-ksa-statements.ts';
export { stemWord } from './stem-word.ts';
export { isKsaStopWord, tokenizeKsaText } from './tokenize-ksa-text.ts';
