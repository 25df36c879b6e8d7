// The profile assumed for someone who holds a class when no profile is given: they meet the class's
// own minimum (its least education, with that route's field, and its required licences) and have
// the stated months in it.
// [Reference] issue 3 "Queries" (nextRoles without a profile; teamGap members given as class + months).
// NOTE: Medical Social Associate, 30 months → bachelor's in "social or behavioral science or related
// health specialty", no licences, experience [{ il-sucss:4260, 30 }].

import { educationRank, type JobClass, type Profile } from '../model/index.ts';

export function buildDefaultProfile(cls: JobClass, months = 0): Profile {
  let education: Profile['education'] = {
    level: cls.qualifications.minEducation ?? 'none',
    field: null,
  };
  let best = Infinity;
  for (const route of cls.qualifications.routes) {
    if (route.equivalentCombination || !route.education) continue;
    const rank = educationRank(route.education.level);
    if (rank < best) {
      best = rank;
      education = { level: route.education.level, field: route.education.field };
    }
  }
  return {
    education,
    credits: [],
    experience: [{ classId: cls.id, months }],
    licenses: [...cls.qualifications.licenses],
  };
}
