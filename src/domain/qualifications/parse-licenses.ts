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
      let names = splitAlternatives(cleanName(raw));
      if (/membership|practice law/i.test(raw)) names = ['State Bar membership'];
      else if (re === PATTERNS[2] || re === PATTERNS[4]) names = names.map((n) => `${capitalise(n)} license`);
      if (names.length === 0) continue;
      found.push({ license: make(names, text, jurisdiction), index: m.index, end: m.index + m[0].length });
    }
  }
  if (found.length === 0) {
    const m = POSSESSION.exec(text);
    if (m?.[1] !== undefined && KEYWORD.test(m[1])) {
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
