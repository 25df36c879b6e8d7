// Test helper: crude extraction of the "Minimum Qualifications" sections of the CalHR corpus pages,
// split per class where a series page lists several, as the spec parser would hand them over.
// [Reference] ../shared/corpus/README.md (calhr/).

import type { SourceLine } from '../../../src/domain/model/index.ts';

export interface CalhrSection {
  file: string;
  /** The class heading the lines sit under, or null for a one-class page. */
  title: string | null;
  lines: SourceLine[];
}

const START = /^Minimum Qualifications\b/;
const STOP =
  /^(?:Knowledges? and Abilities|Knowledge, Skills,? and Abilities|Abilities|Additional Desirable (?:Qualifications?|Characteristics)|Desirable Qualifications|Special Personal (?:Characteristics?|Requirements?)|Special Physical (?:Characteristics|Requirements)|Class History|Drug Testing Requirements?|Felony Disqualification|Peace Officer Standards|Age Limitation|Citizenship Requirements?|Background Investigation|Minimum Age|Age Requirement|Job Characteristics|Alternate Range Criteria|Training Requirement|Typical Tasks|Definition|Knowledge and Ability Requirements|Description of Desirable|CEA Levels Criteria|Special Requirements?|Credential Requirements?|Medical Requirements?|Physical Requirements?|Allocation Guidelines|Allocation Factors|Factors Affecting)\b/;
const PREAMBLE = /^(?:All (?:Levels|Classes|Classifications)|Both Levels)\s*:/i;

/** True when a line is a class title heading inside a series page's qualifications. */
export function isTitleLine(text: string, titles: Set<string>): boolean {
  const t = text.trim();
  return titles.has(t.toLowerCase());
}

/** The class titles a page names in its "Class Titles and Codes" table or first heading. */
export function pageTitles(lines: string[]): Set<string> {
  const titles = new Set<string>();
  const first = lines.find((l) => l.trim() !== '');
  if (first !== undefined) titles.add(first.trim().toLowerCase());
  for (const l of lines) {
    // Table rows: "Title\tSchem code\tClass code…" or "Title\tCode".
    const cells = l.split('\t').map((c) => c.trim());
    if (cells.length >= 2 && cells.some((c) => /^[A-Z0-9]{4}$/.test(c))) {
      for (const c of cells) {
        if (/^[A-Z]/.test(c) && !/^[A-Z0-9]{4}$/.test(c) && c.length > 4) titles.add(c.toLowerCase());
      }
    }
  }
  return titles;
}

/** The minimum-qualification sections of one CalHR page, one per class where it can tell. */
export function extractCalhrSections(file: string, content: string): CalhrSection[] {
  const lines = content.split(/\r\n|\r|\n/);
  const titles = pageTitles(lines);
  const section: SourceLine[] = [];
  let inside = false;
  lines.forEach((text, i) => {
    const t = text.trim();
    if (START.test(t)) {
      inside = true;
      return;
    }
    if (inside && STOP.test(t)) inside = false;
    if (inside && t !== '') section.push({ text, line: i + 1 });
  });
  if (section.length === 0) return [];
  // Split at class-title lines; an "All Levels:" preamble goes to every class.
  const preamble: SourceLine[] = [];
  const out: CalhrSection[] = [];
  let current: CalhrSection | null = null;
  let pendingTitles: string[] = [];
  let inPreamble = false;
  for (const l of section) {
    const t = l.text.trim();
    if (PREAMBLE.test(t)) {
      inPreamble = true;
      const rest = t.replace(PREAMBLE, '').trim();
      if (rest !== '') preamble.push({ text: rest, line: l.line });
      continue;
    }
    if (isTitleLine(t, titles) && titles.size > 1) {
      inPreamble = false;
      if (current !== null && current.lines.length > preamble.length) {
        out.push(current);
        pendingTitles = [];
      }
      pendingTitles.push(t);
      current = { file, title: pendingTitles.join(' / '), lines: [...preamble] };
      continue;
    }
    if (inPreamble) {
      preamble.push(l);
      continue;
    }
    if (current === null) current = { file, title: null, lines: [...preamble] };
    current.lines.push(l);
  }
  if (current !== null && current.lines.length > 0) out.push(current);
  if (out.length === 0 && preamble.length > 0) out.push({ file, title: null, lines: preamble });
  return out;
}
