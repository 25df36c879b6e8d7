// Qualification routes in words a person reads: "Master's degree in social work · 36 months of
// social work · Licence: LCSW", the kind of route ("licence", "experience"), and "Either … or …".

import { educationText, type QualificationRoute } from '../../domain/model/index.ts';
import type { StepRequirements } from '../../domain/graph/index.ts';
import { duration } from './format.ts';

export interface RoutePart {
  kind: 'education' | 'experience' | 'licence' | 'other' | 'combination';
  text: string;
}

/** A licence a route asks for: its name, or its alternatives "LSW or LCSW". */
export function licenceText(licence: { name: string; anyOf: readonly string[] }): string {
  return licence.anyOf.length > 1 ? licence.anyOf.join(' or ') : licence.name;
}

export function routeParts(route: QualificationRoute): RoutePart[] {
  const parts: RoutePart[] = [];
  if (route.equivalentCombination)
    parts.push({
      kind: 'combination',
      text: 'An equivalent combination of education and experience',
    });
  if (route.education) {
    const e = route.education;
    parts.push({ kind: 'education', text: educationText(e.level, e.field) });
  }
  for (const x of route.experience) {
    parts.push({
      kind: 'experience',
      text: `${duration(x.months)}${x.kind ? ` of ${x.kind}` : ' of experience'}`,
    });
  }
  for (const l of route.licenses) parts.push({ kind: 'licence', text: licenceText(l) });
  for (const o of route.other ?? []) parts.push({ kind: 'other', text: o });
  return parts;
}

/** What distinguishes a route, in a word: "licence" for one that a licence opens, else "experience", … */
export function routeKind(route: QualificationRoute): string | null {
  if (route.equivalentCombination) return 'equivalent combination';
  if (route.licenses.length > 0) return 'licence';
  if (route.experience.some((e) => e.months > 0)) return 'experience';
  if (route.education) return 'education';
  return null;
}

/** "Either", "or", "or" … for a list of alternatives; "" for a single route. */
export function alternativeWord(index: number, count: number): string {
  if (count < 2) return '';
  return index === 0 ? 'Either' : 'or';
}

export interface RequirementItem {
  kind: 'education' | 'licence' | 'other';
  text: string;
  /** True when the profile holds it, false when it lacks it, null without a profile. */
  met: boolean | null;
}

/**
 * What a path step's route asks for besides months, as items a person can tick off:
 * "Master's degree in social work" (met), "Licence: Licensed Social Worker or LCSW" (lacking).
 */
export function stepRequirementItems(requires: StepRequirements): RequirementItem[] {
  const items: RequirementItem[] = [];
  const e = requires.education;
  if (e)
    items.push({
      kind: 'education',
      text: educationText(e.level, e.field),
      met: e.met,
    });
  for (const l of requires.licenses) {
    items.push({
      kind: 'licence',
      text: `Licence: ${licenceText(l)}`,
      met: l.met,
    });
  }
  for (const o of requires.other) items.push({ kind: 'other', text: o, met: false });
  return items;
}
