// How an eligibility answer is shown: one of four states, each with an icon and a text (never
// colour alone), and a one-line detail. [Reference] ../shared/UI.md "Eligibility has four states".

import { routeNeedsReview, type EligibilityStatus } from '../../domain/graph/index.ts';
import { fieldFile, routeName as shortRouteName, type Evidence, type JobClass, type QualificationRoute } from '../../domain/model/index.ts';
import { routeKind } from './route-text.ts';

export type BadgeIcon = 'check' | 'clock' | 'credential' | 'blocked';

export interface BadgeView {
  status: EligibilityStatus;
  icon: BadgeIcon;
  /** "Eligible now", "Eligible in 12 mo", "Needs a Master's degree", "Not reachable from here". */
  label: string;
  /** "by route A (licence)", "route B: 36 months of social work". */
  detail: string;
}

export interface BadgeInput {
  status: EligibilityStatus;
  monthsNeeded: number | null;
  missingCredentials: string[];
  /** What the route also asks that the rules cannot check, for a person to confirm. */
  toConfirm: string[];
  route: { id: string; label: string } | null;
  /** The route's definition in the class's qualifications, for naming it ("the licence route"). */
  routeDefinition?: QualificationRoute | null;
}

function routeName(input: BadgeInput): string {
  if (!input.route) return '';
  const label = shortRouteName(input.route.label, input.route.id);
  const kind = input.routeDefinition ? routeKind(input.routeDefinition) : null;
  return kind ? `route ${label} (${kind})` : `route ${label}`;
}

function needs(credential: string): string {
  const c = credential.trim();
  if (/^(a|an|the)\s/i.test(c)) return c;
  return /^[aeiou]/i.test(c) ? `an ${c}` : `a ${c}`;
}

/** A detail with how many requirements a person must confirm after it: "… · 2 to confirm". */
function withConfirm(detail: string, toConfirm: readonly string[]): string {
  if (toConfirm.length === 0) return detail;
  const n = `${toConfirm.length} to confirm`;
  return detail ? `${detail} · ${n}` : n;
}

export function badgeView(input: BadgeInput): BadgeView {
  const route = routeName(input);
  switch (input.status) {
    case 'eligible':
      return { status: input.status, icon: 'check', label: 'Eligible now', detail: route ? `by ${route}` : '' };
    case 'after-months': {
      const m = input.monthsNeeded ?? 0;
      const detail = route ? `${m} more months of experience on ${route}` : `${m} more months of experience`;
      return { status: input.status, icon: 'clock', label: `Eligible in ${m} mo`, detail: withConfirm(detail, input.toConfirm) };
    }
    case 'missing-credential': {
      // Degrees and licences are counted apart from what only a person can confirm: "Needs a
      // Bachelor's degree", then "· 5 to confirm" in the detail, not "+ 5 more" in the label.
      const first = input.missingCredentials[0];
      const more = input.missingCredentials.length - 1;
      const confirm = input.toConfirm.length;
      const label = first
        ? `Needs ${needs(first)}${more > 0 ? ` + ${more} more` : ''}`
        : confirm > 0
          ? `${confirm} ${confirm === 1 ? 'requirement' : 'requirements'} to confirm`
          : 'Missing a credential';
      const closest = route ? `closest: ${route}` : '';
      const detail = first ? withConfirm(closest, input.toConfirm) : closest ? `${closest}; the rest is met` : '';
      return { status: input.status, icon: 'credential', label, detail };
    }
    case 'unreachable': {
      // The fourth state has two causes: no route the rules can check (a person reviews it), or
      // routes whose experience the current class does not give.
      const def = input.routeDefinition;
      const review = input.route === null || (def != null && routeNeedsReview(def));
      if (review)
        return { status: input.status, icon: 'blocked', label: "Needs a person's review", detail: route ? `only ${route}, which the rules cannot check` : 'no qualifications the rules can check' };
      return { status: input.status, icon: 'blocked', label: 'Not reachable from here', detail: route ? `work here does not count toward ${route}` : '' };
    }
  }
}

/**
 * Any eligibility answer the queries give: `eligibility()` names its route `routeId`, the
 * next-roles, team and plan queries `id`.
 */
export interface EligibilityAnswer {
  status: EligibilityStatus;
  monthsNeeded: number | null;
  missingCredentials: string[];
  toConfirm: string[];
  explanation: string;
  route:
    | { id: string; label: string; text: string }
    | { routeId: string; label: string; text: string }
    | null;
}

export interface EligibilityBadgeProps {
  view: BadgeView;
  explanation: string;
  /** The route's sentence in the target's spec, in the file its qualifications came from. */
  evidence: Evidence[];
}

/**
 * Everything an eligibility badge shows for an answer about `target`: the view (naming the route and
 * its kind), the explanation, and the route's sentence as evidence.
 * NOTE: the evidence cites `target.fileOf.qualifications` when the qualifications came from another
 * file than the class (a Class Specification Supplement), else `target.source.file`.
 */
export function eligibilityBadge(
  result: EligibilityAnswer,
  target: JobClass,
): EligibilityBadgeProps {
  const r = result.route;
  const route = r ? { id: 'routeId' in r ? r.routeId : r.id, label: r.label, text: r.text } : null;
  const definition = route
    ? (target.qualifications.routes.find((d) => d.id === route.id) ?? null)
    : null;
  const view = badgeView({
    status: result.status,
    monthsNeeded: result.monthsNeeded,
    missingCredentials: result.missingCredentials,
    toConfirm: result.toConfirm,
    route,
    routeDefinition: definition,
  });
  const evidence: Evidence[] = route
    ? [
        {
          classId: target.id,
          text: definition?.text ?? route.text,
          file: fieldFile(target, 'qualifications'),
          line: definition?.line ?? null,
        },
      ]
    : [];
  return { view, explanation: result.explanation, evidence };
}
