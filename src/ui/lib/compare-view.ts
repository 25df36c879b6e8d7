// The compare view's qualification rows: education, experience, licences — what the current class
// asks beside what the target asks, whether the move raises it, and the sentences of both specs.
// Selection and wording only: the difference itself comes from the `gap` query.
// [Reference] issue 5 "Compare two classes"; ../shared/UI.md "Evidence on demand".

import type { GapResult } from '../../domain/graph/index.ts';
import {
  fieldFile,
  EDUCATION_LABELS,
  educationText,
  routeName as shortRouteName,
  type Evidence,
  type JobClass,
  type QualificationRoute,
} from '../../domain/model/index.ts';
import { monthsWithYears } from './format.ts';
import { licenceText } from './route-text.ts';

export type QualificationRowStatus = 'same' | 'raise' | 'new' | 'field' | 'less';

export interface QualificationRowSide {
  /** One line per route or item: "Master's degree in social work". */
  lines: { text: string; note?: string }[];
  evidence: Evidence[];
}

export interface QualificationRow {
  aspect: 'education' | 'experience' | 'licences';
  label: string;
  status: QualificationRowStatus;
  /** "Higher level needed", "New licence", "Same". */
  statusText: string;
  from: QualificationRowSide;
  to: QualificationRowSide;
}

function routeEvidence(cls: JobClass, routes: QualificationRoute[]): Evidence[] {
  const file = fieldFile(cls, 'qualifications');
  return routes.map((r) => ({ classId: cls.id, text: r.text, file, line: r.line }));
}

/** "Route I", "Route a": a route by the short name the class view gives it. */
function routeName(route: QualificationRoute): string {
  return `Route ${shortRouteName(route.label, route.id)}`;
}

function education(route: QualificationRoute): string | null {
  const e = route.education;
  return e ? educationText(e.level, e.field) : null;
}

function experience(route: QualificationRoute): string {
  if (route.experience.length === 0) return 'No experience asked';
  return route.experience
    .map((x) => `${monthsWithYears(x.months)} of ${x.kind || 'experience'}`)
    .join('; ');
}

function licences(route: QualificationRoute): string[] {
  return route.licenses.map(licenceText);
}

function real(cls: JobClass): QualificationRoute[] {
  return cls.qualifications.routes.filter((r) => !r.equivalentCombination);
}

/** One line per distinct value over the routes, naming the routes when they differ. */
function perRoute(
  cls: JobClass,
  value: (r: QualificationRoute) => string | null,
  none: string,
): QualificationRowSide {
  const routes = real(cls);
  const distinct = [...new Set(routes.map(value).filter((v): v is string => v !== null))];
  if (distinct.length === 0)
    return { lines: [{ text: none }], evidence: routeEvidence(cls, routes) };
  if (distinct.length === 1 || routes.length === 1)
    return { lines: distinct.map((text) => ({ text })), evidence: routeEvidence(cls, routes) };
  return {
    lines: routes.flatMap((r) => {
      const v = value(r);
      return v === null ? [] : [{ text: v, note: routeName(r) }];
    }),
    evidence: routeEvidence(cls, routes),
  };
}

export function qualificationRows(
  from: JobClass,
  to: JobClass,
  result: GapResult,
): QualificationRow[] {
  const q = result.qualifications;
  const rows: QualificationRow[] = [];

  const edu = q.education;
  rows.push({
    aspect: 'education',
    label: 'Education',
    status: edu.raise ? 'raise' : edu.fieldDiffers ? 'field' : 'same',
    statusText: edu.raise
      ? `Higher level: ${EDUCATION_LABELS[edu.to.level]}`
      : edu.fieldDiffers
        ? 'Different field'
        : 'No change',
    from: perRoute(from, education, 'No education asked'),
    to: perRoute(to, education, 'No education asked'),
  });

  const fromMonths = from.qualifications.minExperienceMonths ?? 0;
  const routeMonths = real(to).map((r) => r.experience.reduce((sum, x) => sum + x.months, 0));
  const toMonths =
    routeMonths.length > 0
      ? Math.min(...routeMonths)
      : (to.qualifications.minExperienceMonths ?? 0);
  const toMost = routeMonths.length > 0 ? Math.max(...routeMonths) : toMonths;
  const toSide: QualificationRowSide = {
    lines: real(to).map((r) => {
      const counted =
        q.routes.find((x) => x.id === r.id)?.experience.some((e) => e.countsFromCurrent) ?? false;
      return {
        text: experience(r),
        note: `${real(to).length > 1 ? `${routeName(r)}${r.experience.length > 0 && counted ? ' · work in the current class counts' : ''}` : counted ? 'Work in the current class counts' : ''}`,
      };
    }),
    evidence: routeEvidence(to, real(to)),
  };
  // NOTE: routes that ask different months are said as a range: Consultant "Between none and 36
  // months (3 years), by route" (the licence route asks none) — "fewer months" alone would mislead,
  // and "from … to …" would read as from the current class to the target.
  const status: QualificationRowStatus =
    toMost > fromMonths ? 'raise' : toMost < fromMonths ? 'less' : 'same';
  rows.push({
    aspect: 'experience',
    label: 'Experience',
    status,
    statusText:
      toMost !== toMonths
        ? `Between ${toMonths === 0 ? 'none' : monthsWithYears(toMonths)} and ${monthsWithYears(toMost)}, by route`
        : toMonths > fromMonths
          ? `At least ${monthsWithYears(toMonths)}`
          : toMonths < fromMonths
            ? 'Fewer months'
            : toMonths === 0
              ? 'No months asked'
              : 'Same months',
    from: perRoute(from, experience, 'No experience asked'),
    to: toSide,
  });

  const lic = q.licenses;
  rows.push({
    aspect: 'licences',
    label: 'Licences',
    status: lic.new.length > 0 ? 'new' : 'same',
    statusText:
      lic.new.length > 0
        ? `New: ${lic.new.join('; ')}`
        : lic.needed.length > 0
          ? 'Already asked'
          : 'None asked',
    from: perRoute(
      from,
      (r) => licences(r).join('; ') || null,
      from.qualifications.licenses.length > 0
        ? from.qualifications.licenses.join('; ')
        : 'None asked',
    ),
    to: {
      lines: real(to).some((r) => r.licenses.length > 0)
        ? real(to).map((r) => ({
            text: licences(r).join('; ') || 'No licence on this route',
            note: real(to).length > 1 ? routeName(r) : '',
          }))
        : [{ text: to.qualifications.licenses.join('; ') || 'None asked' }],
      evidence: routeEvidence(
        to,
        real(to).filter((r) => r.licenses.length > 0),
      ),
    },
  });
  return rows;
}
