// Whether a person's field of study meets the field a qualification asks for: the same field, one
// the spec's own definition includes, or a member of a broad family the wording names ("social or
// behavioral science", "related health specialty", "human services").
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules"; the Intensive Case Manager
// definition of "human service field".

// NOTE: the families are deliberately broad: they decide eligibility only where a spec names a
// family of fields; "psychology" meets "social or behavioral science", "nursing" meets "related
// health specialty", and nothing meets "accounting" but accounting (and its close wordings).
const FAMILIES: { names: RegExp; members: string[] }[] = [
  {
    names: /\bsocial (?:or behavioral )?sciences?\b|\bsocial\/behavioral\b/,
    members: [
      'social work', 'psychology', 'sociology', 'anthropology', 'economics', 'political science', 'criminology',
      'criminal justice', 'human development', 'geography', 'social science', 'counseling', 'family studies',
      'gerontology', 'human services', 'public administration', 'ethnic studies', 'urban studies',
    ],
  },
  {
    names: /\bbehavioral sciences?\b/,
    members: ['psychology', 'sociology', 'social work', 'anthropology', 'counseling', 'criminology', 'human development', 'behavioral science', 'family studies'],
  },
  {
    names: /\bhealth (?:specialty|specialties|field|fields|sciences?|related|care)\b|\brelated health\b|\bhealth-related\b/,
    members: [
      'nursing', 'public health', 'health education', 'health administration', 'health science', 'nutrition',
      'dietetics', 'occupational therapy', 'physical therapy', 'speech pathology', 'audiology', 'medicine',
      'pharmacy', 'kinesiology', 'rehabilitation', 'gerontology', 'respiratory therapy', 'social work',
      'community health', 'epidemiology',
    ],
  },
  {
    names: /\bhuman services?\b/,
    members: [
      'social work', 'psychology', 'nursing', 'rehabilitation', 'education', 'occupational therapy',
      'physical therapy', 'recreation', 'recreation therapy', 'counseling', 'community mental health',
      'child and family studies', 'sociology', 'speech and hearing', 'human services', 'human development',
      'gerontology', 'criminal justice', 'family studies', 'special education',
    ],
  },
  {
    names: /\bengineering\b/,
    members: ['civil engineering', 'mechanical engineering', 'electrical engineering', 'chemical engineering', 'engineering', 'industrial engineering', 'environmental engineering', 'structural engineering'],
  },
  {
    names: /\bbiological sciences?\b|\blife sciences?\b/,
    members: ['biology', 'botany', 'zoology', 'ecology', 'microbiology', 'wildlife', 'fisheries', 'entomology', 'marine biology', 'biochemistry', 'genetics'],
  },
  {
    names: /\bphysical sciences?\b|\bnatural sciences?\b/,
    members: ['chemistry', 'physics', 'geology', 'earth science', 'environmental science', 'hydrology', 'astronomy', 'biology'],
  },
  {
    names: /\bbusiness\b/,
    members: ['business administration', 'accounting', 'finance', 'marketing', 'management', 'economics', 'public administration', 'business'],
  },
];

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'or', 'related', 'closely', 'field', 'fields', 'area', 'areas', 'major', 'degree', 'studies', 'study', 'specialty', 'specialties']);

function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/\bm\.?s\.?w\b|\bmsw\b|\bb\.?s\.?w\b|\bbsw\b/g, 'social work')
    .replace(/\bsocial services?\b/g, 'social work')
    .replace(/\bcounselling\b/g, 'counseling')
    .replace(/\bbehaviou?ral\b/g, 'behavioral')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): string[] {
  return s.split(' ').filter((w) => w !== '' && !STOP.has(w));
}

/** "psychology" ~ "psychology", "clinical psychology" ~ "psychology", "social work" ~ "social work". */
function same(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const stem = (w: string): string => w.replace(/(?:ical|ics|ic|y|ies|s)$/, '');
  const sb = new Set(wb.map(stem));
  return wa.every((w) => sb.has(stem(w))) || wb.every((w) => new Set(wa.map(stem)).has(stem(w)));
}

/**
 * True when a person's field `has` meets the field `wanted`. Any field meets `wanted` null; no field
 * (`has` null) meets a named one. `definition` is the spec's own list for the wanted term.
 */
export function fieldMatches(has: string | null, wanted: string | null, definition?: string[]): boolean {
  if (wanted === null || wanted.trim() === '') return true;
  if (has === null || has.trim() === '') return false;
  // NOTE: the same few fields meet the same wanted fields again and again (path weighs every route
  // it passes against the profile): each answer is worked out once.
  const key = `${has}\u0000${wanted}\u0000${definition?.join('\u0001') ?? ''}`;
  let met = answers.get(key);
  if (met === undefined) {
    if (answers.size >= 20_000) answers.clear();
    met = fieldMatchesOnce(has, wanted, definition);
    answers.set(key, met);
  }
  return met;
}

const answers = new Map<string, boolean>();

function fieldMatchesOnce(has: string, wanted: string, definition: string[] | undefined): boolean {
  const h = normalize(has);
  const w = normalize(wanted);
  if (same(h, w)) return true;
  if (definition !== undefined && definition.some((d) => same(h, normalize(d)))) return true;
  // "social or behavioral science or related health specialty" → its alternatives, each checked.
  // A one-word piece shares the noun of the next: "social or behavioral science" → "social science".
  const pieces = w.split(/,| or | and\/or /).map((s) => s.trim()).filter((s) => s !== '');
  const alternatives = pieces.map((p, i) => {
    const next = pieces[i + 1];
    return !p.includes(' ') && next !== undefined && next.includes(' ') ? `${p} ${next.split(' ').slice(1).join(' ')}` : p;
  });
  for (const alt of alternatives) {
    if (!STOP.has(alt) && words(alt).length > 0 && same(h, alt)) return true;
  }
  for (const family of FAMILIES) {
    if (family.names.test(w) && family.members.some((m) => same(h, m))) return true;
  }
  return false;
}
