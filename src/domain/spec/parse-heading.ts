// Section headings of class specifications → what kind of text follows them.
// [Reference] the five seeds' and the CalHR corpus's section names (issue 2, "Reading documents"):
// own-line headings ("Typical Tasks"), inline ones ("SUBSTITUTION: Satisfactory completion…"),
// and headings aimed at one class ("Minimum Qualifications for X Class").

import { memoizeText } from '../model/index.ts';

export type SectionKind =
  /** What the class is: distinguishing features, definition of class. */
  | 'summary'
  /** What the series is: series narrative, definition of series, scope, discussion. */
  | 'series'
  /** Per-level descriptions: definition of levels, descriptions of levels of work. */
  | 'levels'
  | 'duties'
  | 'ksas'
  | 'qualifications'
  | 'special-requirements'
  /** Kept whole as a note: probation, working conditions, factors, desirable qualifications… */
  | 'note'
  /** Dates and revisions of the spec: class history, document footers. */
  | 'history';

export interface HeadingMatch {
  readonly kind: SectionKind;
  /** Display label, as the document spells the heading with markers removed. */
  readonly label: string;
  /** Text after the heading on the same line ("" when none). */
  readonly rest: string;
  /** "… for X Class" / "Scope of X": the class or series the section is about, or null. */
  readonly target: string | null;
  /** "(continued)" after the heading: the section goes on after a page break. */
  readonly continued: boolean;
  /** Heading applies only to its own paragraph ("NOTE: …"): afterwards the previous section resumes. */
  readonly paragraphOnly: boolean;
}

interface Rule {
  kind: SectionKind;
  re: RegExp;
  paragraphOnly?: boolean;
}

// Matched against the canonical key: lower case, markers and punctuation removed, "&" → "and".
const RULES: Rule[] = [
  {
    kind: 'summary',
    re: /^distinguishing features(?: of (?:the )?(?:class|work|position|classification))?$/,
  },
  {
    kind: 'summary',
    re: /^(?:definition|class definition|general definition|definition of (?:the )?(?:class|classification|position))$/,
  },
  {
    kind: 'summary',
    re: /^(?:general statement of duties|class concept|nature of (?:the )?work|position summary|summary|job description|purpose)$/,
  },
  {
    kind: 'series',
    re: /^(?:definition|description|descriptions|concept) of (?:the )?(?:class )?series$/,
  },
  {
    kind: 'series',
    re: /^(?:series (?:narrative|definition|description|concept|discussion)|discussion|scope|scope of (?:the )?series)$/,
  },
  {
    kind: 'levels',
    re: /^(?:definition|definitions|description|descriptions) of (?:the )?levels(?: of work)?$/,
  },
  {
    kind: 'levels',
    re: /^(?:level discussion|levels of work|levels? descriptions?|level definitions)$/,
  },
  {
    kind: 'duties',
    re: /^(?:illustrative |typical )?examples of (?:work|duties|typical tasks|tasks)$/,
  },
  {
    kind: 'duties',
    re: /^(?:typical (?:tasks|work activities|duties)|major duties|duties|duties and responsibilities|essential (?:duties|functions)(?: and responsibilities)?|illustrative tasks|job duties|work activities|examples of work performed)$/,
  },
  {
    kind: 'ksas',
    re: /^(?:full performance )?(?:knowledges?|knowledge) (?:skills? )?(?:and )?(?:abilities|ability)(?: (?:and )?(?:skills|attributes|personal characteristics|other characteristics|other requirements))*(?: ksas?)?$/,
  },
  { kind: 'ksas', re: /^(?:full performance )?ksas?$/ },
  {
    kind: 'ksas',
    re: /^(?:knowledges?|skills|abilities|knowledge skills and abilities required|technical competencies|technical competenices|(?:knowledge|ability|skill) requirements?)$/,
  },
  // Misspellings met in the CalHR corpus.
  {
    kind: 'ksas',
    re: /^(?:knowledge|knowlege|knowledges) and (?:abilities|ablilites|abiilties|abilites|abilties)$/,
  },
  {
    kind: 'qualifications',
    re: /^minimum (?:acceptable )?(?:qualifications?|requirements|training and experience|education and experience|experience and training)(?: required for entry into)?$/,
  },
  {
    kind: 'qualifications',
    re: /^(?:general minimum qualifications|entrance requirements|qualifications|training and experience|education and experience|experience requirements?|education requirements?|desirable requirements)$/,
  },
  {
    kind: 'qualifications',
    re: /^credentials(?: to be verified)?(?: by (?:the )?placement officer)?$/,
  },
  { kind: 'qualifications', re: /^(?:substitutions?|special note)$/ },
  {
    kind: 'special-requirements',
    re: /^(?:licen[cs]es?|registrations?|certifications?|special requirements?)(?: (?:and |or )?(?:licen[cs]es?|registrations?|certifications?|special requirements?))*$/,
  },
  {
    kind: 'special-requirements',
    re: /^(?:special (?:medical|physical|personal) requirements?|additional (?:special )?requirements?|special and personal requirements?|physical requirements?|special qualifications?|citizen(?:ship)? requirements?|registration requirements?|licen[cs]e and certification requirements?|driver'?s? licen[cs]e requirements?|credential requirements?|licensure(?: requirements?)?|citizenship requirements?|age (?:limitations?|requirements?)|minimum age|felony disqualification|peace officer standards(?: and training)?|drug testing requirements?|background (?:investigation|check)s?(?: requirements?)?|training requirements?|conditions of employment|special conditions)$/,
  },
  { kind: 'history', re: /^(?:class (?:specification )?history|specification history|history)$/ },
  { kind: 'history', re: /^.* history dates established revised and title changed$/ },
  { kind: 'note', re: /^(?:notes?|nb)$/, paragraphOnly: true },
  {
    kind: 'note',
    re: /^(?:probationary period|probation|factors affecting (?:position )?allocations?|series vocabulary|definitions|supervisory controls|supervision (?:exercised|received)|guidelines|complexity|scope and effect|(?:personal )?contacts|purpose of contacts|public service(?: assistance)?|hazards|work environment|physical demands|working conditions|bargaining (?:status|unit)|medical protocol|job characteristics|alternate range criteria|entry levels?|entry (?:in)?to the series|additional desirable (?:qualifications?|characteristics)|desirable qualifications?|special (?:personal |physical )?characteristics?|special personal and physical characteristics?|highly desirable characteristics?|factors affecting level allocations?|allocation guidelines|special personal qualifications?|distinguishing characteristics|general and technical competencies|leadership competencies|work week group|career (?:ladder|mobility)|recruitment|examination|range criteria|definition of terms|other information)$/,
  },
];

/** Lower case, markers and punctuation removed: "EXAMPLES OF WORK: (Illustrative Only)" → "examples of work". */
function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\((?:illustrative only|continued|cont'?d)\)/g, ' ')
    .replace(/\(ksas?\)/g, ' ksas ')
    .replace(/&/g, ' and ')
    .replace(/[*"“”]/g, '')
    .replace(/'s\b/g, 's')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function ruleFor(key: string): Rule | null {
  if (key === '' || key.length > 160) return null;
  for (const rule of RULES) if (rule.re.test(key)) return rule;
  return null;
}

const CONTINUED = /\((?:continued|cont'?d\.?)\)/i;

/** Matches a heading phrase alone, or followed by "for/of <class>". */
function matchPhrase(phrase: string): { rule: Rule; target: string | null; label: string } | null {
  const key = headingKey(phrase);
  const direct = ruleFor(key);
  if (direct) return { rule: direct, target: null, label: phrase };
  // NOTE: "Minimum Qualifications for Consumer Liaison Officer (Consumer Affairs) Class" → a
  // qualifications heading aimed at that class; "Minimum Qualifications for" (the class on the
  // next line) → target "".
  const m = /^(.*?)\s+(?:for|of)(?:\s+(.*))?$/i.exec(phrase.trim());
  if (!m || !m[1]) return null;
  const left = headingKey(m[1]);
  // "Knowledge of:" / "Ability to:" open a group inside a KSA list; they are not section headings.
  if (/^(?:knowledges?|skills?|abilit(?:y|ies))$/.test(left)) return null;
  const target = (m[2] ?? '').trim();
  if (target !== '' && (target.length > 100 || /[.;:]/.test(target) || !/^[A-Z(]/.test(target))) {
    return null;
  }
  const rule = ruleFor(left);
  return rule && rule.paragraphOnly !== true ? { rule, target, label: m[1] } : null;
}

/**
 * Recognises a section heading: a whole line ("Typical Tasks", "DEFINITION OF CLASS:"), or a
 * heading phrase, a colon and the section's first text ("SUBSTITUTION: Satisfactory…").
 * Returns null for anything else, including group headings inside a KSA list ("Skill in:").
 */
export function parseHeading(text: string): HeadingMatch | null {
  // NOTE: a line too long to be a heading phrase, with no early colon, is no heading: answered
  // before the cache, whose keys would otherwise be every paragraph of a corpus.
  if (text.length > 141) {
    const trimmed = text.trim();
    const colon = trimmed.indexOf(':');
    if (trimmed.length > 141 && !(colon > 0 && colon <= 100)) return null;
  }
  return parseHeadingCached(text);
}

// Headings repeat across documents ("Typical Tasks" 1,000 times in the CalHR corpus): remember them.
// Results are frozen so a caller cannot change a cached answer.
const parseHeadingCached = memoizeText(parseHeadingUncached, 20_000);

function parseHeadingUncached(text: string): HeadingMatch | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.includes('\t')) return null;
  const continued = CONTINUED.test(trimmed);
  const whole = trimmed.replace(/:\s*$/, '');
  if (whole.length <= 140) {
    const m = matchPhrase(whole);
    if (m) return build(m.rule, m.label, '', m.target, continued);
  }
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon <= 100) {
    const phrase = trimmed.slice(0, colon);
    const m = matchPhrase(phrase);
    if (m) {
      const rest = trimmed
        .slice(colon + 1)
        .replace(/^\s*\((?:illustrative only|continued|cont'?d\.?)\)\s*/gi, '')
        .replace(/^\s*\((?:illustrative only|continued|cont'?d\.?)\)\s*/gi, '')
        .trim();
      return build(m.rule, m.label, rest, m.target, continued);
    }
  }
  return null;
}

function build(
  rule: Rule,
  phrase: string,
  rest: string,
  target: string | null,
  continued: boolean,
): HeadingMatch {
  // NOTE: "X Series History - Dates Established, Revised, and Title Changed" → "Class History".
  const label = (rule.kind === 'history' && phrase.length > 40 ? 'Class History' : phrase)
    .replace(CONTINUED, '')
    .replace(/\((?:illustrative only)\)/i, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '');
  return Object.freeze({
    kind: rule.kind,
    label,
    rest,
    target,
    continued,
    paragraphOnly: rule.paragraphOnly === true && rest !== '',
  });
}
