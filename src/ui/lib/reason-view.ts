// A next-role reason as a chip: "Promotion", "Equivalent experience", "72 % KSA overlap".

import type { NextRoleReason } from '../../domain/graph/index.ts';
import type { EdgeKind } from '../../domain/model/index.ts';
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
    case 'equivalence':
      return {
        kind: 'equivalence',
        label: 'Equivalent experience',
        summary: `Experience here counts toward route ${reason.route.label || reason.route.id}${reason.months !== null ? ` (${reason.months} months)` : ''}: ${reason.basis}.`,
      };
    case 'shared-ksa':
      return {
        kind: 'shared-ksa',
        label: `${percent(reason.overlapPercent)} KSA overlap`,
        summary: `Shared competencies: ${reason.competencies.map((c) => c.name).join(', ') || 'none named'}.`,
      };
  }
}
