// A next-role reason as a chip: "Promotion", "Equivalent experience", "72 % KSA overlap".

import type { NextRoleReason } from '../../domain/graph/index.ts';
import { routeName, type EdgeKind } from '../../domain/model/index.ts';
import { percent } from './format.ts';

export interface ReasonView {
  kind: EdgeKind;
  label: string;
  /** What the chip's popover says before the quotes. */
  summary: string;
}

export function reasonView(reason: NextRoleReason): ReasonView {
  switch (reason.kind) {
    case 'promotion':
      return {
        kind: 'promotion',
        label: reason.ladder ? 'Promotion' : 'Promotion (named in qualifications)',
        summary: `Promotion: ${reason.basis}${reason.months !== null ? `; asks for ${reason.months} months` : ''}.`,
      };
    case 'equivalence': {
      // NOTE: the edge's basis already says "counts toward route (b): Social casework …"; the
      // summary names the route as the class view does and keeps only the kind of work.
      const work = reason.basis.replace(/^counts toward route [^:]*:\s*/, '');
      const route = routeName(reason.route.label, reason.route.id);
      return {
        kind: 'equivalence',
        label: 'Equivalent experience',
        summary: `Experience here counts toward route ${route}${reason.months !== null ? ` (${reason.months} months)` : ''}: ${work}.`,
      };
    }
    case 'shared-ksa':
      return {
        kind: 'shared-ksa',
        label: `${percent(reason.overlapPercent)} KSA overlap`,
        summary: `Shared competencies: ${reason.competencies.map((c) => c.name).join(', ') || 'none named'}.`,
      };
  }
}
