// Experience text → the job classes or levels it names ("performing the duties of a Social Service
// Consultant I or Adoptions Case Worker, Range B", "comparable to that performed at the Medical
// Social Consultant level of this series"), for the graph to resolve into promotion edges.
// [Reference] ../shared/PRODUCT.md, "The graph" (promotion); CalHR "performing the duties of" clauses.

import { foldSpaces, type ClassReference, type ClassReferenceKind } from '../model/index.ts';

interface Cue {
  kind: ClassReferenceKind;
  re: RegExp;
  /**
   * Set when the cue itself names the class, relative to the referring one ("the next lower level
   * of this series"); otherwise the title list follows the cue.
   */
  relative?: ClassReference['relative'];
  /** The title that follows is written in lower case ("a journeyman electrician"): one title only. */
  lowercase?: boolean;
}

// Each cue ends where the title list starts.
const CUES: Cue[] = [
  {
    // "… comparable to that performed at the Medical Social Consultant level", "… to that gained in
    // the Construction Laborer Sub-Foreman level", "… comparable to the Animal Imaging Technician level".
    kind: 'comparable-level',
    re: /\bcomparable to (?:(?:that|those) (?:(?:performed|gained|obtained|acquired) )?(?:at|in) )?the (?=[A-Z][^.;]{0,150}?\blevel\b)/g,
  },
  {
    // "… experience comparable to that gained as an Anesthesia Technician".
    kind: 'comparable-level',
    re: /\bcomparable to (?:that|those) (?:gained|obtained|acquired|performed) as (?:an? |the )?(?=[A-Z])/g,
  },
  {
    kind: 'comparable-level',
    relative: 'lower-level',
    re: /\b(?:the |a )?(?:next )?lower levels?(?= (?:of|in|within) (?:this|the) series)/gi,
  },
  {
    // "… performing the duties of a X", "… duties of either a X or …", "… duties of (1) a X, or
    // (2) …", "… duties of the former class of X", "… performing duties as outlined in the X class".
    kind: 'performing-duties',
    re: /\bperforming (?:the )?(?:[a-z/-]+,? ){0,6}?duties (?:(?:of|as)(?: either| any (?:one )?(?:or a combination )?of(?: the)?)? (?:\(\d\) )?(?:an? |a\(n\) |the )?(?:(?:former )?class(?:es|ification)? (?:of )?)?|(?:as )?(?:outlined|described|listed|defined) (?:in|for|by) (?:the )?(?=[A-Z][^.;]{0,120}?\b(?:class|classification|specification)\b))(?=[A-Z])/g,
  },
  {
    // "… performing duties comparable to those listed for the Occupational Therapy Specialist".
    kind: 'performing-duties',
    re: /\b(?:performing|perform) (?:(?:[a-z/-]+,? ){0,5}?duties|work) (?:(?:at a level )?(?:equivalent|comparable|similar)(?: to| in (?:level(?: of responsibility)?|responsibility)(?: and responsibility)? (?:to|of))|at the level(?: of responsibility)? of|of the level of)(?: (?:those|that) (?:of|(?:listed|outlined|described|performed) (?:for|by|at|in|as)))?(?: the class(?:es|ification)? of)? (?:an? |the )?(?=[A-Z])/g,
  },
  {
    // "… not less than that of X", "… equivalent to at least that of X", "… equivalent to or higher
    // than X", "… at the level of responsibility of X", "… comparable to that gained at the Level
    // II of this series", "… comparable to the classification of X", "… comparable to work
    // performed by a X".
    kind: 'comparable-level',
    re: /\b(?:not less than|(?:at least )?(?:equivalent|comparable|similar|equal)(?: in [a-z ,]{1,60}?)? (?:to|with)(?: (?:at least|or (?:higher|greater) than|either))?|at the level(?: of responsibility)? of|at a level(?: of responsibility)? (?:equivalent|comparable) to)(?: (?:that|those|work) (?:of|obtained in|(?:performed|gained|obtained|acquired) (?:by|as|at|in)))?(?: (?:an?|the)? ?class(?:es|ification)? of)?(?: the level of)? (?:an? |the )?(?=[A-Z])/g,
  },
  {
    kind: 'in-class',
    re: /\b(?:experience|employment|work(?:ing)?|served|serving|service|years?|months?) (?:as|in the (?:class|classification|position)(?:es)? of) (?:an? |the )?(?=[A-Z])/g,
  },
  {
    kind: 'in-class',
    re: /(?:^|[.:]\s)(?:\d+\.\s+)?As (?:an? |the )(?=[A-Z])/g,
  },
  {
    // SUCSS trades: "Experience sufficient to qualify as a journeyman electrician, with …": work at
    // that level, which a sub-foreman's or a foreman's is too (not time in the class alone).
    kind: 'comparable-level',
    lowercase: true,
    re: /\bsufficient to qualify as (?:an? )?(?:[Jj]ourney(?:man|person)?(?:[- ]?level)? )?(?=[A-Za-z])/g,
  },
];

// Where a title list ends.
const LIST_END =
  /\s+(?:in (?:the |a |an )?(?:California|state|State|[a-z])|within|with\b|for (?:the|a|an)|during|under|which|who|whose|where|when|including|involving|performing|engaged|responsible|and (?:six|one|two|three|four|five|\d+|at least|must|shall|has|have|is|are)\b|or in\b|or (?:a|an|the) (?:position|class|similar|comparable|closely)|or (?:two|one|three|four|five|six|\d+) |that\b|level\b|(?:of|in) (?:this|the) series)|\s*\((?![A-Z][A-Za-z ,&/'-]*\)|\d{1,2}\)\s+(?:(?:an?|the)\s+)?[A-Z])|\s*\[|;(?!\s+(?:(?:or|and)\s+)?[A-Z])|[.:](?=[\s)\]]|$)(?<!\b(?:[A-Z]|Jr|St)\.)/;

// Words that make a comma-separated piece a class title rather than the department or
// range that qualifies the one before it ("Program and Project Supervisor, Public Utilities
// Commission"; "Adoptions Case Worker, Range B").
const JOB_NOUN = new Set(
  (
    'accountant administrator adviser advisor agent aide analyst appraiser apprentice architect ' +
    'assistant associate attendant attorney auditor baker biologist buyer captain carpenter cashier ' +
    'chemist chief clerk consultant coordinator counsel counselor craftsworker custodian dentist ' +
    'deputy designer dietitian director dispatcher driver economist editor electrician engineer ' +
    'estimator evaluator examiner firefighter forester geologist guard helper hygienist ' +
    'inspector instructor investigator janitor keeper laborer lawyer leadworker librarian ' +
    'lieutenant machinist manager mechanic nurse officer operator painter pharmacist ' +
    'physician pilot planner plumber programmer psychologist ranger reporter representative ' +
    'researcher scientist secretary sergeant specialist statistician steward superintendent ' +
    'supervisor surveyor teacher technician technologist therapist trainee translator typist ' +
    'veterinarian warden worker writer conservationist corpsmember trainer generalist ' +
    'coordinator adjuster fabricator lead leader head commissioner member historian interpreter ' +
    'naturalist archeologist archaeologist curator'
  ).split(/\s+/),
);
const ROMAN_END = /\b(?:I{1,3}|IV|V|VI{1,3}|IX|X)(?:\s*\([^)]*\))?$/;
// "Range B", "(Range A or B)", "Range C or D", "Range A, B, C, or D".
const RANGE =
  /,?\s*\(Range [A-Z](?:(?:,| or| and)\s*[A-Z])*\)|,?\s*\bRange\s+[A-Z]\b(?:(?:,|,?\s+or|,?\s+and)\s*[A-Z]\b)*/g;

function isTitleLike(piece: string): boolean {
  if (!/^[A-Z]/.test(piece)) return false;
  const words = piece
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return false;
  const small = /^(?:of|and|the|in|for|to|a|an|on|at|&|-|or|with)$/;
  const capital = words.filter((w) => !small.test(w)).every((w) => /^[A-Z0-9(]/.test(w));
  return capital;
}

function hasJobNoun(piece: string): boolean {
  if (ROMAN_END.test(piece)) return true;
  // A qualifier in brackets is not the piece's job: "Contractors State License Board (Non-Peace
  // Officer)" is no title of its own.
  for (const w of piece
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/)) {
    if (JOB_NOUN.has(w) || JOB_NOUN.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}

// NOTE: a comma piece without a job noun belongs to the title before it:
// "Conservation Supervisor, California Conservation Corps" stays one title, while the range of a
// class is not part of its title: "Adoptions Case Worker, Range B" → "Adoptions Case Worker".
function splitTitles(list: string): string[] {
  // "(1) a Staff Services Analyst, Range C, or (2) a Business Service Officer I": the numbers go.
  const cleaned = foldSpaces(
    list
      .replace(RANGE, '')
      .replace(/\(\d{1,2}\)\s+(?:(?:an?|the)\s+)?(?=[A-Z])/g, '')
      .replace(/(?:[\s.,;]|\s(?:or|and)\b)+$/, ''),
  );
  const bySemicolon = cleaned.includes(';') ? cleaned.split(/;\s*(?:or\s+|and\s+)?/) : [cleaned];
  const titles: string[] = [];
  for (const group of bySemicolon) {
    // "… I or Adoptions …": split on " or " outside parentheses.
    const masked = group.replace(/\([^)]*\)/g, (m) =>
      m.replace(/ or /g, ' \uE000 ').replace(/,/g, '\uE001'),
    );
    const orPieces = masked.split(/,?\s+or\s+/);
    const pieces: string[] = [];
    for (const orPiece of orPieces) {
      const commaPieces = orPiece.split(/,\s*/);
      let current = '';
      for (const c of commaPieces) {
        const piece = c.trim();
        if (piece === '') continue;
        if (current === '') current = piece;
        else if (hasJobNoun(piece) && hasJobNoun(current)) {
          pieces.push(current);
          current = piece;
        } else current = `${current}, ${piece}`;
      }
      if (current !== '') pieces.push(current);
    }
    // "Accountant I or II" → "Accountant II"; "Staff or Senior Environmental Scientist" → both.
    for (let i = 0; i < pieces.length; i++) {
      const p = (pieces[i] ?? '').replace(/ \uE000 /g, ' or ').replace(/\uE001/g, ',');
      const prev = titles[titles.length - 1];
      const next = pieces[i + 1];
      const numeral = /^(I{1,3}|IV|V|VI{1,3})(\s*\([^)]*\))?$/.exec(p);
      if (numeral !== null && prev !== undefined) {
        // "Correctional Food Manager I or II (Department of Corrections)": the qualifier is both's.
        const qualifier = numeral[2] ?? '';
        if (qualifier !== '' && !/\)$/.test(prev))
          titles[titles.length - 1] = `${prev}${qualifier}`;
        titles.push(
          `${prev.replace(/\s+(?:I{1,3}|IV|V|VI{1,3})(?=\s*(?:\(|$))/, ` ${numeral[1] ?? ''}`)}${/\)$/.test(prev) ? '' : qualifier}`,
        );
      } else if (!/\s/.test(p) && !hasJobNoun(p) && next !== undefined && /\s/.test(next)) {
        titles.push(`${p} ${next.split(' ').slice(1).join(' ')}`);
      } else {
        titles.push(p);
      }
    }
  }
  return titles
    .map((t) =>
      t
        .replace(/^(?:(?:and|or)\s+)?(?:(?:an?|the)\s+)?/i, '')
        .replace(/[\s,.]+$/, '')
        // A bracket closed after the title is not the title's: "(… Water Resources Technician II)".
        .replace(/\)$/, (m, at: number, t: string) => (opened(t.slice(0, at)) > 0 ? m : ''))
        // "… listed for the Occupational Therapy Specialist class": the word is not the title's.
        .replace(/\s+(?:class(?:ification)?|specification|position)$/i, '')
        .trim(),
    )
    .filter((t) => isTitleLike(t) && !isPlaceOrBody(t));
}

/**
 * "California state service", "California Highway Patrol", "Department of Justice": a place or a
 * body, not a class. A title that starts so but ends in a job or a level is one: "State Park
 * Superintendent IV", "State Historian", "Department of Justice Administrator II".
 */
function isPlaceOrBody(piece: string): boolean {
  if (/^(?:Class|Position)\b/.test(piece)) return true;
  if (!/^(?:California|State|Department|Board)\b/.test(piece)) return false;
  const head = (piece.split(',')[0] ?? '').replace(/\([^)]*\)/g, ' ').trim();
  if (ROMAN_END.test(head)) return false;
  const last = (head.split(/\s+/).pop() ?? '').toLowerCase();
  return !JOB_NOUN.has(last) && !JOB_NOUN.has(last.replace(/s$/, ''));
}

const SMALL_WORD = /^(?:of|and|the|in|for|to|a|an|on|at|or|with)$/;

/**
 * "journeyman cement finisher" → "Cement Finisher": the one title a lower-case phrase names; "" when
 * it names no job ("… in the electrical trade", "licensed and bonded").
 */
function titleCased(list: string): string {
  const first = (list.split(/,|\s+(?:or|and)\s+/)[0] ?? '').trim();
  const last = first.split(/[\s/-]+/).pop() ?? '';
  // A trade's name ends in its worker: "roofer", "pipefitter", "heat/frost insulator".
  if (!hasJobNoun(first) && !/(?:er|or|ist|ian)$/i.test(last)) return '';
  return first
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && SMALL_WORD.test(w)
        ? w
        : w.replace(/(^|[/(-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()),
    )
    .join(' ');
}

/**
 * The classes or levels an experience description names. Never throws.
 * "performing the duties of a Social Service Consultant I or Adoptions Case Worker, Range B" →
 * two 'performing-duties' references, "Social Service Consultant I" and "Adoptions Case Worker".
 */
export function parseClassReferences(text: string): ClassReference[] {
  const refs: ClassReference[] = [];
  const seen = new Set<string>();
  const taken: [number, number][] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m !== null; m = cue.re.exec(text)) {
      const start = m.index + m[0].length;
      if (taken.some(([a, b]) => start >= a && start < b)) continue;
      if (cue.relative !== undefined) {
        // Unless a title list read before holds it ("… the Medical Social Consultant level …").
        if (taken.some(([a, b]) => m.index < b && start > a)) continue;
        const series = /^ (?:of|in|within) (?:this|the) series/i.exec(text.slice(start))?.[0] ?? '';
        const title = foldSpaces(m[0].toLowerCase());
        const key = `${cue.kind}|${title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        taken.push([m.index, start]);
        refs.push({
          title,
          kind: cue.kind,
          sameSeries: true,
          text: text.slice(m.index, start + series.length).trim(),
          relative: cue.relative,
        });
        continue;
      }
      const rest = text.slice(start);
      const end = LIST_END.exec(rest);
      const list = end === null ? rest : rest.slice(0, end.index);
      const after = end === null ? '' : rest.slice(end.index, end.index + 40);
      const sameSeries = /^\s*(?:level\s+)?(?:of|in|within) (?:this|the) series/i.test(after);
      taken.push([start, start + list.length]);
      for (const title of splitTitles(cue.lowercase ? titleCased(list) : list)) {
        const key = `${cue.kind}|${title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        refs.push({
          title,
          kind: cue.kind,
          sameSeries,
          text: text.slice(m.index, start + list.length).trim(),
        });
      }
    }
  }
  return refs;
}

/** How many more "(" than ")" the text has. */
export function opened(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === '(') n++;
    else if (ch === ')') n--;
  }
  return n;
}
