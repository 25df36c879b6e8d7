// The experience-kind vocabulary: what a qualification's experience asks for, and how well a class's
// own title, summary and duties show that kind of work. Terms are word prefixes ("psychiatr" meets
// psychiatric and psychiatry) or two-word phrases, weighted, compiled once into a lookup table.
// [Reference] ../shared/PRODUCT.md, "experience-equivalence"; issue "The career graph", vocabularies.

import { memoizeText } from '../model/index.ts';

export interface ExperienceKind {
  id: string;
  label: string;
  description: string;
}

interface KindDefinition extends ExperienceKind {
  /** Term → weight. A term is a word prefix, or two words ("mental health"); ≤ 3 letters: whole word. */
  terms: Record<string, number>;
  /** Each group needs at least one hit, or the score is cut to a quarter. */
  requires?: string[][];
}

const DEFINITIONS: KindDefinition[] = [
  // ── The seeds' kinds ──────────────────────────────────────────────────────────────────────────
  {
    id: 'social-casework-medical',
    label: 'Social casework in a medical, psychiatric or public health setting',
    description:
      'Social casework or social work with patients in a hospital, clinic, psychiatric or public health setting.',
    terms: {
      casework: 1.2, 'case work': 1.2, 'social casework': 1.5, 'social work': 0.8, 'medical social': 1.2,
      'social worker': 0.8, counsel: 0.5, patient: 0.6, medical: 0.6, psychiatr: 0.8, 'mental health': 0.7,
      hospital: 0.7, clinic: 0.6, 'public health': 0.7, 'discharge planning': 0.8, treatment: 0.4,
      psychosocial: 0.8, rehabilitat: 0.3,
    },
    requires: [
      ['casework', 'case work', 'social work', 'social service', 'counsel', 'psychosocial', 'medical social', 'social worker'],
      ['patient', 'medical', 'psychiatr', 'mental health', 'hospital', 'clinic', 'public health', 'health care', 'healthcare'],
    ],
  },
  {
    id: 'human-services-client-contact',
    label: 'Human services with substantive client contact',
    description:
      'Human or social services delivered to clients directly: assessment, eligibility, assistance, referral, case management, advocacy.',
    terms: {
      'human service': 1.2, 'human services': 1.2, 'social service': 0.8, 'social services': 0.8, client: 0.7,
      casemanag: 0.8, referr: 0.6, refer: 0.4, eligib: 0.5, intake: 0.5,
      advoca: 0.5, interview: 0.4, 'direct assistance': 0.8, assistance: 0.3, famil: 0.3, counsel: 0.5,
      'service delivery': 0.5, 'community resource': 0.5, 'community resources': 0.5, victim: 0.5,
      casework: 0.6, 'social work': 0.6,
    },
    requires: [
      ['client', 'patient', 'famil', 'individual', 'applicant', 'resident', 'consumer', 'victim', 'people', 'person', 'recipient', 'youth'],
      ['servic', 'assist', 'case', 'counsel', 'referr', 'advoca', 'support', 'eligib', 'interview'],
    ],
  },
  {
    id: 'community-organization-planning',
    label: 'Community organization, social service work or program planning',
    description:
      'Organising communities, social service work, or planning, developing and evaluating social service programs.',
    terms: {
      'community organization': 1.2, 'community organizations': 1.2, 'program planning': 1.2,
      'program development': 1, 'program design': 1, 'social service': 0.8, 'social services': 0.8,
      planning: 0.5, planner: 0.6, 'service delivery': 0.6, community: 0.5, 'needs assessment': 0.8,
      'program evaluation': 0.8, polic: 0.3, liaison: 0.3, 'social welfare': 0.7, 'human service': 0.5,
      'human services': 0.5,
    },
    requires: [['community', 'social service', 'social services', 'social welfare', 'human service', 'human services', 'program planning', 'program design', 'program development']],
  },
  {
    id: 'direct-services-mentally-disabled',
    label: 'Direct services to mentally disabled clients',
    description:
      'Treatment, case management or linking services for people with mental illness or developmental disabilities.',
    terms: {
      mentally: 1.2, 'mental illness': 1.1, 'mental health': 0.9, psychiatr: 0.9, 'developmental disab': 1.1,
      'developmentally disabled': 1.1, 'intellectual disab': 1, casemanag: 0.7, client: 0.5,
      patient: 0.5, treatment: 0.4, counsel: 0.4, 'direct service': 0.8, 'direct services': 0.8, link: 0.4,
      residential: 0.4, 'behavioral health': 0.9, 'serious mental': 0.8,
    },
    requires: [['mentally', 'mental', 'psychiatr', 'developmental', 'developmentally', 'intellectual', 'behavioral health']],
  },
  {
    id: 'social-work-practice',
    label: 'Social work practice',
    description: 'Professional social work: casework, psychosocial assessment, counselling, social services.',
    terms: {
      'social work': 1.2, 'social worker': 1.2, casework: 1, 'case work': 1, 'social service': 0.7,
      'social services': 0.7, psychosocial: 0.8, counsel: 0.5, therap: 0.5, client: 0.3, famil: 0.3,
      casemanag: 0.5, clinical: 0.3, 'medical social': 1,
    },
    requires: [['social work', 'social worker', 'casework', 'case work', 'social service', 'social services', 'psychosocial', 'medical social']],
  },
  {
    id: 'supervisory-social-work',
    label: 'Supervisory or consultative social work',
    description: 'Supervising, directing or consulting on the social work of others.',
    terms: {
      supervis: 1, consult: 0.8, 'social work': 1, 'social worker': 0.8, 'medical social': 0.8, direct: 0.3,
      staff: 0.4, evaluat: 0.3, casework: 0.6, 'social service': 0.6, 'social services': 0.6,
    },
    requires: [
      ['supervis', 'consult', 'direct', 'manag', 'lead'],
      ['social work', 'social worker', 'casework', 'case work', 'social service', 'social services', 'medical social'],
    ],
  },
  {
    id: 'community-residence',
    label: 'Residence in or experience of the community served',
    description: 'Living in, or working in and for, the community a program serves (a demonstration-project community).',
    terms: {
      'demonstration project': 1.2, demonstration: 0.8, 'community resident': 1, 'community residents': 1,
      'community representative': 1, community: 0.6, resid: 0.5, liaison: 0.3, neighborhood: 0.6,
    },
    requires: [['community', 'neighborhood']],
  },
  // ── Broad kinds of the CalHR corpus ───────────────────────────────────────────────────────────
  {
    id: 'clerical-office',
    label: 'Clerical and office work',
    description: 'Clerical, secretarial and office support work: typing, filing, records, data entry.',
    terms: {
      clerical: 1.2, clerk: 1, office: 0.4, typing: 0.8, typist: 0.8, filing: 0.6, 'data entry': 0.8,
      'word processing': 0.6, secretar: 1, receptionist: 0.8, records: 0.4, 'office assistant': 1,
      'office technician': 1, stenograph: 0.8,
    },
  },
  {
    id: 'accounting-fiscal',
    label: 'Accounting, auditing and fiscal work',
    description: 'Accounting, auditing, bookkeeping, budgets, payroll and other fiscal work.',
    terms: {
      accounting: 1.2, accountant: 1.2, audit: 1, fiscal: 1, budget: 0.7, bookkeep: 1, payroll: 0.8,
      financ: 0.6, 'accounts payable': 0.8, tax: 0.5, taxation: 0.6, revenue: 0.4, ledger: 0.7,
    },
  },
  {
    id: 'information-technology',
    label: 'Information technology',
    description: 'Programming, systems analysis, networks, databases and other information technology work.',
    terms: {
      'information technology': 1.2, software: 1, programm: 0.9, network: 0.6, database: 0.7, computer: 0.6,
      'systems analysis': 0.8, 'data processing': 0.8, 'help desk': 0.8, 'application development': 0.8,
      web: 0.5, cybersecurity: 1, telecommunication: 0.6, 'information systems': 1,
    },
  },
  {
    id: 'engineering',
    label: 'Engineering',
    description: 'Professional or technical engineering: design, construction, surveying, drafting.',
    terms: {
      engineer: 1.2, construction: 0.4, surveying: 0.6, drafting: 0.6, hydraul: 0.6, structural: 0.6,
      electrical: 0.4, mechanical: 0.4, design: 0.3, 'civil engineering': 1.2, 'transportation engineering': 1,
    },
  },
  {
    id: 'law-enforcement-custody',
    label: 'Law enforcement, corrections and custody',
    description: 'Peace officer, police, correctional custody, parole and probation work.',
    terms: {
      'law enforcement': 1.2, 'peace officer': 1.2, police: 1, correctional: 1, custody: 1, inmate: 0.9,
      parole: 0.8, probation: 0.6, arrest: 0.7, security: 0.4, investigat: 0.4, patrol: 0.8,
      'criminal justice': 0.7, warden: 0.8, sheriff: 0.8, prison: 0.8,
    },
  },
  {
    id: 'health-care-nursing',
    label: 'Health care and nursing',
    description: 'Nursing, clinical, medical, pharmacy, therapy and other patient care.',
    terms: {
      nurs: 1.2, patient: 0.7, medical: 0.6, clinical: 0.5, health: 0.4, hospital: 0.6, physician: 0.8,
      therap: 0.5, pharmac: 0.7, 'health care': 0.8, dental: 0.7, 'psychiatric technician': 0.9,
      'vital signs': 0.7, medication: 0.6,
    },
  },
  {
    id: 'inspection-regulatory',
    label: 'Inspection, regulation and compliance',
    description: 'Inspecting, licensing and enforcing regulations and codes; compliance reviews.',
    terms: {
      inspect: 1.1, regulat: 0.8, compliance: 0.8, enforcement: 0.7, licensing: 0.6, investigat: 0.5,
      permit: 0.5, 'code enforcement': 0.9, examin: 0.4, audit: 0.3,
    },
  },
  {
    id: 'administrative-analytical',
    label: 'Administrative and analytical staff work',
    description: 'Management, program, budget, personnel or policy analysis and administration.',
    terms: {
      analy: 0.8, 'program evaluation': 0.8, polic: 0.6, 'management analysis': 1, budget: 0.4,
      administrat: 0.7, personnel: 0.5, 'staff services': 0.8, research: 0.4, legislat: 0.4, report: 0.3,
      recommend: 0.3, planning: 0.3, 'program analyst': 1,
    },
  },
  {
    id: 'supervisory-management',
    label: 'Supervision and management',
    description: 'Supervising or managing staff and programs.',
    terms: {
      supervis: 1, manag: 0.8, lead: 0.4, subordinate: 0.6, administrat: 0.4, staff: 0.3, director: 0.5,
      'direct work': 0.6,
    },
  },
  {
    id: 'skilled-trades',
    label: 'Skilled trades and equipment maintenance',
    description: 'Building trades, mechanics, repair, installation and equipment operation at journey level.',
    terms: {
      carpent: 1, electrician: 1, plumb: 1, painting: 0.6, mechanic: 1, maintenance: 0.6, repair: 0.6,
      weld: 1, machin: 0.7, 'building trades': 1, hvac: 1, apprentice: 0.6, journey: 0.6,
      'heavy equipment': 0.8, install: 0.5, craftsworker: 1,
    },
  },
  {
    id: 'agriculture-natural-resources',
    label: 'Agriculture and natural resources',
    description: 'Farming, livestock, pest control, forestry, wildlife, fisheries, parks and conservation.',
    terms: {
      agricultur: 1.2, farm: 0.8, livestock: 1, crop: 0.8, pest: 0.7, forest: 1, wildlife: 1, fish: 0.8,
      'natural resource': 1, 'natural resources': 1, conservation: 0.7, 'range management': 0.8, dairy: 0.8,
      soil: 0.5, park: 0.5, horticult: 0.9, veterinar: 0.6,
    },
  },
  {
    id: 'legal',
    label: 'Legal work',
    description: 'Practice of law, legal research, litigation and paralegal work.',
    terms: {
      legal: 1.1, attorney: 1.2, 'practice law': 1.2, litigat: 1, paralegal: 1,
      court: 0.6, counsel: 0.3, law: 0.5, statut: 0.4, hearing: 0.4, 'administrative law': 1,
    },
  },
  {
    id: 'scientific-research',
    label: 'Scientific and research work',
    description: 'Laboratory, field and research work in the natural, physical or social sciences.',
    terms: {
      scien: 1, research: 0.8, laborator: 0.8, chemist: 0.8, biolog: 0.8, 'data analysis': 0.5,
      experiment: 0.7, statistic: 0.7, geolog: 0.8, environmental: 0.5, toxicolog: 0.8,
    },
  },
  {
    id: 'teaching-training',
    label: 'Teaching and training',
    description: 'Teaching, instruction and staff training.',
    terms: {
      teach: 1.2, instruct: 0.9, training: 0.6, curriculum: 0.8, education: 0.4, classroom: 0.9, tutor: 0.8,
      lesson: 0.7, student: 0.6,
    },
  },
  {
    id: 'fire-protection',
    label: 'Fire protection',
    description: 'Fire suppression, prevention and rescue.',
    terms: { fire: 1.1, firefight: 1.2, 'fire prevention': 1, 'fire suppression': 1, rescue: 0.6, 'emergency medical': 0.6 },
  },
  {
    id: 'maintenance-custodial',
    label: 'Custodial and grounds work',
    description: 'Custodial, janitorial, housekeeping and grounds-keeping work.',
    terms: { custodian: 1, custodial: 1, janitor: 1, housekeeping: 0.8, cleaning: 0.7, groundskeep: 0.8, 'building maintenance': 0.6 },
  },
  {
    id: 'food-service',
    label: 'Food service',
    description: 'Cooking, baking and food service.',
    terms: { 'food service': 1.2, cook: 1, baker: 0.9, baking: 0.9, kitchen: 0.9, meal: 0.6, dietary: 0.6, 'food preparation': 1 },
  },
  {
    id: 'transportation-driving',
    label: 'Transportation and driving',
    description: 'Driving, dispatch, fleet and transport operations.',
    terms: { driv: 0.6, 'motor vehicle': 0.6, truck: 0.8, bus: 0.7, transport: 0.6, dispatch: 0.6, fleet: 0.6, pilot: 0.8, aviation: 0.8 },
  },
  {
    id: 'public-information',
    label: 'Public information and communications',
    description: 'Writing, editing, media and public relations work.',
    terms: {
      'public information': 1.2, 'public relations': 1, writing: 0.4, editing: 0.8, editor: 0.8, journalis: 0.9,
      media: 0.7, newspaper: 0.8, publication: 0.6, outreach: 0.4,
    },
  },
  {
    id: 'counseling-rehabilitation',
    label: 'Counselling and rehabilitation',
    description: 'Vocational, rehabilitation and personal counselling.',
    terms: { counsel: 0.9, rehabilitat: 1, vocational: 0.8, therap: 0.6, guidance: 0.5, 'job placement': 0.8 },
  },
  {
    id: 'eligibility-benefits',
    label: 'Eligibility and benefits determination',
    description: 'Determining eligibility for public assistance, insurance and other benefits.',
    terms: {
      eligib: 1, benefit: 0.6, 'public assistance': 1, welfare: 0.7, intake: 0.6, claims: 0.6,
      'unemployment insurance': 0.8, medicaid: 0.7,
    },
  },
];

/** The vocabulary, in a stable order. */
export const EXPERIENCE_KINDS: readonly ExperienceKind[] = DEFINITIONS.map(({ id, label, description }) => ({
  id,
  label,
  description,
}));

// ── Compiled matcher ─────────────────────────────────────────────────────────────────────────────

interface Entry {
  term: string;
  /** The plural an exact term also accepts ("tax" → "taxs" never, "law" → "laws"). */
  plural: string;
  /** The call that last counted this entry (see scoreAll). */
  mark: number;
  kind: number;
  weight: number;
  exact: boolean;
  /** Bit of each `requires` group the term belongs to. */
  groups: number;
}

const SATURATION = 2;
const KIND_INDEX = new Map(DEFINITIONS.map((d, i) => [d.id, i]));
const LOOKUP = new Map<string, Entry[]>();

function keyOf(token: string): string {
  return token.slice(0, 4);
}

function addEntry(entry: Entry): void {
  const key = keyOf(entry.term);
  const list = LOOKUP.get(key);
  if (list === undefined) LOOKUP.set(key, [entry]);
  else list.push(entry);
}

DEFINITIONS.forEach((d, kind) => {
  const groupBits = new Map<string, number>();
  (d.requires ?? []).forEach((group, g) => {
    for (const t of group) groupBits.set(t, (groupBits.get(t) ?? 0) | (1 << g));
  });
  const terms = new Map<string, number>(Object.entries(d.terms));
  for (const t of groupBits.keys()) if (!terms.has(t)) terms.set(t, 0);
  for (const [term, weight] of terms) {
    addEntry({ term, plural: `${term}s`, mark: 0, kind, weight, exact: term.length <= 3, groups: groupBits.get(term) ?? 0 });
  }
});

const FULL_GROUPS = DEFINITIONS.map((d) => (1 << (d.requires?.length ?? 0)) - 1);

const STOPWORDS = new Set(['of', 'the', 'a', 'an', 'in', 'to', 'for', 'and', 'or', 'with', 'on', 'at', 'by']);

// NOTE: a word pair can only add a two-word term, and only when its first word is that term's
// first word ("mental health" needs "mental"); any one-word term a pair meets ("police officer"
// meets "police") its first word has already counted. So pairs are built only after such words:
// "the police officer" → no pair at all.
const PAIR_STARTS = new Set(
  DEFINITIONS.flatMap((d) => [...Object.keys(d.terms), ...(d.requires ?? []).flat()])
    .filter((t) => t.includes(' '))
    .map((t) => t.slice(0, t.indexOf(' '))),
);

// NOTE: two-word terms pair the words around stopwords: "practice of law" → "practice law",
// "direct the work" → "direct work".
// NOTE: supervision received says nothing about the work: "Under general supervision, performs
// social work counselling" is not supervisory social work.
const SUPERVISION_RECEIVED =
  /\b(?:under|receives?|receiving|subject to|with)\s+(?:the\s+)?(?:(?:general|direct|close|immediate|administrative|technical|minimal|limited|moderate|professional|clinical|and|or)\s+)*(?:supervision|direction|supervisory review)\b/gi;

// NOTE: the disciplines other staff come from say nothing about the class's own work either: a
// correctional teacher "may work with treatment teams which combine the services of personnel in
// the custody, academic, vocational, psychiatric, and casework areas", which is not casework. Only
// a list of single words counts as such: "the business services of a correctional facility …,
// including budgeting and accounting, data processing, contract management, personnel" is kept.
const DISCIPLINES = String.raw`(?:[a-z]+, )+(?:and |or )?[a-z]+`;
const OTHER_STAFF = new RegExp(
  String.raw`\bservices of (?:the )?(?:personnel in the ${DISCIPLINES} areas?|${DISCIPLINES} personnel)\b`,
  'g',
);

/** `text` lowercased, with what says nothing about the work taken out (see above). */
function prepared(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes('supervis') || lower.includes('direction')) lower = lower.replace(SUPERVISION_RECEIVED, ' ');
  if (lower.includes('personnel')) lower = lower.replace(OTHER_STAFF, ' ');
  // A case manager manages cases, not staff: "case management" is one word to the matcher.
  if (lower.includes('case')) lower = lower.replace(/\bcase[\s-]+manag/g, 'casemanag');
  return lower.replace(/['’]s\b/g, '');
}

// Scratch buffers reused by every call; `mark` stamps an entry as counted in the current call.
const SUMS = new Float64Array(DEFINITIONS.length);
const GROUPS = new Int32Array(DEFINITIONS.length);
let generation = 0;

function findHits(token: string): Entry[] {
  const candidates = LOOKUP.get(keyOf(token));
  const hits = candidates === undefined ? NO_HITS : candidates.filter((e) => (e.exact ? token === e.term || token === e.plural : token.startsWith(e.term)));
  return hits.length === 0 ? NO_HITS : hits;
}

// Words and word pairs repeat across a corpus: what each is to the matcher is worked out once.
const NO_HITS: Entry[] = [];
const PAIR_HITS = new Map<string, Entry[]>();

function pairHits(pair: string): Entry[] {
  let hits = PAIR_HITS.get(pair);
  if (hits === undefined) {
    hits = findHits(pair);
    if (PAIR_HITS.size >= 200_000) PAIR_HITS.clear();
    PAIR_HITS.set(pair, hits);
  }
  return hits;
}

interface WordInfo {
  hits: Entry[];
  stop: boolean;
  /** A two-word term starts with this word. */
  pairStart: boolean;
}

const WORDS = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info === undefined) {
    info = { hits: findHits(word), stop: STOPWORDS.has(word), pairStart: PAIR_STARTS.has(word) };
    if (WORDS.size >= 200_000) WORDS.clear();
    WORDS.set(word, info);
  }
  return info;
}

function count(hits: readonly Entry[]): void {
  for (const e of hits) {
    if (e.mark === generation) continue;
    e.mark = generation;
    SUMS[e.kind] = (SUMS[e.kind] ?? 0) + e.weight;
    GROUPS[e.kind] = (GROUPS[e.kind] ?? 0) | e.groups;
  }
}

/**
 * Every kind's score for `text`: each word's entries are counted, then each pair's (a word and the
 * next one that is not a stopword, when a two-word term starts with the first).
 * NOTE: words are found by char code and looked up once each (hits, stopword, pair start): this
 * runs on every experience clause and every class text of a corpus.
 */
function scoreAll(text: string): Float64Array {
  SUMS.fill(0);
  GROUPS.fill(0);
  generation++;
  const lower = prepared(text);
  const pairs: string[] = [];
  let prev = '';
  let prevStartsPair = false;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = lower.slice(start, i);
    start = -1;
    const info = wordInfo(word);
    count(info.hits);
    if (info.stop) continue;
    if (prevStartsPair) pairs.push(`${prev} ${word}`);
    prev = word;
    prevStartsPair = info.pairStart;
  }
  for (const pair of pairs) count(pairHits(pair));
  const scores = new Float64Array(DEFINITIONS.length);
  for (let k = 0; k < DEFINITIONS.length; k++) {
    let s = Math.min(1, (SUMS[k] ?? 0) / SATURATION);
    if ((GROUPS[k] ?? 0) !== FULL_GROUPS[k]) s *= 0.25;
    scores[k] = Math.round(s * 1000) / 1000;
  }
  return scores;
}

// NOTE: the graph scores the same title/summary/duty text against many kinds; all kinds are scored
// in one pass and the result is kept for a while ("Medical Social Consultant" is tokenised once).
const cachedScores = memoizeText(scoreAll, 50_000);

/** Minimum score for a kind to be listed by matchExperienceKinds. */
export const KIND_MATCH_THRESHOLD = 0.4;

/** Experience-kind ids that a qualification's experience description asks for, best first. */
export function matchExperienceKinds(description: string): string[] {
  const scores = cachedScores(description);
  // NOTE: a kind far behind the best one is a passing mention, not what is asked for:
  // "direct services to mentally disabled clients (e.g. medical, legal, housing …)" → not 'legal'.
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  const threshold = Math.max(KIND_MATCH_THRESHOLD, best * 0.6);
  const kept: { id: string; score: number }[] = [];
  DEFINITIONS.forEach((d, i) => {
    const score = scores[i] ?? 0;
    if (score >= threshold) kept.push({ id: d.id, score });
  });
  return kept
    .sort((a, b) => b.score - a.score)
    .slice(0, 4)
    .map((s) => s.id);
}

/**
 * How strongly a piece of a class's own text (title, summary or a duty) shows work of the given
 * kind: 0 (not at all) … 1 (plainly this kind of work). Unknown kind ids score 0.
 */
export function scoreExperienceKind(kindId: string, text: string): number {
  const k = KIND_INDEX.get(kindId);
  if (k === undefined) return 0;
  return cachedScores(text)[k] ?? 0;
}

/** A kind's place in the vocabulary (the order of `experienceKindScores`); -1: unknown id. */
export function experienceKindIndex(kindId: string): number {
  return KIND_INDEX.get(kindId) ?? -1;
}

/**
 * Every kind's `scoreExperienceKind` for one text, in vocabulary order: for the graph, which scores
 * each class text against many kinds. Read only (the array is the shared cache's).
 */
export function experienceKindScores(text: string): Readonly<Float64Array> {
  return cachedScores(text);
}
