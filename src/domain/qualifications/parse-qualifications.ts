// Minimum-qualification text → routes, substitutions and the derived minima. The outline gives the
// alternatives and conjunctions; each sentence is then placed as education, experience, licence,
// substitution, note or an uncheckable requirement, and what fits nothing is reported.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules" and "Data contract".

import type { Diagnostic, Parsed } from '../diagnostics.ts';
import type {
  EducationLevel,
  EducationRequirement,
  ExperienceRequirement,
  LicenseRequirement,
  LineSpan,
  QualificationRoute,
  Qualifications,
  SourceLine,
  Substitution,
} from '../model/index.ts';
import { educationRank } from '../model/index.ts';
import { educationField, parseEducation } from './parse-education.ts';
import { parseExperience, parseIncludingAside } from './parse-experience.ts';
import { parseClassReferences } from './parse-class-references.ts';
import {
  findLicenses,
  isConditionalRequirement,
  licenceListNames,
  licencesBeforeList,
  licenceOf,
  openedLicenceList,
  type LicenceList,
} from './parse-licenses.ts';
import { findDurations, parseNumber } from './parse-months.ts';
import { parseQualificationOutline, type GroupNode, type OutlineNode, type Piece } from './parse-qualification-outline.ts';
import { isSubstitution, parseSubstitution } from './parse-substitution.ts';
import { normalizeQualificationText, splitSentences } from './split-sentences.ts';

export interface ParseQualificationsOptions {
  /** The document's file name, for diagnostics. */
  file: string;
  /** The class the text belongs to, for diagnostics. */
  classId?: string;
  /** Lines of the "special requirements" section(s): licences required there count too. */
  specialRequirements?: SourceLine[];
}

/** One conjunct of a route: what one clause of the text asks for. */
interface Part {
  education: EducationRequirement | null;
  experience: ExperienceRequirement[];
  licenses: LicenseRequirement[];
  equivalentCombination: boolean;
  other: string[];
  texts: string[];
  line: number | null;
  substitutions: number[];
  /** "Experience: No experience required.": a requirement stated as none still makes a route. */
  stated: boolean;
}

interface Alternative {
  id: string;
  label: string;
  parts: Part[];
}

interface Context {
  file: string;
  classId: string | undefined;
  diagnostics: Diagnostic[];
  substitutions: Substitution[];
  notes: { text: string; line: number | null }[];
  definitions: { term: string; includes: string[] }[];
  /** Licences of special-requirement text (in the section or in `options.specialRequirements`). */
  special: LicenseRequirement[];
  /** True while expanding the alternatives of a pooled ("any one or combination totaling …") list. */
  pooled: boolean;
  /** Pooled lists met so far: the next one's id is this plus one. */
  pools: number;
  /** "The following education is required when non-California state service experience is used". */
  educationOutsideStateService: boolean;
  /**
   * A licence list the text before these pieces opened ("Possession of one of the following
   * credentials:"), whose items are these pieces' alternatives (see expand).
   */
  listBefore: LicenceList | null;
  /** A licence list the last pieces expanded opened, with no item after it yet. */
  listOpened: LicenceList | null;
}

// Sentences that are about the examination, appointment or the reading of the rules, whatever
// else they mention: "Registration as a senior … will admit applicants to the examination …".
const STRONG_NOTE =
  /consideration will be given|will be given (?:to|for)|applying (?:experience|education)|\binclude[sd]?:|the following (?:is|are) part of|admitted (?:in)?to the exam|admit (?:applicants|candidates)|to the examination|before (?:they )?(?:can|will|may) be (?:considered )?(?:eligible|appointed|appointment)|eligible for appointment|considered eligible|prior to appointment|at (?:the )?time of appointment|within \w+ (?:\(\d+\) )?(?:months?|years?|days?) (?:of|after|from) (?:the date of )?(?:appointment|hire|employment)|in appraising experience|more weight will be given|registration as a senior|senior (?:year|student)|students? (?:in|who|enrolled)|applicants? who|candidates? who|individuals who|persons who|final (?:semester|quarter)|is not (?:acceptable|qualifying)|are not (?:acceptable|qualifying)|will not be (?:accepted|considered|credited)|does not require|may be combined|proportional basis|proportionate basis|only experience|experience gained after|independent verification|evaluation fee|the pertinent experience specified|for purposes of|is defined as|shall be defined|will be evaluated|experience (?:in|at) (?:any|all) of the (?:above|following)|may be credited|waiver of|extension of|must be maintained|maintain same|(?:is|are) considered qualifying|will be considered|take the licensure examination|is (?:desirable|preferred)|are (?:desirable|preferred)|must (?:provide|produce|submit) (?:evidence|proof)/i;
// "The following education is required when non-California state service experience is used to
// qualify", "… when general experience is used", "… applies only to the non-State service pattern".
const NON_STATE_EDUCATION =
  /\bfollowing education(?:al)?(?: requirements?)? (?:is required|applies only to)\b[^.:]*?\b(?:non-?\s?(?:california )?state|general experience)\b/i;
const WEAK_NOTE =
  /^[A-Z][A-Za-z /'-]{2,40}:\s|accredit|recogni[sz]ed by|approved by|\bnote\b|\bdefin|includes? (?:but is not limited|the following)|such as|for example|e\.g\.|\bnone\b/i;
const OTHER_REQUIREMENT =
  /^(?:the )?same as\b|^willing|visual acuity|\bvision\b|\bhearing\b|^[([]?\s*(?:a )?valid\b|[([]?\s*(?:(?:successful|satisfactory)\s+)?completion of|^[([]?\s*(?:current|present) employment|^[([]?\s*employment (?:in|as)|familiarity with|^(?:the )?ability to|physical (?:strength|condition|ability)|safe driving record|eligib(?:le|ility) for|^must (?:be|have|possess|hold|complete|pass|reside)|\bage\b|demonstrated (?:achievement|ability|skill)|experience and (?:education|training) which|education (?:as )?indicated|(?:education|requirements?):? (?:the )?same as|all of the requirements|enrollment in|admission to|\bmembership\b|as (?:indicated|described|specified|stated|required) (?:above|below|in|under)|(?:described|listed|specified|indicated) (?:above|below|under)|\bpattern listed\b|the (?:following|above) (?:education|educational)|specified in|knowledge of|skill in|\bproficien|\bfluen|bilingual|ability in|\bcitizen|\bresiden(?:t|cy) of|training (?:in|course|program|academy)|\bacademy\b|\bcourse\b|\bcurriculum\b|\bprogram\b|\bcertificat|\bregist|\blicen[cs]|\bcredential|\bpass(?:ing)? (?:a|an|the)\b|\bexamination\b/i;
/** A word naming a licence, certificate, credential or registration. */
const LICENCE_WORD = /licen[cs]|certific|registration|credential/i;
const EQUIVALENT_COMBINATION = /\b(?:an?\s+)?equivalent combination of (?:training|education)(?:,)? (?:and|or|and\/or) experience|\bany combination of (?:training|education) and experience\b/i;
const ELABORATION =
  /^[([]?\s*(?:this|these|such|that|those)\b(?:\s+\w+){0,3}?\s+(?:must|shall|should|may|will|includes?|included|involves?|involved|consists?)\b|^[([]?\s*(?:(?:this|the|such|that|said|all|qualifying|required|general|specialized|professional|supervisory|(?:california )?state (?:civil )?service)\s+)?experience\s+(?:must|shall|should|may|will|is|are|used|applied|in (?:the )?california|gained|acquired|obtained|to be)\b|^[([]?\s*(?:this|the|such|that|said|all|qualifying|required) experience\b|^for (?:select|some|certain) positions,? (?:this|the) experience/i;
const CONVERSION = /\b(?:equals?|equal to|is equivalent to|are equivalent to|being equivalent to|being equal to)\b/i;
const AS_IN_ROUTE = /\bas (?:indicated|described|specified|stated|defined|required) (?:in|under) (?:pattern\s+)?\(?([A-Za-z]|[IVX]+)\)?(?:\s+above)?/i;

function emptyPart(line: number | null): Part {
  return { education: null, experience: [], licenses: [], equivalentCombination: false, other: [], texts: [], line, substitutions: [], stated: false };
}

function hasContent(p: Part): boolean {
  return p.stated || p.education !== null || p.experience.length > 0 || p.licenses.length > 0 || p.equivalentCombination || p.other.length > 0;
}

function report(ctx: Context, text: string, line: number | null): void {
  ctx.diagnostics.push({
    file: ctx.file,
    line,
    severity: 'warning',
    code: 'unparsed-qualification',
    message: `Could not place this qualification text in a route, substitution or note: "${text.length > 160 ? `${text.slice(0, 157)}…` : text}"`,
    ...(ctx.classId === undefined ? {} : { classId: ctx.classId }),
    text,
  });
}

// The text a sentence gives its education from: what precedes the experience, and clauses that
// join a degree on with "and". "a Bachelor's Degree and one year experience where …" → the degree;
// "One year of teaching experience in a high school" → none.
function educationText(text: string, experience: ExperienceRequirement[]): string {
  if (experience.length === 0) return text;
  const first = findDurations(text)[0];
  if (first === undefined) return text;
  const prefix = text.slice(0, first.index);
  const suffix = /\band\s+(?:(?:possession of|education:|equivalent to graduation|graduation|a (?:bachelor|master|doctor)|an? (?:associate|advanced|graduate)|completion of (?:a |an |the )?(?:\w+[- ])?(?:degree|college|years? of college|high school))).*$/i.exec(text.slice(first.end));
  return `${prefix} ${suffix?.[0] ?? ''}`.trim();
}

/** Splits "One year of experience … or two years of experience …" into its alternatives. */
function splitExperienceAlternatives(text: string): string[] {
  const durations = findDurations(text);
  if (durations.length < 1) return [text];
  const cuts: number[] = [];
  for (const d of durations) {
    const before = text.slice(Math.max(0, d.index - 12), d.index);
    const after = text.slice(d.end, d.end + 80);
    const earlier = text.slice(0, d.index);
    const requirementBefore = durations[0] !== d || /\b(?:completion|possession|degree|graduation|certificat|licen[cs])/i.test(earlier);
    if (requirementBefore && /(?:[,;.]\s*|\s)or\s+(?:an?\s+)?$/i.test(before) && /\bexperience|\bperforming|\bduties|\bas an? [A-Z]/i.test(after)) {
      cuts.push(d.index - (/(?:[,;.]\s*|\s)or\s+(?:an?\s+)?$/i.exec(before)?.[0].length ?? 0));
    }
  }
  if (cuts.length === 0) return [text];
  const out: string[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push(text.slice(start, c).trim());
    start = c;
  }
  out.push(text.slice(start).replace(/^[,;.]?\s*or\s+/i, '').trim());
  return out.filter((t) => t !== '');
}

function conversion(text: string, line: number | null): Substitution | null {
  if (!CONVERSION.test(text)) return null;
  const [left, right] = text.split(CONVERSION);
  if (left === undefined || right === undefined) return null;
  const months = findDurations(right)[0]?.months;
  if (months === undefined) return null;
  const credits = /\b(\d+|[a-z]+)[- ](?:semester|quarter)[- ]?(?:hours?|units?|credits?)/i.exec(left);
  const education = parseEducation(left);
  if (credits === null && education === null) return null;
  const creditCount = credits?.[1] === undefined ? null : parseNumber(credits[1]);
  return {
    text,
    replaces: 'experience',
    months,
    requires: { credits: creditCount, level: education?.level ?? null, field: education?.field ?? null, experienceMonths: null },
    equivalentCombination: false,
    line,
  };
}

// NOTE: a substitution under its own label ("SUBSTITUTION: …", "Substitutions: …") applies to the
// class; one inside a route's text ("Or II … (Additional qualifying experience may be substituted
// for the required education …)") records that route in `routeIds`.
function addSubstitution(ctx: Context, part: Part, sub: Substitution, scoped: boolean): void {
  if (scoped) part.substitutions.push(ctx.substitutions.length);
  ctx.substitutions.push(sub);
}

/** Places one requirement clause into the part. Returns false when nothing in it was recognised. */
function placeRequirement(part: Part, text: string, line: number | null): boolean {
  // A certificate the degree clause accepts instead of the degree is an education alternative, not
  // a licence: "Bachelor's Degree … or possession of a New York State Teacher's Certificate …".
  const stated = parseEducation(text);
  const educationAlternatives = stated?.alternatives ?? [];
  const licenses = findLicenses(text).filter((l) => !educationAlternatives.some((a) => l.license.anyOf.some((n) => n.toLowerCase() === a.toLowerCase())));
  let masked = text;
  for (const l of licenses) masked = masked.slice(0, l.index) + ' '.repeat(l.end - l.index) + masked.slice(l.end);
  const experience = parseExperience(masked);
  // Most sentences have no licence to mask and no experience to cut: their education is `stated`.
  const forEducation = educationText(masked, experience);
  const education = forEducation === text ? stated : parseEducation(forEducation);
  const equivalent = EQUIVALENT_COMBINATION.test(text);
  let placed = false;
  if (licenses.length > 0) {
    for (const l of licenses) if (!part.licenses.some((x) => x.name === l.license.name)) part.licenses.push(l.license);
    placed = true;
  }
  if (education !== null && !(equivalent && experience.length === 0 && education.level === 'none')) {
    if (part.education === null || educationRank(education.level) > educationRank(part.education.level)) part.education = education;
    placed = true;
  }
  if (experience.length > 0) {
    for (const e of experience) e.line = line;
    part.experience.push(...experience);
    placed = true;
  }
  if (equivalent) {
    part.equivalentCombination = true;
    placed = true;
  }
  if (!placed && /^(?:(?:education|experience|training)\s*:\s*)?no (?:\w+ )?(?:experience|education)(?: is)? required\b/i.test(text)) {
    part.stated = true;
    placed = true;
  }
  if (!placed && OTHER_REQUIREMENT.test(text.replace(/^(?:education|experience|training|requirements?)\s*:\s*/i, ''))) {
    part.other.push(text);
    placed = true;
  }
  return placed;
}

/**
 * What the sentences before this one set up: a list a colon opened ("… in one of the following:"),
 * and where its items go (the experience's kind, the substitution's text, the note).
 */
interface Flow {
  append: ListAppend | null;
}

/**
 * Where a list's items go; for a licence list, `licence` reads an item as a licence, and says
 * whether it was one.
 */
type ListAppend = ((item: string) => void) & {
  licence?: (item: string) => boolean;
  /** The licence list, while no item has been read from it. */
  unread?: () => LicenceList | null;
};

/**
 * The items of a licence list ("Possession of one of the following credentials:"), as the part's
 * licences: one requirement any item satisfies for "one of the following", else one per item.
 */
function appendLicences(part: Part, list: LicenceList): ListAppend {
  let requirement: LicenseRequirement | null = null;
  const licence = (item: string): boolean => {
    const names = licenceListNames(list, item);
    if (names.length === 0) return false;
    part.texts.push(item);
    if (list.oneOf && requirement !== null) {
      const anyOf = [...requirement.anyOf, ...names.filter((n) => !requirement?.anyOf.includes(n))];
      Object.assign(requirement, licenceOf(anyOf, `${requirement.text} ${item}`));
      return true;
    }
    const made = licenceOf(names, `${list.lead} ${item}`);
    requirement = made;
    if (!part.licenses.some((x) => x.name === made.name)) part.licenses.push(made);
    return true;
  };
  return Object.assign((item: string) => void licence(item), {
    licence,
    unread: () => (requirement === null ? list : null),
  });
}

/** Sends the items of a list a sentence opens (it ends with a colon) to `append`; else nowhere. */
function openList(flow: Flow, opensList: boolean, append: (item: string) => void): void {
  flow.append = opensList ? append : null;
}

/** A list's items, added to a note. */
function appendToNote(note: { text: string }): (item: string) => void {
  return (item) => {
    note.text = `${note.text} ${item}`;
  };
}

/** A list's items, added to the kind and text of an experience requirement. */
function appendToKind(e: ExperienceRequirement): (item: string) => void {
  return (item) => {
    e.kind = `${e.kind.replace(/[.;]\s*$/, '')} ${item}`.trim();
    e.text = `${e.text} ${item}`;
  };
}

function processSentence(ctx: Context, alt: Part, text: string, line: number | null, section: Piece['section'], flow: Flow): void {
  const opensList = /:\s*$/.test(text);
  const listItem = flow.append;
  // Each branch says where the items of a list this sentence opens would go.
  // NOTE: with module-level helpers, not closures made anew for every sentence of the corpus.
  if (section === 'note') {
    const note = { text, line };
    ctx.notes.push(note);
    openList(flow, opensList, appendToNote(note));
    return;
  }
  if (section === 'special') {
    const found = findLicenses(text);
    for (const f of found) if (!ctx.special.some((x) => x.name === f.license.name)) ctx.special.push(f.license);
    if (found.length === 0) ctx.notes.push({ text, line });
    flow.append = null;
    return;
  }
  // A parenthesised aside about the examination does not make the sentence around it a note:
  // "… membership in The State Bar of California (applicants must have active membership … before
  // they will be eligible for appointment)" is a requirement.
  const outside = /^[([]/.test(text) ? text : text.replace(/\([^()]*\)|\[[^\]]*\]/g, ' ');
  if (STRONG_NOTE.test(outside) && !isSubstitution(text)) {
    const note = { text, line };
    ctx.notes.push(note);
    openList(flow, opensList, appendToNote(note));
    return;
  }
  if (NON_STATE_EDUCATION.test(text)) {
    // Kept as a note; it scopes the education that follows to the routes outside state service
    // (see withoutStateServiceEducation).
    ctx.notes.push({ text, line });
    ctx.educationOutsideStateService = true;
    flow.append = null;
    return;
  }
  const conv = conversion(text, line);
  if (conv !== null) {
    addSubstitution(ctx, alt, conv, true);
    flow.append = null;
    return;
  }
  if (section === 'substitution' || isSubstitution(text)) {
    const sub = parseSubstitution(section === 'substitution' && !isSubstitution(text) ? `${text} may be substituted` : text, line);
    if (sub !== null) {
      addSubstitution(ctx, alt, sub, section !== 'substitution');
      openList(flow, opensList, (item) => {
        sub.text = `${sub.text} ${item}`;
      });
    } else {
      const note = { text, line };
      ctx.notes.push(note);
      openList(flow, opensList, appendToNote(note));
    }
    return;
  }
  // "Possession of one of the following credentials:" opens a list of licences: "1. Education
  // Specialist Instruction Credential: Mild/Moderate Disabilities" is one (it names no licence the
  // way findLicenses reads one: the lead says what it is).
  const licenceList = opensList ? openedLicenceList(text) : null;
  if (listItem?.licence !== undefined && licenceList === null) {
    // An item with months, or a degree and no credential ("Secondary School Administration
    // Credential" names a school), is a requirement of its own, which ends the list.
    const requirement =
      findDurations(text).length > 0 ||
      (parseEducation(text) !== null && !LICENCE_WORD.test(text));
    if (!requirement && listItem.licence(text)) return;
    flow.append = null;
  }
  if (licenceList !== null) {
    alt.texts.push(text);
    for (const f of licencesBeforeList(licenceList)) if (!alt.licenses.some((x) => x.name === f.license.name)) alt.licenses.push(f.license);
    flow.append = appendLicences(alt, licenceList);
    return;
  }
  // "(This requirement may be further defined by local … policies.)" right after "At least 21
  // years of age upon employment." says more of that requirement: one item for a person to confirm.
  const lastOther = alt.other[alt.other.length - 1];
  if (
    lastOther !== undefined &&
    alt.texts[alt.texts.length - 1] === lastOther &&
    (ELABORATION.test(text) || /^\(.*\)$/.test(text)) &&
    findDurations(text).length === 0 &&
    parseEducation(text) === null &&
    findLicenses(text).length === 0
  ) {
    alt.other[alt.other.length - 1] = `${lastOther} ${text}`;
    alt.texts.push(text);
    flow.append = null;
    return;
  }
  const lastExperience = alt.experience[alt.experience.length - 1];
  if (lastExperience !== undefined) {
    // "Two years of which shall have been on Health Facilities or projects."
    const leading = findDurations(text)[0];
    if (leading !== undefined && leading.index === 0 && /^\s*(?:\([^)]*\)\s*)?of (?:which|this|the above)\b/i.test(text.slice(leading.end))) {
      const kind = text.slice(leading.end).replace(/^\s*(?:\([^)]*\)\s*)?of (?:which|this|the above)\s*(?:experience\s*)?(?:(?:must|shall|should) (?:have )?(?:been|included?)\s*)?/i, '').replace(/[.]$/, '');
      lastExperience.including.push({ months: leading.months, kind, classRefs: parseClassReferences(kind) });
      lastExperience.text = `${lastExperience.text} ${text}`;
      flow.append = null;
      return;
    }
    const aside = parseIncludingAside(text, lastExperience.months);
    if (aside !== null) {
      lastExperience.including.push(aside);
      lastExperience.text = `${lastExperience.text} ${text}`;
      flow.append = null;
      return;
    }
    const elaborates = ELABORATION.test(text) || /\bmust (?:also )?(?:have )?(?:included?|involved?|been|consisted)\b/i.test(text);
    if (elaborates && findDurations(text).length === 0 && parseEducation(text) === null && findLicenses(text).length === 0) {
      lastExperience.text = `${lastExperience.text} ${text}`;
      lastExperience.kind = `${lastExperience.kind}. ${text.replace(/^[([]\s*|\s*[)\]]$/g, '')}`.replace(/\.\./g, '.');
      openList(flow, opensList, appendToKind(lastExperience));
      return;
    }
  }
  // "(Experience in California state service applied toward this requirement must …)" with no
  // experience before it qualifies a substitution or another pattern, not a requirement of its own;
  // so does "Experience in the California state service applied toward the general experience
  // pattern must include …". "Education: The following educational requirement is part of the
  // "Minimum Qualifications" for all levels in the series:" introduces the education that follows;
  // "Education: The educational requirements described above." points back to it (the route holds
  // that education already); "(These classes require … and will be covered separately.)" speaks of
  // other classes.
  if (
    (lastExperience === undefined &&
      /^[([]\s*experience\b[^.]*\bapplied toward|^experience in (?:the )?california state service applied toward/i.test(
        text,
      )) ||
    /^education:\s+the following (?:education|educational)(?: requirements?)? (?:is|are) part of\b/i.test(text) ||
    /^education:\s+the (?:education|educational) requirements? (?:described|stated|listed) above\.?$/i.test(text) ||
    /^[([]?\s*these classes require\b.*\bwill be covered separately\b/i.test(text)
  ) {
    ctx.notes.push({ text, line });
    flow.append = null;
    return;
  }
  if (LICENCE_WORD.test(text) && isConditionalRequirement(text)) {
    ctx.notes.push({ text, line });
    flow.append = null;
    return;
  }
  // An item of a list a colon opened: "1. Sale or exchange of farm … properties." goes with the
  // experience (or substitution, or note) that introduced the list.
  const bare = text.replace(/^\s*(?:\d{1,2}|[a-hA-H])[.)]\s+/, '');
  const isItem =
    listItem !== null &&
    findDurations(bare).length === 0 &&
    !EQUIVALENT_COMBINATION.test(bare) &&
    !/^(?:education|experience|licen[cs]e|licensure|certification|credential)\b/i.test(bare) &&
    parseEducation(bare) === null &&
    findLicenses(bare).length === 0;
  if (listItem !== null && isItem) {
    listItem(bare);
    return;
  }
  if (placeRequirement(alt, text, line)) {
    alt.texts.push(text);
    const e = alt.experience[alt.experience.length - 1];
    if (e !== undefined && e !== lastExperience) openList(flow, opensList, appendToKind(e));
    else openList(flow, opensList, (item) => alt.texts.push(item));
    return;
  }
  // In "any one or combination totaling N months from the categories below", an alternative names
  // a kind of preparation without months ("B. Work experience in space utilization …"); `pooled`
  // gives it the months afterwards.
  if (ctx.pooled) {
    alt.texts.push(text);
    alt.stated = true;
    flow.append = opensList ? (item) => alt.texts.push(item) : null;
    return;
  }
  // Structure with no words of its own — a lone marker ("A.", "(b)") or a bare label ("Experience:",
  // "Education: Either") — stays in `text` but is no note. An introduction that says something
  // ("In the California state service:") is one.
  if (/^\s*\(?(?:[a-z]|\d{1,2})?[.)]?\s*$/i.test(text) || /^(?:education|experience|training)(?: requirements?)?\s*:?\s*(?:either)?\s*:?$/i.test(text)) {
    flow.append = null;
    return;
  }
  if (opensList) {
    ctx.notes.push({ text, line });
    flow.append = null;
    return;
  }
  flow.append = null;
  if (WEAK_NOTE.test(text) || ELABORATION.test(text) || /^[\W_]*$/.test(text)) {
    ctx.notes.push({ text, line });
    return;
  }
  alt.texts.push(text);
  report(ctx, text, line);
}

/** One group of pieces (no "or" between them) → its alternatives (usually one). */
function processGroup(ctx: Context, pieces: Piece[]): Part[] {
  const firstLine = pieces.find((p) => p.line !== null)?.line ?? null;
  const alternatives: Part[] = [emptyPart(firstLine)];
  const before = ctx.listBefore;
  const flow: Flow = { append: before === null ? null : appendLicences(alternatives[0] as Part, before) };
  for (const piece of pieces) {
    const normalized = normalizeQualificationText(piece.text).replace(/^(?:education|experience|experience requirements?|training(?: and experience)?|licen[cs]es?(?:\s+requirements?)?|licensure|certifications?|credential requirements?|registration|special requirements?|substitutions?)\s*:\s*/i, (m) => (/^(?:education|experience)/i.test(m) ? m : ''));
    for (const s of splitSentences(normalized)) {
      const current = alternatives[alternatives.length - 1] as Part;
      if (s.lead === 'or' && hasContent(current)) alternatives.push(emptyPart(piece.line));
      const clauses = piece.section === 'requirement' && !isSubstitution(s.text) ? splitExperienceAlternatives(s.text) : [s.text];
      clauses.forEach((clause, i) => {
        if (i > 0) alternatives.push(emptyPart(piece.line));
        processSentence(ctx, alternatives[alternatives.length - 1] as Part, clause, piece.line, piece.section, flow);
      });
    }
  }
  const opened = flow.append?.unread?.() ?? null;
  ctx.listOpened = opened !== before ? opened : null;
  const withContent = alternatives.filter(hasContent);
  if (withContent.length <= 1) {
    // Substitutions and licences of content-free alternatives belong to the one that has content.
    const merged = withContent[0] ?? alternatives[0] ?? emptyPart(firstLine);
    for (const a of alternatives) {
      if (a === merged) continue;
      merged.substitutions.push(...a.substitutions);
      merged.texts.push(...a.texts);
    }
    return [merged];
  }
  const shared = alternatives.filter((a) => !hasContent(a));
  for (const a of withContent) for (const s of shared) a.substitutions.push(...s.substitutions);
  return withContent;
}

function joinId(key: string | null, sub: string): string {
  if (key === null || key === '') return sub;
  if (sub === '') return key;
  return /\d$/.test(key) && /^[A-Za-z]/.test(sub) ? `${key}${sub}` : `${key}.${sub}`;
}

function pooled(node: GroupNode, alts: Alternative[], ctx: Context): void {
  const months = node.pooledMonths;
  if (months === undefined) return;
  const pool = String(++ctx.pools);
  // The pool's conversion rows ("30 semester hours equals one (1) year"), from its schooling
  // categories: they make up the pool's months alone or with its experience categories.
  const table = new Set<number>();
  // What the schooling categories say ("College coursework in mechanical engineering …, as
  // measured by the following conversion table"): the rows count in that field only.
  const schooling: string[] = [];
  for (const alt of alts) {
    for (const part of alt.parts) {
      // "B. Work experience comparable to the next lower level of this series": a class named
      // without months is worth the pool's months, as any category is.
      for (const e of part.experience) if (e.months === 0) e.months = months;
      if (part.experience.length > 0) continue;
      const text = part.texts.join(' ');
      part.other = part.other.filter((o) => !text.includes(o));
      if (part.education !== null && !/\bcourse ?work|\bsemester|\bcredit/i.test(text)) continue;
      if (/\bcourse ?work|\bcollege|\beducation|\bcredit|\bsemester|\bdegree|\bschool/i.test(text)) {
        // The degree that alone makes up the pool's months: the least one holding the fewest credits
        // that the conversion table counts for as many months ("90 semester hours equals two
        // years" for a pool of 24 months: an associate's 60 hours do not, a bachelor's do).
        const rows = part.substitutions
          .map((i) => ctx.substitutions[i])
          .filter((s): s is Substitution => s !== undefined && s.months !== null && s.requires.credits !== null);
        const field = part.education?.field ?? parseEducation(text)?.field ?? educationField(text);
        for (const row of rows) if (row.requires.field === null) row.requires.field = field;
        if (rows.length > 0) schooling.push(text);
        const enough = rows.filter((s) => (s.months ?? 0) >= months).map((s) => s.requires.credits ?? 0);
        if (rows.length > 0 && enough.length === 0) {
          // NOTE: no schooling alone is worth the pool (a bachelor's is 36 months of 48): the
          // category is no route of its own; its rows count toward the others' months (below).
          part.education = null;
          part.stated = false;
          continue;
        }
        const credits = enough.length > 0 ? Math.min(...enough) : (months / 12) * 30;
        const level: EducationLevel = credits > 60 ? 'bachelor' : credits >= 30 || enough.length > 0 ? 'associate' : 'high_school';
        const own = part.education;
        part.education =
          own !== null && educationRank(own.level) >= educationRank(level)
            ? own
            : { level, field, alternatives: own?.alternatives ?? [], text };
      } else if (text !== '') {
        const kind = text.replace(/[.:;]+$/, '');
        part.experience.push(
          ...parseExperience(`${String(months)} months of ${kind}`).map((e) => ({ ...e, kind: e.kind.replace(/^\d+ months of /, ''), text })),
        );
      }
    }
  }
  for (const alt of alts) {
    for (const part of alt.parts) {
      if (part.experience.length > 0) continue;
      for (const i of part.substitutions) {
        const sub = ctx.substitutions[i];
        if (sub !== undefined && sub.replaces === 'experience' && sub.months !== null) table.add(i);
      }
    }
  }
  // NOTE: the rows count toward the pool's months only: a bachelor's worth 36 months of a pool of
  // 24 does not also stand in for a separate "one year comparable to the second level" item.
  for (const i of table) (ctx.substitutions[i] as Substitution).pool = pool;
  for (const alt of alts) {
    for (const part of alt.parts) {
      if (part.experience.length === 0) continue;
      for (const e of part.experience) e.pool = pool;
      for (const i of table) if (!part.substitutions.includes(i)) part.substitutions.push(i);
      for (const t of schooling) if (!part.texts.includes(t)) part.texts.push(t);
    }
  }
}

function expand(ctx: Context, node: OutlineNode): Alternative[] {
  if (node.type === 'leaf') {
    const groups: Piece[][] = [[]];
    for (const p of node.pieces) {
      if (p.lead === 'or' && (groups[groups.length - 1]?.length ?? 0) > 0) groups.push([]);
      if (p.text !== '') groups[groups.length - 1]?.push(p);
      if (p.trail === 'or') groups.push([]);
    }
    // Each group reads the items of a licence list opened before it; the last says whether it
    // opened one itself.
    let opened: LicenceList | null = null;
    const parts = groups
      .filter((g) => g.length > 0)
      .flatMap((g) => {
        const made = processGroup(ctx, g);
        opened = ctx.listOpened;
        return made;
      });
    ctx.listOpened = opened;
    const withContent = parts.filter(hasContent);
    if (withContent.length <= 1) {
      const merged = withContent[0] ?? parts[0] ?? emptyPart(null);
      for (const p of parts) if (p !== merged) merged.substitutions.push(...p.substitutions);
      return [{ id: '', label: '', parts: [merged] }];
    }
    const shared = parts.filter((p) => !hasContent(p));
    for (const p of withContent) for (const s of shared) p.substitutions.push(...s.substitutions);
    return withContent.map((p, i) => ({ id: String(i + 1), label: `(${String(i + 1)})`, parts: [p] }));
  }
  if (node.type === 'or') {
    const out: Alternative[] = [];
    const wasPooled = ctx.pooled;
    ctx.pooled = node.pooledMonths !== undefined;
    for (const child of node.children) {
      const alts = expand(ctx, child.node);
      for (const a of alts) {
        out.push({
          id: joinId(child.key, a.id),
          label: [child.label ?? '', a.label].filter((l) => l !== '').join(' '),
          parts: a.parts,
        });
      }
    }
    ctx.pooled = wasPooled;
    // A list opened inside one alternative is no lead of what follows them all.
    ctx.listOpened = null;
    pooled(node, out, ctx);
    // An alternative with nothing in it (a label alone) is no route.
    const real = out.filter((a) => a.parts.some(hasContent));
    return real.length > 0 ? real : out.slice(0, 1);
  }
  let acc: Alternative[] = [{ id: '', label: '', parts: [] }];
  // "Possession of one of the following credentials:" then its numbered items: the lead opens a
  // licence list, and each alternative of the next child is an item of it.
  const outer = ctx.listBefore;
  let carried = outer;
  for (const child of node.children) {
    ctx.listBefore = carried;
    ctx.listOpened = null;
    const alts = expand(ctx, child.node);
    carried = ctx.listOpened;
    const next: Alternative[] = [];
    for (const a of acc) {
      for (const b of alts) {
        if (next.length >= 64) break;
        const bid = joinId(child.key, b.id);
        next.push({
          id: [a.id, bid].filter((x) => x !== '').join('+'),
          label: [a.label, [child.label ?? '', b.label].filter((l) => l !== '').join(' ')].filter((l) => l !== '').join(' + '),
          parts: [...a.parts, ...b.parts],
        });
      }
    }
    acc = next;
  }
  ctx.listBefore = outer;
  ctx.listOpened = carried;
  return acc;
}

function toRoute(alt: Alternative, index: number, ctx: Context): QualificationRoute {
  let education: EducationRequirement | null = null;
  const experience: ExperienceRequirement[] = [];
  const licenses: LicenseRequirement[] = [];
  const other: string[] = [];
  let equivalentCombination = false;
  let line: number | null = null;
  for (const p of alt.parts) {
    if (p.education !== null && (education === null || educationRank(p.education.level) > educationRank(education.level))) {
      education = p.education;
    }
    experience.push(...p.experience);
    for (const l of p.licenses) if (!licenses.some((x) => x.name === l.name)) licenses.push(l);
    other.push(...p.other);
    equivalentCombination ||= p.equivalentCombination;
    if (line === null && hasContent(p)) line = p.line;
  }
  if (education !== null) {
    const field = education.field;
    const def = field === null ? undefined : ctx.definitions.find((d) => normalizeTerm(field) === normalizeTerm(d.term));
    if (def !== undefined) education = { ...education, fieldDefinition: def.includes };
  }
  const route: QualificationRoute = {
    id: alt.id === '' ? String(index + 1) : alt.id,
    label: alt.label === '' ? (alt.id === '' ? String(index + 1) : alt.id) : alt.label,
    text: alt.parts.flatMap((p) => p.texts).join(' '),
    education,
    experience,
    licenses,
    equivalentCombination,
    line: line ?? alt.parts[0]?.line ?? null,
  };
  if (other.length > 0) route.other = other;
  return route;
}

function normalizeTerm(t: string): string {
  return t.toLowerCase().replace(/\bservices\b/g, 'service').replace(/\s+(?:field|fields)$/, '').trim();
}

/** Experience that must have been gained in the state's own service ("in the California state service"). */
const STATE_SERVICE = /\b(?:california )?state (?:civil )?service\b/i;

/**
 * Routes whose every experience is in state service need none of the education a series says is
 * "required when non-California state service experience is used": it is taken off them.
 */
function withoutStateServiceEducation(routes: QualificationRoute[]): void {
  for (const r of routes) {
    if (r.experience.length > 0 && r.experience.every((e) => STATE_SERVICE.test(e.text) || STATE_SERVICE.test(e.kind))) r.education = null;
  }
}

// NOTE: "four years of experience as indicated in (A) above" asks for (A)'s kind of experience:
// the kind, its vocabulary ids and class references are copied from route A, the months stay 48.
function resolveAsIndicated(routes: QualificationRoute[]): void {
  for (const r of routes) {
    r.experience = r.experience.map((e) => {
      const m = AS_IN_ROUTE.exec(e.kind);
      if (m?.[1] === undefined) return e;
      const key = m[1].toUpperCase();
      const source = routes.find((o) => o !== r && (o.id.toUpperCase() === key || o.id.toUpperCase().startsWith(`${key}.`)));
      const from = source?.experience[0];
      if (from === undefined) return e;
      return { ...e, kind: from.kind, kindIds: from.kindIds, classRefs: from.classRefs };
    });
  }
}

function dedupeIds(routes: QualificationRoute[]): void {
  const seen = new Map<string, number>();
  for (const r of routes) {
    const n = seen.get(r.id) ?? 0;
    seen.set(r.id, n + 1);
    if (n > 0) r.id = `${r.id}~${String(n + 1)}`;
  }
}

function span(lines: SourceLine[]): LineSpan | null {
  const nums = lines.map((l) => l.line).filter((n): n is number => n !== null);
  if (nums.length === 0) return null;
  return [Math.min(...nums), Math.max(...nums)];
}

function minima(routes: QualificationRoute[]): Pick<Qualifications, 'minEducation' | 'minExperienceMonths'> {
  // NOTE: an equivalent-combination route states no amounts, so it lowers neither minimum.
  const counted = routes.filter((r) => !r.equivalentCombination);
  if (counted.length === 0) return { minEducation: null, minExperienceMonths: null };
  let minEducation: EducationLevel = 'doctorate';
  let minExperienceMonths = Number.POSITIVE_INFINITY;
  for (const r of counted) {
    const level = r.education?.level ?? 'none';
    if (educationRank(level) < educationRank(minEducation)) minEducation = level;
    const months = r.experience.reduce((sum, e) => sum + e.months, 0);
    minExperienceMonths = Math.min(minExperienceMonths, months);
  }
  return { minEducation, minExperienceMonths };
}

/**
 * Parses the lines of a class's minimum-qualifications sections (including their headings, such as
 * "SUBSTITUTION: …" or "Education: …") into routes. Never throws.
 */
export function parseQualifications(lines: SourceLine[], options: ParseQualificationsOptions): Parsed<Qualifications> {
  const ctx: Context = {
    file: options.file,
    classId: options.classId,
    diagnostics: [],
    substitutions: [],
    notes: [],
    definitions: [],
    special: [],
    pooled: false,
    pools: 0,
    educationOutsideStateService: false,
    listBefore: null,
    listOpened: null,
  };
  const text = lines.map((l) => l.text).join('\n');
  try {
    const outline = parseQualificationOutline(lines);
    ctx.definitions = outline.definitions;
    // The section's title and page headers are structure, not notes (they stay in `text`).
    for (const n of outline.notes) if (n.kind !== 'title') ctx.notes.push({ text: n.text, line: n.line });
    if (outline.notes.some((n) => NON_STATE_EDUCATION.test(n.text))) ctx.educationOutsideStateService = true;
    const alternatives = expand(ctx, outline.root).filter((a) => a.parts.some(hasContent));
    if (alternatives.length >= 64) {
      ctx.diagnostics.push({ file: ctx.file, line: lines[0]?.line ?? null, severity: 'warning', code: 'unparsed-qualification', message: 'More than 64 qualification routes: only the first 64 are kept.', ...(ctx.classId === undefined ? {} : { classId: ctx.classId }) });
    }
    const routes = alternatives.map((a, i) => toRoute(a, i, ctx));
    if (ctx.educationOutsideStateService) withoutStateServiceEducation(routes);
    resolveAsIndicated(routes);
    dedupeIds(routes);
    // Which routes each substitution came from.
    alternatives.forEach((a, i) => {
      const id = routes[i]?.id;
      if (id === undefined) return;
      for (const p of a.parts) {
        for (const s of p.substitutions) {
          const sub = ctx.substitutions[s];
          if (sub === undefined) continue;
          sub.routeIds = [...new Set([...(sub.routeIds ?? []), id])];
        }
      }
    });
    for (const s of ctx.substitutions) if (s.routeIds !== undefined && s.routeIds.length === routes.length) delete s.routeIds;

    const special = parseSpecial(ctx, options.specialRequirements ?? []);
    const licenses: string[] = [];
    for (const l of [...routes.flatMap((r) => r.licenses), ...special]) if (!licenses.includes(l.name)) licenses.push(l.name);
    const value: Qualifications = {
      text,
      routes,
      substitutions: ctx.substitutions,
      ...minima(routes),
      licenses,
      lines: span(lines),
    };
    if (ctx.notes.length > 0) value.notes = ctx.notes;
    if (special.length > 0) value.specialLicenses = special;
    return { value, diagnostics: ctx.diagnostics };
  } catch (error) {
    // A bug here must not stop an ingest: keep the text whole and say what happened.
    return {
      value: { text, routes: [], substitutions: [], minEducation: null, minExperienceMonths: null, licenses: [], lines: span(lines) },
      diagnostics: [
        ...ctx.diagnostics,
        {
          file: options.file,
          line: lines[0]?.line ?? null,
          severity: 'error',
          code: 'unparsed-qualification',
          message: `The qualification parser failed on this text: ${error instanceof Error ? error.message : String(error)}`,
          ...(options.classId === undefined ? {} : { classId: options.classId }),
          text,
        },
      ],
    };
  }
}

function parseSpecial(ctx: Context, lines: SourceLine[]): LicenseRequirement[] {
  const out: LicenseRequirement[] = [...ctx.special];
  for (const l of lines) {
    const text = normalizeQualificationText(l.text).replace(/^special requirements?\s*:\s*/i, '');
    if (text === '') continue;
    for (const s of splitSentences(text)) {
      const found = findLicenses(s.text);
      for (const f of found) if (!out.some((x) => x.name === f.license.name)) out.push(f.license);
      if (found.length === 0 && !ctx.notes.some((n) => n.text === s.text)) ctx.notes.push({ text: s.text, line: l.line });
    }
  }
  return out;
}
