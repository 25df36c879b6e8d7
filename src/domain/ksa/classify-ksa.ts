// One KSA statement or group heading → its kind, proficiency word and head phrase
// ("Thorough knowledge of", "Skill in", "Ability to"), read from the words it opens with.
// [Reference] src/domain/model/job-class.ts (KsaKind, Ksa.proficiency); normalize-proficiency.ts.

import type { KsaKind } from '../model/index.ts';
import { PROFICIENCY_LEVELS } from './normalize-proficiency.ts';

export interface KsaHead {
  /** null when the wording opens with no knowledge/skill/ability head of its own. */
  kind: KsaKind | null;
  proficiency: number | null;
  proficiencyWord: string | null;
  /** The head as a prefix to restore on items that continue it ("Skill in"), or null. */
  prefix: string | null;
  /** The statement names a personal characteristic ("patience", "emotional maturity"). */
  characteristic: boolean;
  /** The wording without a leading "Requires"/"Must have" ("Requires ability to X" → "ability to X"). */
  text: string;
}

const PROF_ALTERNATION = [...PROFICIENCY_LEVELS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '[-\\s]+'))
  .join('|');

/** A leading proficiency word, possibly two joined ("good working", "thorough and extensive"). */
const PROF_LEAD = new RegExp(
  `^(${PROF_ALTERNATION})(?:\\s*(?:,|and|or|to)\\s*(?:${PROF_ALTERNATION}))?(?:\\s+(?:${PROF_ALTERNATION}))?\\s+`,
  'i',
);

/** Heads that need no preposition after them. */
const BARE_HEADS = /^(knowledges?|skills?|skilled|abilit(?:y|ies)|able|proficiency|expertise)\b/i;
/** Heads that only count with a preposition ("understanding of", "powers of"). */
const PREP_HEADS =
  /^(understanding|familiarity|awareness|comprehension|command|grasp|capacity|capability|capable|aptitude|powers?|facility|competence|willingness|interest|desire|commitment)\s+(of|in|to|with|for)\b/i;
const PREPOSITION =
  /^(of|in|to|with|concerning|regarding|about|for|on|and\s+skills?\s+in|and\s+abilit(?:y|ies)\s+to)\b/i;

const KIND_OF_HEAD: Record<string, KsaKind> = {
  knowledge: 'knowledge',
  knowledges: 'knowledge',
  understanding: 'knowledge',
  familiarity: 'knowledge',
  awareness: 'knowledge',
  comprehension: 'knowledge',
  command: 'knowledge',
  grasp: 'knowledge',
  skill: 'skill',
  skills: 'skill',
  skilled: 'skill',
  proficiency: 'skill',
  expertise: 'skill',
  ability: 'ability',
  abilities: 'ability',
  able: 'ability',
  capacity: 'ability',
  capability: 'ability',
  capable: 'ability',
  aptitude: 'ability',
  power: 'ability',
  powers: 'ability',
  facility: 'ability',
  competence: 'ability',
  willingness: 'other',
  interest: 'other',
  desire: 'other',
  commitment: 'other',
};

/**
 * Words that make a statement a personal characteristic rather than knowledge, skill or ability.
 * NOTE: matched as whole words anywhere in a statement with no head of its own: "patience" →
 * other, "emotional maturity" → other, "physical condition commensurate with…" → other.
 */
const CHARACTERISTIC =
  /\b(patience|patient\s+and|tact(?:ful)?|diplomacy|maturity|mature|emotional\s+stability|stability|integrity|honesty|compassion(?:ate)?|empathy|empathetic|sensitivity|courtesy|courteous|dependab(?:le|ility)|reliab(?:le|ility)|initiative|resourceful(?:ness)?|flexibility|poise|discretion|enthusiasm|willingness|interest\s+in|desire\s+to|commitment|physical\s+(?:condition|fitness|health|strength|stamina)|good\s+health|appearance|character|attitude|temperament|motivat(?:ed|ion)|alertness|punctuality|neatness|sympathetic|objectivity|open[-\s]mindedness|self[-\s]starter|emotionally|good\s+judgment|sound\s+judgment|judgment\s+and|ethical\s+(?:standards|conduct)|trustworth(?:y|iness)|persever(?:ance|ing)|creativity|imagination|curiosity|warmth|kindness|friendliness|cheerful(?:ness)?|calm(?:ness)?|composure|dedication|loyalty)\b/i;

const REQUIRES = /^(?:requires|required|must\s+(?:have|possess|demonstrate))\s+/i;

/** Reads the head of one KSA statement ("Thorough knowledge of the practice of social work"). */
export function classifyKsa(statement: string): KsaHead {
  const text = statement.trim().replace(REQUIRES, '');
  let rest = text;
  let proficiencyWord: string | null = null;
  let proficiency: number | null = null;

  const lead = PROF_LEAD.exec(rest);
  if (lead) {
    const word = (lead[1] ?? '').toLowerCase().replace(/[-\s]+/g, ' ');
    const level = PROFICIENCY_LEVELS.get(word) ?? null;
    if (level !== null) {
      proficiencyWord = word;
      proficiency = level;
    }
    rest = rest.slice(lead[0].length);
  }

  const head = findHead(rest);
  if (head === null) {
    const characteristic = CHARACTERISTIC.test(text);
    // A proficiency word only counts before a head or a characteristic ("basic awareness and
    // sensitivity…"), not before any noun ("Some positions may require…").
    const keep = characteristic && proficiencyWord !== null;
    return {
      kind: null,
      proficiency: keep ? proficiency : null,
      proficiencyWord: keep ? proficiencyWord : null,
      prefix: null,
      characteristic,
      text,
    };
  }
  return {
    kind: head.kind,
    proficiency,
    proficiencyWord,
    prefix: head.prefix,
    characteristic: head.kind === 'other',
    text,
  };
}

interface FoundHead {
  kind: KsaKind;
  prefix: string | null;
}

function findHead(rest: string): FoundHead | null {
  const direct = headAt(rest);
  if (direct !== null) return direct;
  // "Broad accounting knowledge (…)", "Math skills (Ability to…)", "Judgment and decision making
  // skills – the ability to…", "Supervisory ability.": the head noun closes a short noun phrase.
  const trailing =
    /^((?:[a-z][\w'/-]*,?\s+){0,6}?)(knowledge|skills?|abilit(?:y|ies))(?=\s*(?:$|[-\u2013\u2014:(.,;]|\s+(?:in|of|to|and|as|with|for)\b))/i.exec(
      rest,
    );
  if (trailing) {
    const words = (trailing[1] ?? '').toLowerCase();
    // A noun phrase, not a clause: "Some positions may require … communication skills" is no head.
    if (
      !/\b(of|to|in|the|for|with|on|by|from|use|using|develop|developing|apply|applying|may|must|will|shall|should|can|could|would|require|requires|required|is|are|be|have|has|possess)\b/.test(
        words,
      )
    ) {
      const noun = (trailing[2] ?? '').toLowerCase();
      const kind = KIND_OF_HEAD[noun];
      if (kind !== undefined) return { kind, prefix: null };
    }
  }
  // "Problem-solving (Ability to tell when…)": the head opens the parenthesis.
  const paren = /^[^()]{1,60}\(/.exec(rest);
  if (paren) {
    const inner = rest.slice(paren[0].length);
    const found = headAt(inner) ?? headAt(inner.replace(PROF_LEAD, ''));
    if (found !== null) return { kind: found.kind, prefix: null };
  }
  return null;
}

function headAt(rest: string): FoundHead | null {
  const bare = BARE_HEADS.exec(rest);
  if (bare) {
    const noun = (bare[1] ?? '').toLowerCase();
    const kind = KIND_OF_HEAD[noun];
    if (kind === undefined) return null;
    const after = rest.slice(bare[0].length).trimStart();
    const prep = PREPOSITION.exec(after);
    const prefix = prep
      ? `${capitalize(noun)} ${(prep[1] ?? '').toLowerCase().replace(/\s+/g, ' ')}`
      : null;
    return { kind, prefix };
  }
  const withPrep = PREP_HEADS.exec(rest);
  if (withPrep) {
    const noun = (withPrep[1] ?? '').toLowerCase();
    const kind = KIND_OF_HEAD[noun];
    if (kind === undefined) return null;
    return { kind, prefix: `${capitalize(noun)} ${(withPrep[2] ?? '').toLowerCase()}` };
  }
  return null;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
