// Canonical form of a class title, for matching the titles qualification clauses name against the
// classes of a jurisdiction.
// [Reference] ../shared/PRODUCT.md "promotion" ("performing the duties of a X").
// NOTE: "an Associate Agricultural Economist, " → "associate agricultural economist";
// "the Medical Social Consultant level" → "medical social consultant";
// "SOCIAL SERVICE PROGRAM PLANNER I" → "social service program planner i";
// "Instrument & Efficiency Engineer" → "instrument and efficiency engineer".

const LEADING = /^(?:a|an|the)\s+/;
const TRAILING_LEVEL = /\s+(?:level|class|classification|position)$/;

export function normalizeTitle(title: string): string {
  let t = title
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[^a-z0-9()'/&,\- ]+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,\- ]+$/, '');
  t = t.replace(LEADING, '');
  t = t.replace(TRAILING_LEVEL, '');
  return t.trim();
}
