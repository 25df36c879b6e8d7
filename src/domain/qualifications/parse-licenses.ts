// A requirement sentence → the licences, certificates and registrations it requires, each with the
// names any of which satisfies it and the state that issues it.
// [Reference] ../shared/PRODUCT.md, "Data contract": licenses (not "desirable", not "some positions
// may require").

import type { LicenseRequirement } from '../model/index.ts';

/** A licence found in a sentence, with the span of the text it came from. */
export interface FoundLicense {
  license: LicenseRequirement;
  index: number;
  end: number;
}

const KEYWORD =
  /licen[cs]|legal requirements (?:for the practice|to practice)|associateship|fellowship|diplomate|certificat|registration|registered|credential|membership in|admission to practice|admitted to practice|state bar/i;

// NOTE: conditional wording makes a licence sentence a note, not a requirement:
// "May require a valid appropriate driver's license" → no licence;
// "Where driving is a requirement of the position: possession of a valid driver license" → no licence.
const CONDITIONAL =
  /\b(?:desirab\w+|preferred|preferably|may require|may be required|some positions|certain positions|select positions|positions (?:in|overseeing|assigned|which|that|requiring|with|at|involving)|where (?:\w+ ){0,6}(?:is )?(?:a )?requir|if required|when required|as required by the position)\b/i;

/** True when the sentence makes its licence conditional or desirable rather than required. */
export function isConditionalRequirement(text: string): boolean {
  return CONDITIONAL.test(text);
}

const STATES: [RegExp, string][] = [
  [/\b(?:State of (?:IL|Illinois)|Illinois|IL)\b/, 'Illinois'],
  [/\b(?:State of New York|New York State|New York|NYS|NY)\b/, 'New York'],
  [/\b(?:State of California|California)\b/, 'California'],
  [/\b(?:State of Maryland|Maryland)\b/, 'Maryland'],
];

function jurisdictionOf(text: string): string | null {
  for (const [re, name] of STATES) if (re.test(text)) return name;
  const other = /\bState of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/.exec(text);
  return other?.[1] ?? null;
}

const NAME = String.raw`([A-Za-z][\w'.&/-]*(?:\s+(?:[A-Za-z][\w'.&/-]*|\([^)]*\))){0,9}?)`;
const NAME_END = String.raw`(?=\s+(?:(?:issued|from|by|within|granted|with|prior|at|under|who|which|that|before|will|must|is|are|for|as|to|depending|appropriate|valid|required)\b|in\s+(?:the\s+)?(?:state|california|illinois|new york|good standing)\b|and\s+(?:possession|a|an|the|completion|two|one|three|four|\d|maintain)\b|(?:and|or)\s+eligib|or\s+(?:possession|a\s+valid))|\s*[.,;:(\[]|$)`;

const DRIVER =
  /\b(?:(?:commercial|class [a-c]|valid|appropriate|california|new york|state)\s+)*(?:driv(?:er|ers|ing)(?:'s|s')?\s+licen[cs]e|licen[cs]e to (?:operate|drive) a (?:motor )?vehicle|motor vehicle (?:operator'?s?\s+)?licen[cs]e)\b(?:,?\s+class [a-c]\b)?/gi;

const PATTERNS: RegExp[] = [
  // "Licensure as a Licensed Social Worker or …", "certificate of registration as a civil engineer"
  new RegExp(
    String.raw`\b(?:licen[cs]ure|licen[cs]e|certificate of registration|registration|certification|certificate|credential)\s+(?:[a-z]+\s+){0,3}?(?:as|to practice as)\s+(?!(?:required|needed|appropriate|applicable|determined|specified|described)\b)(?:an?\s+)?${NAME}${NAME_END}`,
    'gi',
  ),
  // "license issued by the Board of Examiners … to practice as a Doctor of Veterinary Medicine"
  new RegExp(String.raw`\blicen[cs]e\b[^.;]{0,160}?\bto practice as\s+(?:an?\s+)?${NAME}${NAME_END}`, 'gi'),
  // "Possession of the legal requirements for the practice of medicine in California"
  /\blegal requirements (?:for the practice of|to practice)\s+(?:as\s+)?(?:an?\s+)?([A-Za-z]+(?: [A-Za-z]+)?)/gi,
  // "Possession of an Associateship in the Society of Actuaries"
  /\b((?:associateship|fellowship|diplomate) (?:in|of) (?:the )?(?:[A-Z][\w&-]*\s*(?:of\s+|and\s+|the\s+)*){1,6})/gi,
  // "license to practice podiatry"
  new RegExp(String.raw`\blicen[cs]e to practice\s+(?!as\b)${NAME}${NAME_END}`, 'gi'),
  // "certificate to use the title of "Structural Engineer""
  /\btitle of "([^"]+)"/gi,
  // "Membership in The State Bar of California", "admission to practice law"
  /\b((?:active )?membership in (?:the )?(?:California )?State Bar(?: of California)?|admi(?:ssion|tted) to practice law)/gi,
  // "a valid Class C driver license" is handled above; "a Qualified Applicator Certificate"
  new RegExp(
    String.raw`\b(?:[Vv]alid|[Cc]urrent|[Aa]ctive|[Pp]ossess(?:ion of)?|[Hh]old)\s+(?:,\s*)?(?:(?:an?|the)\s+)?(?:valid\s+|current\s+|active\s+)*((?:[A-Z(][\w'.&()-]*\s+(?:(?:and|of|in|for|or)\s+)?){1,7}(?:License|Licence|Certificate|Certification|Credential|Registration|Licensure)(?:,?\s+(?:Category|Class|Grade|Level)\s+[A-Z0-9]+)?)`,
    'g',
  ),
  // "Registered Dietitian", "registration as …" fallback, "Registered Nurse license"
  new RegExp(String.raw`\b(?:registered as|register(?:ed)? with|registration with)\s+(?:an?\s+|the\s+)?${NAME}${NAME_END}`, 'gi'),
];

// A generic fallback for "Possession of a valid … certificate …" that no pattern above named.
const POSSESSION = new RegExp(
  String.raw`\b(?:possession of|must (?:possess|hold))\s+(?:an?\s+|the\s+)?(?:(?:valid|current|active|appropriate|,)\s+)*${NAME}${NAME_END}`,
  'i',
);

function cleanName(raw: string): string {
  return raw
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(/^(?:above|said|required)\s+/i, '')
    .replace(/\s+(?:or|and)$/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function splitAlternatives(name: string): string[] {
  const depthFree = name.replace(/\([^)]*\)/g, (m) => m.replace(/ or /g, ' \uE000 '));
  return depthFree
    .split(/\s+or\s+|,(?!\s*(?:Category|Class|Grade|Level|Type)\b)\s*(?:or\s+)?/)
    .map((p) => cleanName(p.replace(/ \uE000 /g, ' or ')))
    .filter((p) => p !== '');
}

function make(names: string[], text: string, jurisdiction: string | null): LicenseRequirement {
  const anyOf = names.map(capitalise);
  const base = anyOf.join(' or ');
  return {
    name: jurisdiction === null || base.includes(jurisdiction) ? base : `${base} (${jurisdiction})`,
    text: text.trim(),
    anyOf,
    jurisdiction,
  };
}

// "Possession of one of the following credentials:" names no licence: its list does.
const PLACEHOLDER = /^(?:(?:one|any|either|each|all|both)\s+of\s+)?(?:the\s+)?following\b/i;

/**
 * The licence lists open: "Possession of one of the following credentials or certificates:" (each
 * item a credential, any one of which will do), "Possession of:" (items naming a licence are
 * licences). Null for a sentence that opens no licence list ("Possession of the following
 * education:").
 */
export interface LicenceList {
  /** The sentence that opened the list. */
  lead: string;
  /** "one of the following": the items are alternatives of one requirement. */
  oneOf: boolean;
  /** The lead names what the items are ("credentials"): every short item is one. */
  named: boolean;
}

const LIST_LEAD =
  /^(?:(?:and|or)\s+)?(?:possession\s+of|(?:must|shall)\s+(?:possess|hold)|(?:all\s+)?(?:applicants?|candidates?)\s+must\s+(?:possess|hold))(\s+(?:(?:one|any|either|each|all|both)\s+of\s+)?the\s+following)?((?:\s+[A-Za-z'/-]+)*?)\s*:\s*$/i;

/** The licence list a sentence ending in a colon opens, if it opens one (see LicenceList). */
export function openedLicenceList(text: string): LicenceList | null {
  const lead = text.trim();
  const m = LIST_LEAD.exec(lead);
  if (m === null) return null;
  const what = (m[2] ?? '').trim();
  if (what !== '' && !KEYWORD.test(what)) return null;
  // "Possession of a valid license as a Registered Nurse:" names its licence; a list is announced
  // ("the following", "from among the following", "at least one valid certification:").
  const listed =
    what === '' || m[1] !== undefined || /\bfollowing\b|^(?:at least one|one or more|any|either|one)\b/i.test(what);
  if (!listed) return null;
  // "Possession of:" with nothing named could list degrees as well as licences.
  return { lead, oneOf: /\b(?:one|any|either)\b/i.test(lead), named: what !== '' };
}

/**
 * The licences a licence list's lead asks for besides its list: "Possession of a valid Class C
 * driver's license and one of the following certificates:" → the driver's license.
 */
export function licencesBeforeList(list: LicenceList): FoundLicense[] {
  const head = list.lead.replace(
    /(?:,|\band)\s+(?:possession of\s+)?(?:(?:at least )?one|any|either|each|all|both)\b.*$/i,
    '',
  );
  return head === list.lead ? [] : findLicenses(head);
}

/** Items longer than this are sentences, not a credential's name. */
const MAX_ITEM_WORDS = 20;

/**
 * The names an item of a licence list gives: those `findLicenses` reads in it, else the item
 * itself, cleaned ("1. A Multiple Subject Credential. or" → "Multiple Subject Credential"), when
 * the list names its items or the item names a licence. Empty when the item is none.
 */
export function licenceListNames(list: LicenceList, item: string): string[] {
  // An aside about the credential ("(Applicants holding this credential must have completed …)")
  // is no part of its name.
  const bare = item.replace(/\s*\((?:[^()]|\([^()]*\))*\)[.;,]?\s*(?:or|and)?\s*$/i, (aside) =>
    aside.split(/\s+/).length > 6 ? '' : aside,
  );
  const found = findLicenses(bare);
  if (found.length > 0) return found.flatMap((f) => f.license.anyOf);
  const name = cleanName(bare.replace(/^\s*(?:\d{1,2}|[a-hA-H])[.)]\s+/, '').replace(/[.;,]\s*(?:or|and)?\s*$/i, ''));
  // A marker alone ("I.") is no name.
  if (!/[A-Za-z]{3}/.test(name) || name.split(/\s+/).length > MAX_ITEM_WORDS) return [];
  if (!list.named && !KEYWORD.test(name)) return [];
  return [capitalise(name)];
}

/** A licence any of `names` satisfies, required by `text` (the list's lead and its items). */
export function licenceOf(names: string[], text: string): LicenseRequirement {
  return make(names, text, jurisdictionOf(text));
}

function overlaps(found: FoundLicense[], index: number, end: number): boolean {
  return found.some((f) => index < f.end && end > f.index);
}

/**
 * The licences a requirement sentence asks for, with their spans. Conditional sentences give none.
 * "Current State of IL Licensure as a Licensed Social Worker or Licensed Clinical Social Worker" →
 * one licence, anyOf both names, jurisdiction Illinois.
 */
export function findLicenses(text: string): FoundLicense[] {
  if (!KEYWORD.test(text) || isConditionalRequirement(text)) return [];
  // "Eligibility for licensure …" is not holding a licence.
  if (/^\W*(?:\d+\.\s*)?eligib\w* (?:for|to)\b/i.test(text)) return [];
  if (/^\W*(?:licen[cs]es?|certifications?)[^:]{0,80}:\s*none\b/i.test(text)) return [];
  const jurisdiction = jurisdictionOf(text);
  const found: FoundLicense[] = [];
  DRIVER.lastIndex = 0;
  for (let m = DRIVER.exec(text); m !== null; m = DRIVER.exec(text)) {
    const commercial = /commercial/i.test(m[0]);
    const cls = /class ([a-c])\b/i.exec(m[0])?.[1];
    const name = `${commercial ? "Commercial driver's" : "Driver's"} license${cls === undefined ? '' : ` (Class ${cls.toUpperCase()})`}`;
    found.push({ license: make([name], text, jurisdiction), index: m.index, end: m.index + m[0].length });
  }
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const raw = m[1];
      if (raw === undefined || overlaps(found, m.index, m.index + m[0].length)) continue;
      let names = splitAlternatives(cleanName(raw)).filter((n) => !PLACEHOLDER.test(n));
      if (/membership|practice law/i.test(raw)) names = ['State Bar membership'];
      else if (re === PATTERNS[2] || re === PATTERNS[4]) names = names.map((n) => `${capitalise(n)} license`);
      if (names.length === 0) continue;
      found.push({ license: make(names, text, jurisdiction), index: m.index, end: m.index + m[0].length });
    }
  }
  if (found.length === 0) {
    const m = POSSESSION.exec(text);
    if (m?.[1] !== undefined && KEYWORD.test(m[1]) && !PLACEHOLDER.test(cleanName(m[1]))) {
      found.push({
        license: make([cleanName(m[1])], text, jurisdiction),
        index: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The licences a requirement sentence asks for (see findLicenses). Never throws. */
export function parseLicenses(text: string): LicenseRequirement[] {
  return findLicenses(text).map((f) => f.license);
}
