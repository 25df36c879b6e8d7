// Whether a licence a person holds, written freely ("LCSW", "NY driver's licence"), satisfies a
// licence requirement: by its abbreviation, its name, and the issuing state when both name one.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules" (licences).

import { foldSpaces, memoizeText, type LicenseRequirement } from '../model/index.ts';

// NOTE: abbreviations people write for the licences they hold: "LCSW" → "licensed clinical social
// worker", which is one of the names in "Licensed Social Worker or Licensed Clinical Social Worker".
const ABBREVIATIONS: [RegExp, string][] = [
  [/\blcsw\b/g, 'licensed clinical social worker'],
  [/\blmsw\b/g, 'licensed master social worker'],
  [/\blsw\b/g, 'licensed social worker'],
  [/\blpc\b/g, 'licensed professional counselor'],
  [/\blmft\b/g, 'licensed marriage and family therapist'],
  [/\brn\b/g, 'registered nurse'],
  [/\blvn\b/g, 'licensed vocational nurse'],
  [/\blpn\b/g, 'licensed practical nurse'],
  [/\bcpa\b/g, 'certified public accountant'],
  [/\bp\.?\s?e\b/g, 'professional engineer'],
  [/\bdvm\b/g, 'doctor of veterinary medicine'],
  [/\bcdl\b/g, "commercial driver's license"],
  [/\bdl\b/g, "driver's license"],
];

const STATES: [RegExp, string][] = [
  [/\b(?:new york|nys|ny)\b/, 'new york'],
  [/\b(?:illinois|il)\b/, 'illinois'],
  [/\b(?:california|ca)\b/, 'california'],
  [/\b(?:maryland|md)\b/, 'maryland'],
];

const NOISE =
  /\b(?:valid|current|active|state|of|the|a|an|licen[cs]e[ds]?|licensure|certificate|certification|registration|registered as|credential|holder|in|issued|by)\b/g;

function stateOf(s: string): string | null {
  for (const [re, name] of STATES) if (re.test(s)) return name;
  return null;
}

// NOTE: licence names repeat across thousands of routes, and path weighs every route it passes
// against the profile: each name's normal and core forms are worked out once.
const normalize = memoizeText(normalizeOnce, 20_000);
const core = memoizeText(coreOnce, 20_000);

function normalizeOnce(s: string): string {
  let t = s
    .toLowerCase()
    .replace(/['’]/g, "'")
    .replace(/\blicence\b/g, 'license');
  for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  return foldSpaces(t.replace(/[()]/g, ' '));
}

function coreOnce(s: string): string {
  let t = s;
  for (const [re] of STATES) t = t.replace(re, ' ');
  return foldSpaces(
    t
      .replace(/\bdriv(?:er|ers|ing)(?:'s|s')?\b/g, 'driver')
      .replace(NOISE, ' ')
      .replace(/[^a-z ]+/g, ' '),
  );
}

function isDriving(s: string): boolean {
  return /\bdriv(?:er|ers|ing)|\bmotor vehicle\b|\bcommercial driver/.test(s);
}

/**
 * True when the held licence satisfies the requirement. "LCSW" and "licensed clinical social worker"
 * satisfy "Licensed Social Worker or Licensed Clinical Social Worker"; "driver's license" and "NY
 * driver's licence" satisfy a New York driver's licence (a licence from another named state does not).
 */
export function matchesLicense(held: string, req: LicenseRequirement): boolean {
  const h = normalize(held);
  if (h === '') return false;
  const reqState = req.jurisdiction?.toLowerCase() ?? null;
  const heldState = stateOf(h);
  if (reqState !== null && heldState !== null && reqState !== heldState) return false;
  const names = req.anyOf.length > 0 ? req.anyOf : [req.name];
  for (const name of names) {
    const n = normalize(name);
    if (isDriving(n)) {
      if (!isDriving(h)) continue;
      // A commercial licence is asked for by name; an ordinary one satisfies only ordinary ones.
      if (/commercial/.test(n) && !/commercial/.test(h)) continue;
      return true;
    }
    const hc = core(h);
    const nc = core(n);
    if (hc === '' || nc === '') continue;
    if (hc === nc) return true;
    // "Registered nurse" held as "California registered nurse license".
    if (` ${hc} `.includes(` ${nc} `) && nc.split(' ').length >= 2) return true;
  }
  return false;
}
