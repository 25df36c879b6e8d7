// A light English stemmer for matching KSA wording: folds inflections and common derivations of
// one word family onto one stem ("interviews", "interviewing", "interviewer" → "interview").
// [Reference] After Porter's suffix-stripping rules, cut down to what class specifications need.

/** Words whose family the suffix rules get wrong, mapped straight to their stem. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['written', 'written'],
  ['programming', 'programming'],
  ['programmer', 'programmer'],
  ['programmers', 'programmer'],
  ['wrote', 'writ'],
  ['spoken', 'speak'],
  ['crises', 'crisis'],
  ['crisis', 'crisis'],
  ['police', 'police'],
  ['judgment', 'judgment'],
  ['judgement', 'judgment'],
  ['judgments', 'judgment'],
  ['judgements', 'judgment'],
  ['children', 'child'],
  ['people', 'people'],
  ['staff', 'staff'],
  ['news', 'news'],
  ['analysis', 'analy'],
  ['analyses', 'analy'],
  ['basis', 'basis'],
  ['diagnosis', 'diagnos'],
  ['diagnoses', 'diagnos'],
  ['thesis', 'thesis'],
  ['emphasis', 'emphas'],
  ['series', 'series'],
  ['species', 'species'],
  ['status', 'status'],
  ['process', 'process'],
  ['business', 'business'],
  ['address', 'address'],
  ['access', 'access'],
  ['success', 'success'],
  ['english', 'english'],
  ['physics', 'physics'],
  ['ethics', 'ethic'],
  ['ethical', 'ethic'],
  ['mathematics', 'math'],
  ['mathematical', 'math'],
  ['math', 'math'],
  ['statistics', 'statist'],
  ['statistical', 'statist'],
  ['economics', 'economics'],
  ['economic', 'econom'],
  ['logistics', 'logist'],
  ['dynamics', 'dynam'],
  ['electronics', 'electron'],
  ['politics', 'polit'],
  ['political', 'polit'],
  ['graphics', 'graphic'],
  ['tactics', 'tactic'],
  ['public', 'public'],
  ['general', 'general'],
  ['generally', 'general'],
  ['medicine', 'medic'],
  ['medication', 'medic'],
  ['medications', 'medic'],
  ['intervene', 'interven'],
  ['intervention', 'interven'],
  ['interventions', 'interven'],
  ['intervening', 'interven'],
  ['organism', 'organism'],
  ['organisms', 'organism'],
  ['mentor', 'mentor'],
  ['mentors', 'mentor'],
  ['mentoring', 'mentor'],
  ['mental', 'mental'],
  ['mentally', 'mental'],
  ['privacy', 'privacy'],
  ['caring', 'caring'],
  ['carry', 'carry'],
  ['carrying', 'carry'],
  ['carried', 'carry'],
  ['carries', 'carry'],
  ['personality', 'personality'],
  ['personalities', 'personality'],
  ['resourceful', 'resourceful'],
  ['resourcefulness', 'resourceful'],
  ['county', 'county'],
  ['counties', 'county'],
  ['processor', 'processor'],
  ['processors', 'processor'],
  ['custodial', 'custodial'],
  ['objectivity', 'objectivity'],
  ['adoption', 'adoption'],
  ['adoptions', 'adoption'],
  ['secure', 'secure'],
  ['securing', 'secure'],
  ['secured', 'secure'],
  ['engine', 'engine'],
  ['engines', 'engine'],
  ['orally', 'orally'],
  ['verbally', 'verbally'],
  ['reference', 'reference'],
  ['references', 'reference'],
  ['correctional', 'correctional'],
  ['corrections', 'corrections'],
  ['computation', 'computation'],
  ['computations', 'computation'],
  ['computational', 'computation'],
  ['instructions', 'instructions'],
  ['accuracy', 'accuracy'],
  ['being', 'being'],
  ['during', 'during'],
  ['nursing', 'nurs'],
  ['housing', 'hous'],
  // Words that would stem into a broader family they do not mean: "managerial" names the
  // Administration and Management competency, and would otherwise stand for every "manage" ("turf
  // management", "manage one's own time"); land surveying is not a research survey.
  ['managerial', 'managerial'],
  ['surveying', 'surveying'],
  ['surveyor', 'surveyor'],
  ['surveyors', 'surveyor'],
  // "compute fees" is arithmetic, not computers; financial securities are not public security;
  // "tactical" is not tact.
  ['compute', 'compute'],
  ['computes', 'compute'],
  ['computed', 'compute'],
  ['securities', 'securities'],
  ['tactical', 'tactical'],
  // "medical" alone qualifies staff, records, billing and software as often as it names medicine:
  // kept apart from "medicine" and "medications", the vocabulary's medical terms are phrases.
  ['medical', 'medical'],
  ['medically', 'medical'],
  // An organization's "operations" are not the operation of equipment ("operate", "operating"):
  // Operation and Control names the noun's equipment sense with phrases.
  ['operation', 'operations'],
  ['operations', 'operations'],
  ['operational', 'operations'],
  // "organization" (a body, an agency) is not "organize" (arrange work), and an "analyst" (a job
  // title) or an "analyzer" (a test instrument) is not analysis.
  ['organization', 'organization'],
  ['organizations', 'organization'],
  ['organizational', 'organization'],
  ['organizationally', 'organization'],
  ['analyst', 'analyst'],
  ['analysts', 'analyst'],
  ['analyzer', 'analyzer'],
  ['analyzers', 'analyzer'],
]);

/** Word beginnings whose whole family shares one stem. */
const FAMILY_PREFIXES: readonly (readonly [prefix: string, stem: string])[] = [
  ['analy', 'analy'],
  ['therap', 'therap'],
  ['trauma', 'trauma'],
  ['psychiatr', 'psychiatr'],
  ['psycholog', 'psycholog'],
  ['sociolog', 'sociolog'],
  ['counsel', 'counsel'],
  ['supervis', 'supervis'],
  ['advoca', 'advoc'],
  ['eligib', 'elig'],
  ['bilingual', 'bilingual'],
  ['interview', 'interview'],
  ['volunteer', 'volunteer'],
  ['negotiat', 'negoti'],
  ['persua', 'persua'],
  ['budget', 'budget'],
  ['legislat', 'legisl'],
  ['statut', 'statut'],
  ['cooperat', 'cooper'],
  ['collaborat', 'collabor'],
  ['communicat', 'communic'],
  ['document', 'document'],
  ['computer', 'comput'],
  ['investigat', 'investig'],
  ['administ', 'admin'],
  ['accountin', 'account'],
  ['accountan', 'account'],
  ['mediat', 'mediat'],
  ['disab', 'disab'],
];

/** Derivational suffixes, longest first; stripped while at least MIN_STEM letters remain. */
const SUFFIXES: readonly string[] = [
  'izational',
  'isational',
  'ational',
  'ization',
  'isation',
  'ations',
  'ation',
  'atory',
  'ically',
  'ality',
  'ivities',
  'ivity',
  'ility',
  'ibility',
  'ability',
  'iveness',
  'fulness',
  'ousness',
  'ership',
  'ements',
  'ement',
  'ments',
  'ment',
  'ships',
  'ship',
  'ness',
  'ities',
  'ative',
  'ical',
  'ally',
  'ions',
  'ion',
  'ity',
  'ive',
  'ory',
  'ary',
  'ist',
  'ism',
  'ize',
  'ise',
  'ate',
  'able',
  'ible',
  'ance',
  'ence',
  'ancy',
  'ency',
  'acy',
  'ial',
  'ers',
  'ors',
  'er',
  'or',
  'al',
  'ic',
  'ly',
  'y',
];

const MIN_STEM = 4;

function stripInflection(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w) && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  let stripped = false;
  if (w.endsWith('ing') && w.length - 3 >= 3 && /[aeiouy]/.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length - 2 >= 3 && /[aeiouy]/.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  }
  if (stripped) {
    if (/(?:at|bl|iz|is)$/.test(w)) w = `${w}e`;
    else w = undouble(w);
  }
  return w;
}

function undouble(w: string): string {
  return /([bdfgklmnprt])\1$/.test(w) && !/(?:ll|ss)$/.test(w.slice(-2)) ? w.slice(0, -1) : w;
}

/**
 * Stems one lowercase word. Words of three letters or fewer, digits and unknown shapes are
 * returned unchanged.
 */
export function stemWord(word: string): string {
  const known = EXCEPTIONS.get(word);
  if (known !== undefined) return known;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  for (const [prefix, stem] of FAMILY_PREFIXES) {
    if (word.startsWith(prefix)) return stem;
  }
  let w = stripInflection(word);
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
    if (suffix === undefined) break;
    w = w.slice(0, -suffix.length);
  }
  if (w.endsWith('e') && w.length > MIN_STEM) w = w.slice(0, -1);
  return undouble(w);
}
