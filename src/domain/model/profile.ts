// A person's profile: what the qualification rules are checked against.
// [Reference] ../shared/PRODUCT.md, "Minimum qualifications as rules".

import type { EducationLevel } from './education.ts';

export interface Profile {
  education: {
    level: EducationLevel;
    /** Major or field of the highest degree ("social work"), or null. */
    field: string | null;
  };
  /** Graduate or other credits earned toward a degree not (yet) held. */
  credits: { toward: EducationLevel; field: string | null; credits: number }[];
  /** Months worked in each class held. */
  experience: { classId: string; months: number }[];
  /** Licences, certificates and registrations held, as free text ("LCSW", "New York driver's license"). */
  licenses: string[];
}
