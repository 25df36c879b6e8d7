// A class-specification document (its text lines) → the job classes it defines, every field of the
// graph-document contract filled, and how much of the document landed in some field.
// [Reference] ../shared/PRODUCT.md "Data contract"; issue 2 "Splitting a document into classes",
// "What each class gets" and "Nothing lost, bad input named".

import type { Diagnostic, Parsed } from '../diagnostics.ts';
import { parseKsas } from '../ksa/parse-ksas.ts';
import {
  foldSpaces,
  type JobClass,
  type Ksa,
  type LineSpan,
  type OtherSection,
  type Qualifications,
  type SourceDocument,
  type SourceLine,
} from '../model/index.ts';
import { parseQualifications } from '../qualifications/parse-qualifications.ts';
import {
  abolitionOf,
  bareRosterKey,
  findClassRoster,
  isIssuerLine,
  isTitleLike,
  parseCodeLine,
  parseLevelHeader,
  rosterKey,
  type ClassRoster,
  type RosterEntry,
} from './find-class-roster.ts';
import { normalizeLines, type LogicalLine } from './normalize-lines.ts';
import { parseHeading, type HeadingMatch, type SectionKind } from './parse-heading.ts';
import type { SeriesTable } from './parse-series-table.ts';
import { romanToNumber, toRoman } from './roman-numerals.ts';
import { slugify } from './slugify.ts';
import { toTitleCase } from './to-title-case.ts';

export interface ParseSpecDocumentOptions {
  /** The document's file name (as it should appear in diagnostics and sources). */
  file: string;
  /** Jurisdiction id the classes belong to ("il-sucss"). */
  jurisdiction: string;
  /** The format the lines were read from ("text", "html", "pdf"…). */
  format: string;
}

export interface ParsedSpecDocument {
  classes: JobClass[];
  document: SourceDocument;
}

type Scope = 'all' | number[];
type SegmentKind = SectionKind | 'preamble';

interface Item {
  text: string;
  /** The text with an inline heading kept ("SUBSTITUTION: Satisfactory…"), for the qualification parser. */
  fullText: string;
  line: LogicalLine;
}

interface Segment {
  kind: SegmentKind;
  label: string;
  scope: Scope;
  items: Item[];
}

interface Section {
  kind: SegmentKind;
  label: string;
}

// ---------------------------------------------------------------------------------------------
// Facts given on their own line.

type FactKey = keyof JobClass['facts'] | 'code' | 'promotionalLine';

const FACT_RULES: { key: FactKey; re: RegExp }[] = [
  {
    key: 'code',
    re: /^(?:class code|position code|class no\.?|class number)\s*:?\s*([A-Z0-9][\w-]{1,9})$/i,
  },
  { key: 'schematicCode', re: /^schem(?:atic)?\s+code\s*:?\s*([A-Z0-9]{2,8})$/i },
  { key: 'established', re: /^(?:series\s+|class\s+)?established\s*:?\s+(.{1,60})$/i },
  { key: 'revised', re: /^revised\s*:\s*(.{1,60})$/i },
  { key: 'titleChanged', re: /^title\s+changed\s*:\s*(.{1,60})$/i },
  { key: 'updated', re: /^updated\s*:\s*(.{1,60})$/i },
  { key: 'effectiveDate', re: /^effective(?:\s+date)?\s*:\s*(.{1,40})$/i },
  { key: 'promotionalLine', re: /^promotional\s+line\s*:?\s*(\S{1,12})$/i },
  { key: 'abolished', re: /^(abolished\b.{0,120})$/i },
];

function parseFact(text: string): { key: FactKey; value: string } | null {
  const t = text.trim();
  for (const rule of FACT_RULES) {
    const m = rule.re.exec(t);
    if (m && m[1]) return { key: rule.key, value: m[1].trim().replace(/\.$/, '') };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small text helpers.

const SHARED_SELECTOR =
  /^(?:all|both|each of the)\s+(?:levels?|classes|classifications|ranges|specialties|positions)\s*:?$/i;
const TYPICALLY = /^(?:an?|the)\s+(.{3,100}?)\s+typically\s*(?:[-–—:]+\s*)?$/i;
const FOOTER = /^[A-Z]:\\\S|\bLast Reviewed\s*:/;
// NOTE: "Agricultural Survey Interviewer Series Specification - Class Titles and Codes" captions the
// table that follows; the table itself carries its content.
const TABLE_CAPTION = /[-–—]\s*class(?:ification)? titles? and codes?$/i;
const KSA_INTRO =
  /^(?:the )?following (?:are|is)\b.*\bappl(?:y|ies)\b|^the following .*\bappl(?:y|ies) to\b/i;
const LIST_MARKER = /^(?:[-–•·▪*]\s+|\d{1,2}[.)]\s+|\(\d{1,2}\)\s+|[a-z][.)]\s+|\([a-z]\)\s+)/;
const DUTY_PREAMBLE =
  /listed below|illustrative|representative examples|do(?:es)? not describe|not all[- ]inclusive|may perform some or all/i;
const NONE = /^(?:none|n\/a|not applicable)\.?$/i;
const MAY_REQUIRE = /^(?:may require|some positions (?:may )?require)|\bmay be required to\b/i;
/** A heading naming licences, registrations or certificates (not "Special Requirements"). */
const LICENCE_HEADING = /^(?:licen[cs]|registration|certificat)/i;

function stripMarker(text: string): string {
  return text.replace(LIST_MARKER, '').trim();
}

function labelOf(text: string): string {
  return toTitleCase(
    text
      .replace(/\s+/g, ' ')
      .replace(/[:*]+$/g, '')
      .trim(),
  );
}

function titleNumeral(title: string): number | null {
  const m = /\b([IVX]{1,4})\b(?=\s*(?:$|\(|,|-|–|\/))/.exec(title);
  return m?.[1] ? romanToNumber(m[1]) : null;
}

function seriesTitleOf(title: string): string {
  return title
    .replace(/\s+\b[IVX]{1,4}\b(?=\s*(?:$|\(|,|-|–|\/))/, '')
    .replace(/\s+(?:consolidated\s+)?series(?:\s+specification)?$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function span(lines: readonly LogicalLine[]): LineSpan | null {
  if (lines.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const l of lines) {
    from = Math.min(from, l.from);
    to = Math.max(to, l.to);
  }
  return [from, to];
}

function sameScope(a: Scope, b: Scope): boolean {
  if (a === 'all' || b === 'all') return a === b;
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

// ---------------------------------------------------------------------------------------------
// The walk: every logical line is a table row, a fact, a heading, a class marker or content.

interface WalkResult {
  segments: Segment[];
  /** Logical-line indices that were used (headings, facts, markers, rows, content). */
  used: Set<number>;
  /** Facts by entry key; 'all' facts under -1. */
  facts: Map<number, Partial<Record<FactKey, string>>>;
  /** Logical-line indices naming each entry (headers, rows, markers). */
  markers: Map<number, number[]>;
}

class DocumentWalker {
  readonly segments: Segment[] = [];
  readonly used = new Set<number>();
  readonly facts = new Map<number, Partial<Record<FactKey, string>>>();
  readonly markers = new Map<number, number[]>();
  private section: Section | null = null;
  private resumeSection: Section | null = null;
  private blockScope: number[] | null = null;
  private subScope: Scope | null = null;
  private lastWasSelector = false;
  private awaitingTarget = false;
  private readonly seen = new Set<number>();
  /** Entries whose block has text of each kind, for lost-heading detection. */
  private readonly blockKinds = new Map<number, Set<SegmentKind>>();
  private readonly exact = new Map<string, RosterEntry>();
  private readonly bare = new Map<string, RosterEntry[]>();
  private readonly specialty = new Map<string, RosterEntry[]>();
  /** The series title's key for isSeriesName, computed on first use. */
  private seriesKey: string | undefined;

  constructor(
    private readonly lines: readonly LogicalLine[],
    private readonly roster: ClassRoster,
    private readonly file: string,
    private readonly diagnostics: Diagnostic[],
  ) {
    for (const e of roster.entries) {
      const key = rosterKey(e.title);
      this.exact.set(key, e);
      const b = bareRosterKey(e.title);
      if (b !== key) this.bare.set(b, [...(this.bare.get(b) ?? []), e]);
      for (const m of key.matchAll(/\(([^)]+)\)/g)) {
        if (m[1]) this.specialty.set(m[1], [...(this.specialty.get(m[1]) ?? []), e]);
      }
    }
  }

  private get single(): boolean {
    return this.roster.entries.length === 1;
  }

  private scope(): Scope {
    return this.subScope ?? this.blockScope ?? 'all';
  }

  private marker(entry: RosterEntry, index: number): void {
    this.markers.set(entry.key, [...(this.markers.get(entry.key) ?? []), index]);
  }

  /** The roster class a line names, or null. */
  matchTitle(text: string): RosterEntry | null {
    const t = text.trim();
    if (t.length > 160 || /[.;]$/.test(t) || t.split(' ').length > 18) return null;
    const key = rosterKey(t);
    if (key === '') return null;
    const exact = this.exact.get(key);
    if (exact) return exact;
    // NOTE: "Research Program Specialist I" names "Research Program Specialist I (Economics)" when
    // no other class of the document has that title before its parenthesis.
    const bare = this.bare.get(key);
    if (bare && bare.length === 1) return bare[0] ?? null;
    // NOTE: "Agriculture" or "(Range Management/Wildlife Ecology) Class" names the one class whose
    // parenthetical specialty it is.
    const spec = this.specialty.get(key.replace(/^\((.*)\)$/, '$1'));
    if (spec && spec.length === 1 && key.length > 2) return spec[0] ?? null;
    // NOTE: a title cut short ("Political Reform Consultant II, Fair Political Practices" for
    // "… Practices Commission") names the one class whose title it begins, when it is most of it.
    if (key.split(' ').length >= 3) {
      const starts = this.roster.entries.filter((e) => {
        const ek = rosterKey(e.title);
        // NOTE: at a word's end: "Staff Services Manager II" does not begin "… Manager III".
        return (
          ek.startsWith(key) &&
          /^(?:$|[ (])/.test(ek.slice(key.length)) &&
          key.length >= 0.7 * ek.length
        );
      });
      if (starts.length === 1) return starts[0] ?? null;
    }
    return null;
  }

  private setFact(fact: { key: FactKey; value: string }): void {
    // The page's footer ("Updated: 6/3/2012") is the whole document's, whatever block it ends.
    const scope = fact.key === 'updated' ? 'all' : this.scope();
    const keys = scope === 'all' ? [-1] : scope;
    for (const k of keys) {
      const f = this.facts.get(k) ?? {};
      f[fact.key] ??= fact.value;
      this.facts.set(k, f);
    }
  }

  private push(kind: SegmentKind, label: string, item: Item): void {
    const scope = this.scope();
    const last = this.segments[this.segments.length - 1];
    if (last && last.kind === kind && last.label === label && sameScope(last.scope, scope)) {
      last.items.push(item);
    } else {
      this.segments.push({ kind, label, scope, items: [item] });
    }
    if (this.blockScope && this.subScope === null) {
      for (const k of this.blockScope) {
        const kinds = this.blockKinds.get(k) ?? new Set<SegmentKind>();
        kinds.add(kind);
        this.blockKinds.set(k, kinds);
      }
    }
  }

  private startBlock(entry: RosterEntry, index: number): void {
    this.blockScope = [entry.key];
    this.subScope = null;
    this.section = { kind: 'summary', label: '' };
    this.seen.add(entry.key);
    this.marker(entry, index);
  }

  private useTable(start: number, table: SeriesTable): number {
    for (const k of table.headerIndices) this.used.add(k);
    for (const row of table.rows) {
      for (const k of row.indices) this.used.add(k);
      const entry = this.matchTitle(row.cells.title ?? '');
      if (table.kind === 'classes') {
        if (entry) for (const k of row.indices) this.marker(entry, k);
        continue;
      }
      // A history table: dates for classes listed elsewhere.
      if (entry) {
        const f = this.facts.get(entry.key) ?? {};
        for (const key of ['established', 'revised', 'titleChanged'] as const) {
          const v = row.cells[key];
          if (v && v !== '--' && v !== '-') f[key] ??= v;
        }
        this.facts.set(entry.key, f);
        for (const k of row.indices) this.marker(entry, k);
      } else {
        const line = this.lines[row.indices[0] ?? start];
        if (line) {
          const text = row.indices.map((k) => this.lines[k]?.text ?? '').join('\t');
          const saved = this.subScope;
          this.subScope = 'all';
          this.push('history', 'Class History', { text, fullText: text, line });
          this.subScope = saved;
        }
      }
    }
    return table.end;
  }

  /** A heading that opens a new class whose own heading was lost in extraction. */
  private isLostHeading(h: HeadingMatch): boolean {
    if (
      h.kind !== 'summary' ||
      h.continued ||
      this.single ||
      !this.blockScope ||
      this.blockScope.length !== 1
    ) {
      return false;
    }
    if (this.subScope !== null) return false;
    const kinds = this.blockKinds.get(this.blockScope[0] ?? -1);
    if (!kinds) return false;
    const hasSummary = kinds.has('summary');
    const hasBody = kinds.has('duties') || kinds.has('ksas') || kinds.has('qualifications');
    return hasSummary && hasBody;
  }

  private resolveLostHeading(index: number): RosterEntry | null {
    const current = this.blockScope?.[0] ?? -1;
    // NOTE: CMS Planner III's "DISTINGUISHING FEATURES OF WORK:" has no class heading; the later
    // page header "SOCIAL SERVICE PROGRAM PLANNER III (continued)" names the class.
    for (let k = index + 1; k < this.lines.length; k += 1) {
      const text = this.lines[k]?.text ?? '';
      const h = parseHeading(text);
      if (h && h.kind === 'summary') break;
      const m = continuedTitle(text);
      if (m && m[1]) {
        const entry = this.matchTitle(m[1]);
        if (entry && !this.seen.has(entry.key)) {
          this.lostNote(
            index,
            entry,
            `the page header "${text}" on line ${this.lines[k]?.from ?? '?'}`,
          );
          return entry;
        }
      }
    }
    const next =
      this.roster.entries.find((e) => e.key > current && !this.seen.has(e.key)) ??
      this.roster.entries.find((e) => !this.seen.has(e.key));
    if (next) {
      this.lostNote(index, next, 'the next class of the series table not yet described');
      return next;
    }
    return null;
  }

  private lostNote(index: number, entry: RosterEntry, how: string): void {
    this.diagnostics.push({
      file: this.file,
      line: this.lines[index]?.from ?? null,
      severity: 'info',
      code: 'lost-heading',
      message: `A class description starts here without its class heading; assigned to "${toTitleCase(entry.title)}" by ${how}.`,
    });
  }

  walk(): WalkResult {
    const { lines } = this;
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (!line) break;
      const table = this.roster.tables.get(i);
      if (table) {
        i = this.useTable(i, table);
        this.lastWasSelector = false;
        continue;
      }
      this.step(i, line);
      i += 1;
    }
    return { segments: this.segments, used: this.used, facts: this.facts, markers: this.markers };
  }

  private step(i: number, line: LogicalLine): void {
    // A lone code right after a class heading was used with the heading.
    if (this.used.has(i)) return;
    const text = line.text.trim();
    if (this.resumeSection) {
      this.section = this.resumeSection;
      this.resumeSection = null;
    }
    const wasSelector = this.lastWasSelector;
    this.lastWasSelector = false;
    const awaiting = this.awaitingTarget;
    this.awaitingTarget = false;
    const inHistory = this.section?.kind === 'history';

    // Document and series titles.
    if (i === this.roster.titleIndex || i === this.roster.seriesTitleIndex) {
      this.used.add(i);
      if (this.single) {
        const entry = this.roster.entries[0];
        if (entry) this.startBlock(entry, i);
      }
      return;
    }
    if (TABLE_CAPTION.test(text)) {
      this.used.add(i);
      return;
    }
    if (isIssuerLine(text)) {
      this.used.add(i);
      this.setFact({ key: 'issuer', value: text });
      return;
    }
    // Document footers ("Y:\CLASPLAN\… Last Reviewed: …") open a history note.
    if (FOOTER.test(text)) {
      this.section = { kind: 'history', label: 'Document History' };
      this.subScope = 'all';
      this.push('history', 'Document History', { text, fullText: text, line });
      this.used.add(i);
      return;
    }
    const fact = parseFact(text);
    if (fact && (!inHistory || fact.key === 'updated')) {
      this.used.add(i);
      if (fact.key === 'code') {
        const entry = this.roster.entries.find((e) => e.code === fact.value);
        if (entry) this.marker(entry, i);
        if (
          entry &&
          !this.single &&
          (this.blockScope?.[0] !== entry.key || this.blockScope.length !== 1)
        ) {
          this.startBlock(entry, i);
        }
        if (!entry && this.single) this.setFact(fact);
        if (!entry && !this.single) this.content(i, line, text);
        return;
      }
      if (fact.key === 'abolished') {
        this.push('note', 'Abolished', { text, fullText: text, line });
      }
      this.setFact(fact);
      return;
    }

    // "X (continued)" page headers: a class name or a heading repeated after a page break.
    const continued = continuedTitle(text);
    if (continued && continued[1]) {
      const entry = this.matchTitle(continued[1]);
      if (entry) {
        this.used.add(i);
        this.marker(entry, i);
        if (!this.single && this.blockScope?.[0] !== entry.key) {
          const saved = this.section;
          this.startBlock(entry, i);
          this.section = saved;
        }
        return;
      }
    }

    const heading = parseHeading(text);
    const typically = heading ? null : TYPICALLY.exec(text);
    if (heading) {
      this.onHeading(i, line, heading);
      return;
    }
    if (typically) {
      this.used.add(i);
      this.section = { kind: 'duties', label: 'Duties' };
      this.subScope = null;
      return;
    }

    if (SHARED_SELECTOR.test(text)) {
      this.used.add(i);
      this.subScope = 'all';
      this.lastWasSelector = true;
      return;
    }

    const level = parseLevelHeader(text);
    let entry = level
      ? (this.matchTitle(level.title) ?? this.byCode(level.code))
      : this.matchTitle(text);
    // NOTE: a title wrapped over two lines ("Aquatic Pest Control … Department of Boating and" +
    // "Waterways") names its class when the two lines read together.
    const next = textAt(this.lines, i + 1);
    if (!entry && !level && !inHistory && next !== null && isTitleLike(text) && isTitleLike(next)) {
      const joined = this.matchTitle(`${text} ${next}`);
      if (joined) {
        this.used.add(i + 1);
        entry = joined;
      }
    }
    if (entry && !inHistory) {
      this.used.add(i);
      if (level || this.isBlockHeader(i)) {
        this.startBlock(entry, i);
        const next = textAt(this.lines, i + 1);
        if (next && /^\d{3,6}$/.test(next) && (entry.code === null || entry.code === next)) {
          this.used.add(i + 1);
          this.marker(entry, i + 1);
        }
      } else if (this.single) {
        this.marker(entry, i);
      } else {
        const scope = this.subScope;
        this.subScope = wasSelector && Array.isArray(scope) ? [...scope, entry.key] : [entry.key];
        this.marker(entry, i);
        this.lastWasSelector = true;
      }
      return;
    }
    const group = inHistory || this.single ? null : this.matchGroup(text);
    if (group) {
      this.used.add(i);
      const scope = this.subScope;
      const keys = group.map((e) => e.key);
      this.subScope = wasSelector && Array.isArray(scope) ? [...scope, ...keys] : keys;
      for (const e of group) this.marker(e, i);
      this.lastWasSelector = true;
      return;
    }
    // "(Range Management/Wildlife Ecology) Class", "Research Program Specialist (Economics) Classes":
    // selectors for a class, or for all of them when they name the series.
    if (
      text.length <= 120 &&
      isTitleLike(text) &&
      (awaiting || /\bclass(?:es)?\)?\s*:?$/i.test(text) || this.isSeriesName(text))
    ) {
      this.used.add(i);
      this.subScope = 'all';
      this.lastWasSelector = true;
      return;
    }

    this.content(i, line, text);
  }

  /** Several classes named at once: "X and Above", "All Levels Except X", "X I and II (Spec)". */
  matchGroup(text: string): RosterEntry[] | null {
    const t = text.replace(/:\s*$/, '').trim();
    if (t.length > 200 || /[.;]$/.test(t)) return null;
    const entries = this.roster.entries;
    let m =
      /^all (?:levels?|classes|classifications|other classes) (above|below|except)\s+(.+)$/i.exec(
        t,
      );
    if (m && m[1] && m[2]) {
      const named = this.matchList(m[2]);
      if (named.length === 0) return null;
      const keys = named.map((e) => e.key);
      const how = m[1].toLowerCase();
      const out = entries.filter((e) =>
        how === 'above'
          ? e.key > Math.max(...keys)
          : how === 'below'
            ? e.key < Math.min(...keys)
            : !keys.includes(e.key),
      );
      return out.length > 0 ? out : null;
    }
    m = /^(.+?)\s+(?:levels?\s+)?and (above|higher|below|lower)$/i.exec(t);
    if (m && m[1] && m[2]) {
      const named = this.matchTitle(m[1]);
      if (!named) return null;
      const up = /above|higher/i.test(m[2]);
      return entries.filter((e) => (up ? e.key >= named.key : e.key <= named.key));
    }
    // NOTE: "Energy Commission Specialist II and III (Forecasting)" → the II and III classes.
    m = /^(.+?)\s+((?:[IVX]{1,4}\s*(?:,|and|&|through|to|-|–)\s*)+[IVX]{1,4})(\s*\(.*\))?$/.exec(t);
    if (m && m[1] && m[2]) {
      const numerals = m[2].split(/\s*(?:,|and|&|through|to|-|–)\s*/).filter((x) => x !== '');
      const values = numerals.map((n) => romanToNumber(n) ?? 0);
      const range = /through|to|-|–/.test(m[2]) && values.length === 2;
      const wanted = range
        ? Array.from(
            { length: Math.max(0, (values[1] ?? 0) - (values[0] ?? 0) + 1) },
            (_, k) => (values[0] ?? 0) + k,
          )
        : values;
      const found = wanted
        .map((v) => this.matchTitle(`${m?.[1] ?? ''} ${toRoman(v)}${m?.[3] ?? ''}`))
        .filter((e): e is RosterEntry => e !== null);
      return found.length >= 2 ? found : null;
    }
    // NOTE: "SPECIALIST IN ..., CALIFORNIA COMMUNITY COLLEGES (15 classes)" names every class
    // whose title begins and ends so.
    const elided = this.matchElided(t);
    if (elided) return elided;
    // NOTE: "Research Program Specialist I" heading the level's part of a section names every
    // "Research Program Specialist I (…)" class of the document when there are several.
    const bare = this.bare.get(rosterKey(t));
    if (bare && bare.length > 1) return bare;
    return this.matchFamily(t);
  }

  /** Classes a title with an ellipsis for its middle names: "Administrator For. . ., X (5 Classes)". */
  private matchElided(text: string): RosterEntry[] | null {
    const parts = text.replace(/\s*\(\d+ classe?s?\)\s*$/i, '').split(/\s*(?:\.\s*\.\s*\.|…)\s*/);
    if (parts.length !== 2) return null;
    const head = rosterKey(parts[0] ?? '');
    const tail = rosterKey((parts[1] ?? '').replace(/^[,\s]+/, ''));
    if (head === '' || head.split(' ').length + tail.split(' ').length < 2) return null;
    const found = this.roster.entries.filter((e) => {
      const key = rosterKey(e.title);
      // NOTE: "… Californiacommunity Colleges": the words' spacing aside.
      return key.startsWith(`${head} `) && key.replace(/ /g, '').endsWith(tail.replace(/ /g, ''));
    });
    return found.length > 0 ? found : null;
  }

  /**
   * Classes named by a family title: "Office Services Supervisor I (Various Classes)" → every
   * "Office Services Supervisor I (…)"; "Office Services Supervisor I (General) (Typing)" → the I
   * (General) and I (Typing) classes; "Office Services Supervisor (Typing)" → every (Typing) level.
   */
  private matchFamily(text: string): RosterEntry[] | null {
    if (!text.includes('(')) return null;
    const key = rosterKey(text);
    const parens = [...key.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    // "Health Education Consultant III (Specialist) and (Supervisor)": both.
    const bare = bareRosterKey(text).replace(/(?:\s+(?:and|or))+$/, '');
    if (parens.length === 0 || bare === '') return null;
    const various = parens.some((p) => /^various\b/.test(p));
    const stripNumeral = (b: string) => b.replace(/\s+[ivx]{1,4}$/, '');
    const anyLevel = stripNumeral(bare) === bare;
    const found = this.roster.entries.filter((e) => {
      const ek = rosterKey(e.title);
      const eb = bareRosterKey(e.title);
      if (eb !== bare && !(anyLevel && stripNumeral(eb) === bare)) return false;
      if (various) return true;
      return [...ek.matchAll(/\(([^)]*)\)/g)].some((m) => parens.includes(m[1] ?? ''));
    });
    return found.length > 0 ? found : null;
  }

  /** "A, B and C" → the classes named, or [] when one of them is unknown. */
  private matchList(text: string): RosterEntry[] {
    const whole = this.matchTitle(text);
    if (whole) return [whole];
    const parts = text.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((p) => p !== '');
    const found = parts.map((p) => this.matchTitle(p));
    return found.every((e) => e !== null) ? (found as RosterEntry[]) : [];
  }

  /** The series' own name ("Consumer Liaison Officer (Various Classes)"): a selector for all classes. */
  private isSeriesName(text: string): boolean {
    const series = this.roster.seriesTitle;
    if (series === null) return false;
    this.seriesKey ??= seriesKeyOf(series);
    return seriesKeyOf(text) === this.seriesKey;
  }

  private byCode(code: string | null): RosterEntry | null {
    return code === null ? null : (this.roster.entries.find((e) => e.code === code) ?? null);
  }

  /** A class title line that opens the class's own block rather than a subsection of a section. */
  private isBlockHeader(i: number): boolean {
    if (this.section === null) return true;
    const next = this.lines[i + 1]?.text ?? '';
    if (parseCodeLine(next) !== null || /^\d{3,6}$/.test(next.trim())) return true;
    const h = parseHeading(next);
    return h !== null && (h.kind === 'summary' || h.kind === 'duties') && h.target === null;
  }

  private onHeading(i: number, line: LogicalLine, h: HeadingMatch): void {
    this.used.add(i);
    if (h.continued && this.section?.kind === h.kind) return;
    // "License: Possession of the legal requirements for the practice of medicine …" inside the
    // minimum qualifications is one of them, and so is what follows it ("Experience … Either 1.");
    // a licence heading after them starts special requirements.
    if (
      h.kind === 'special-requirements' &&
      this.section?.kind === 'qualifications' &&
      h.target === null &&
      LICENCE_HEADING.test(h.label)
    ) {
      if (h.rest !== '') this.content(i, line, line.text);
      return;
    }
    if (this.isLostHeading(h)) {
      const entry = this.resolveLostHeading(i);
      if (entry) this.startBlock(entry, i);
    }
    let kind: SegmentKind = h.kind;
    this.subScope = null;
    if (h.target !== null) {
      if (h.target === '') {
        this.awaitingTarget = true;
      } else {
        const entry = this.matchTitle(h.target);
        const group = entry ? null : this.matchGroup(h.target);
        if (entry) {
          this.subScope = [entry.key];
          this.marker(entry, i);
          if (kind === 'series') kind = 'summary';
        } else if (group) {
          this.subScope = group.map((e) => e.key);
          if (kind === 'series' && group.length < this.roster.entries.length) kind = 'summary';
        } else {
          this.subScope = this.blockScope ? null : 'all';
        }
      }
    }
    const level = h.rest !== '' ? parseLevelHeader(h.rest) : null;
    if (level) {
      const entry = this.matchTitle(level.title) ?? this.byCode(level.code);
      if (entry) {
        this.startBlock(entry, i);
        this.section = { kind, label: h.label };
        return;
      }
    }
    const section: Section = { kind, label: h.label };
    // "Additional Desirable Qualification: Experience in a responsible lead capacity." between the
    // minimum qualifications of two classes is a note of its own paragraph: the qualifications go on.
    const asideInQualifications =
      kind === 'note' && h.rest !== '' && this.section?.kind === 'qualifications';
    if (h.paragraphOnly || asideInQualifications) {
      this.resumeSection = this.section;
      this.section = section;
    } else {
      this.section = section;
    }
    if (h.rest === '') return;
    if (kind === 'duties' && DUTY_PREAMBLE.test(h.rest)) {
      this.push('note', labelOf(h.label), { text: h.rest, fullText: line.text, line });
      return;
    }
    this.contentItem(kind, h.label, { text: h.rest, fullText: line.text, line });
  }

  private content(i: number, line: LogicalLine, text: string): void {
    this.used.add(i);
    const section = this.section ?? { kind: 'preamble' as const, label: 'Introduction' };
    this.contentItem(section.kind, section.label, { text, fullText: text, line });
  }

  private contentItem(kind: SegmentKind, label: string, item: Item): void {
    // NOTE: in a KSA list, "May require a valid appropriate driver's license and the ability to
    // travel." is a (conditional) special requirement, not a KSA.
    if (kind === 'ksas' && MAY_REQUIRE.test(item.text) && !/^requires\b/i.test(item.text)) {
      this.push('special-requirements', 'Special Requirements', item);
      return;
    }
    // NOTE: "Following are the technical competencies that apply to each classification …" introduces
    // the list; it is kept as a note rather than read as a competency.
    if (kind === 'ksas' && KSA_INTRO.test(item.text)) {
      this.push('note', label, item);
      return;
    }
    this.push(kind, label, item);
  }
}

/** "Consumer Liaison Officer Series Specification" → "consumer liaison officer". */
function seriesKeyOf(text: string): string {
  return rosterKey(text).replace(/\s*\b(?:consolidated )?series(?: specification)?$/, '');
}

const CONTINUED = /^(.*?)\s*\((?:continued|cont'?d\.?)\)\s*$/i;

/**
 * "SOCIAL SERVICE PROGRAM PLANNER III (continued)" → a match whose [1] is the title, or null.
 * NOTE: only a line ending in ")" can match, so the others skip the backtracking pattern.
 */
function continuedTitle(text: string): RegExpExecArray | null {
  return text.trimEnd().endsWith(')') ? CONTINUED.exec(text) : null;
}

function textAt(all: readonly LogicalLine[], index: number): string | null {
  return all[index]?.text.trim() ?? null;
}

// ---------------------------------------------------------------------------------------------
// Building the classes.

interface BuildContext {
  options: ParseSpecDocumentOptions;
  roster: ClassRoster;
  walk: WalkResult;
  allLines: readonly LogicalLine[];
  diagnostics: Diagnostic[];
}

function computeLevels(
  entries: readonly RosterEntry[],
  titles: readonly string[],
): (number | null)[] {
  if (entries.length === 1) return [titleNumeral(titles[0] ?? '')];
  const explicit = entries.map((e) => e.explicitLevel);
  if (explicit.every((l) => l !== null) && new Set(explicit).size === explicit.length) {
    const sorted = [...explicit].sort((a, b) => (a ?? 0) - (b ?? 0));
    return explicit.map((l) => sorted.indexOf(l) + 1);
  }
  const bases = titles.map(bareRosterKey);
  const order: string[] = [];
  for (const b of bases) if (!order.includes(b)) order.push(b);
  // NOTE: a table listing "… III", "… II", "… I" (highest first) is read lowest first.
  const numerals = order
    .map((b) => titleNumeral(titles[bases.indexOf(b)] ?? ''))
    .filter((n) => n !== null);
  if (numerals.length >= 2 && numerals.every((n, k) => k === 0 || n < (numerals[k - 1] ?? 0)))
    order.reverse();
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  // NOTE: parallel classes at one level ("Supervising Veterinarian (General)" and "(Meat
  // Inspection)") get no level; the others keep their rung among the distinct titles.
  return bases.map((b) => ((counts.get(b) ?? 0) > 1 ? null : order.indexOf(b) + 1));
}

/**
 * The class whose title is `entry`'s without its parenthetical specialty ("Research Program
 * Specialist I" for "Research Program Specialist I (Fire and Fuels)"), when the document has one.
 */
function levelClassOf(entries: readonly RosterEntry[], entry: RosterEntry): RosterEntry | null {
  if (!entry.title.includes('(')) return null;
  const bare = bareRosterKey(entry.title);
  return entries.find((e) => e !== entry && rosterKey(e.title) === bare) ?? null;
}

const ALL_OF_THE_ABOVE = /\ball of the above\b/i;

/**
 * KSAs a class takes from the class described before it: CalHR subsections that say "Knowledge of:
 * All of the above, and …" ask for the previous class's knowledge too.
 * NOTE: "Air Pollution Specialist" / "Knowledge of: Engineering, physics…" then "Staff Air Pollution
 * Specialist" / "Knowledge of: All of the above, and research techniques…" → the Staff class gets
 * both lines (the earlier first).
 */
function inheritKsas(segments: readonly Segment[], single: boolean): Map<number, Item[]> {
  const inherited = new Map<number, Item[]>();
  if (single) return inherited;
  const own = new Map<number, Item[]>();
  const order: number[] = [];
  for (const s of segments) {
    if (s.kind !== 'ksas' || s.scope === 'all' || s.scope.length !== 1) continue;
    const key = s.scope[0] ?? -1;
    if (!own.has(key)) order.push(key);
    own.set(key, [...(own.get(key) ?? []), ...s.items]);
  }
  for (let k = 1; k < order.length; k += 1) {
    const key = order[k] ?? -1;
    const prev = order[k - 1] ?? -1;
    if (!(own.get(key) ?? []).some((it) => ALL_OF_THE_ABOVE.test(it.text))) continue;
    inherited.set(key, [...(inherited.get(prev) ?? []), ...(own.get(prev) ?? [])]);
  }
  return inherited;
}

/**
 * `parse()` for the first class of a document with this input, the same value (its diagnostics
 * copied to name this class) for the next ones. A null key (a one-class document) just parses.
 * NOTE: the classes of a series often share their KSA or qualification text word for word (the
 * CalHR corpus has 558 repeated KSA and 330 repeated qualification sections in 2,730 classes).
 * The classes then share one value, as they share one text: nothing changes a parsed value once it
 * is built (a class's qualifications object is its own copy, for its own `lines`).
 */
function sameParse<T>(
  cache: Map<string, Parsed<T>>,
  key: string | null,
  classId: string,
  parse: () => Parsed<T>,
): Parsed<T> {
  if (key === null) return parse();
  const seen = cache.get(key);
  if (seen === undefined) {
    const parsed = parse();
    cache.set(key, parsed);
    return parsed;
  }
  return {
    value: seen.value,
    diagnostics: seen.diagnostics.map((d) =>
      d.classId === undefined ? { ...d } : { ...d, classId },
    ),
  };
}

function buildClasses(ctx: BuildContext): JobClass[] {
  const { options, roster, walk, diagnostics } = ctx;
  const { file, jurisdiction } = options;
  const single = roster.entries.length === 1;
  const titles = roster.entries.map((e) => toTitleCase(e.title));
  const levels = computeLevels(roster.entries, titles);
  const sharedFacts = walk.facts.get(-1) ?? {};
  const seriesTitle = roster.seriesTitle ? toTitleCase(seriesTitleOf(roster.seriesTitle)) : null;
  const usedIds = new Set<string>();
  const inheritedKsas = inheritKsas(walk.segments, single);
  const ksaCache = new Map<string, Parsed<Ksa[]>>();
  const qualCache = new Map<string, Parsed<Qualifications>>();
  // Each table row's lines, by its first line.
  const rowAt = new Map<number, number[]>();
  for (const table of roster.tables.values()) {
    for (const row of table.rows)
      if (row.indices[0] !== undefined) rowAt.set(row.indices[0], row.indices);
  }

  return roster.entries.map((entry, n) => {
    const title = titles[n] ?? entry.title;
    const own = walk.facts.get(entry.key) ?? {};
    const facts: Partial<Record<FactKey, string>> = { ...sharedFacts, ...entry.facts, ...own };
    const code = entry.code ?? facts.code ?? null;
    let id =
      code !== null ? `${jurisdiction}:${code}` : `${jurisdiction}:${slugify(title) || 'class'}`;
    if (usedIds.has(id)) {
      let k = 2;
      while (usedIds.has(`${id}-${k}`)) k += 1;
      diagnostics.push({
        file,
        line: null,
        severity: 'warning',
        code: 'duplicate-class',
        message: `Two classes of this document have the id "${id}"; the second is "${id}-${k}".`,
      });
      id = `${id}-${k}`;
    }
    usedIds.add(id);

    const isOwn = (s: Segment) => s.scope !== 'all' && s.scope.includes(entry.key);
    const applies = (s: Segment) => single || s.scope === 'all' || s.scope.includes(entry.key);
    const mine = walk.segments.filter(applies);
    const ofKind = (...kinds: SegmentKind[]) => mine.filter((s) => kinds.includes(s.kind));
    const itemsOf = (segs: Segment[]) => segs.flatMap((s) => s.items);

    // Summary: the class's own description; the shared one when it has none.
    const notes: OtherSection[] = [];
    let summarySegs = mine.filter(
      (s) => (single || isOwn(s)) && (s.kind === 'summary' || s.kind === 'levels'),
    );
    const sharedSummary = mine.filter((s) => !single && !isOwn(s) && s.kind === 'summary');
    let preambleAsSummary = false;
    if (summarySegs.length === 0) summarySegs = sharedSummary;
    if (summarySegs.length === 0) {
      summarySegs = mine.filter((s) => s.kind === 'series');
      if (summarySegs.length === 0 && single) {
        summarySegs = mine.filter((s) => s.kind === 'preamble');
        preambleAsSummary = summarySegs.length > 0;
      }
    }
    const summaryItems = itemsOf(summarySegs);
    const summary = summaryItems.map((it) => it.text).join('\n');

    const duties: string[] = [];
    const dutyLines: number[] = [];
    for (const it of itemsOf(ofKind('duties'))) {
      const parts = stripMarker(it.text)
        .split(/;\s+(?=[A-Z][a-z]+s\b)/)
        .map((p) => p.trim().replace(/;$/, ''))
        .filter((p) => p !== '');
      for (const p of parts) {
        duties.push(p);
        dutyLines.push(it.line.from);
      }
    }

    const specialItems = itemsOf(ofKind('special-requirements'));
    const specialRequirements: string[] = [];
    const specialLines: number[] = [];
    for (const it of specialItems) {
      const t = stripMarker(it.text);
      if (NONE.test(t)) continue;
      specialRequirements.push(t);
      specialLines.push(it.line.from);
    }
    const toSource = (it: Item): SourceLine => ({ text: it.fullText, line: it.line.from });

    const ksaItems = [...(inheritedKsas.get(entry.key) ?? []), ...itemsOf(ofKind('ksas'))];
    const ksaLines = ksaItems.map((it) => ({ text: it.text, line: it.line.from }));
    const ksaParsed = sameParse(ksaCache, single ? null : JSON.stringify(ksaLines), id, () =>
      parseKsas(ksaLines, { file, classId: id }),
    );
    diagnostics.push(...ksaParsed.diagnostics);
    let qualItems = itemsOf(ofKind('qualifications'));
    const level = qualItems.length === 0 && !single ? levelClassOf(roster.entries, entry) : null;
    if (level !== null) {
      // "Research Program Specialist I (Fire and Fuels)" with no minimum qualifications of its
      // own: those stated for "Research Program Specialist I", the level, are its too.
      qualItems = itemsOf(
        walk.segments.filter(
          (s) => s.kind === 'qualifications' && s.scope !== 'all' && s.scope.includes(level.key),
        ),
      );
      const at = span(qualItems.map((it) => it.line));
      if (qualItems.length > 0)
        diagnostics.push({
          file,
          line: at?.[0] ?? null,
          severity: 'info',
          code: 'shared-qualifications',
          message: `"${title}" states no minimum qualifications of its own; those of "${toTitleCase(level.title)}"${at === null ? '' : ` (lines ${String(at[0])}–${String(at[1])})`} are taken as its.`,
          classId: id,
        });
    }
    const qualLines = qualItems.map(toSource);
    const specialSource = specialItems.map(toSource);
    const qualParsed = sameParse(
      qualCache,
      single ? null : JSON.stringify([qualLines, specialSource]),
      id,
      () =>
        parseQualifications(qualLines, { file, classId: id, specialRequirements: specialSource }),
    );
    diagnostics.push(...qualParsed.diagnostics);
    const qualifications = { ...qualParsed.value };
    if (qualifications.lines === null) qualifications.lines = span(qualItems.map((it) => it.line));
    if (qualItems.length === 0) {
      diagnostics.push({
        file,
        line: null,
        severity: 'info',
        code: 'no-qualifications',
        message: `"${title}" has no minimum-qualification text.`,
        classId: id,
      });
    }
    if (ksaParsed.value.length === 0) {
      diagnostics.push({
        file,
        line: null,
        severity: 'info',
        code: 'no-ksas',
        message: `"${title}" lists no knowledge, skills or abilities.`,
        classId: id,
      });
    }

    // Everything else is kept whole as notes, in document order.
    const usedAsSummary = new Set(summarySegs);
    for (const s of mine) {
      if (usedAsSummary.has(s)) continue;
      const noteKinds: SegmentKind[] = [
        'note',
        'history',
        'series',
        'levels',
        'summary',
        'preamble',
      ];
      if (!noteKinds.includes(s.kind)) continue;
      if (s.kind === 'preamble' && preambleAsSummary) continue;
      const lines = span(s.items.map((it) => it.line));
      if (!lines) continue;
      notes.push({
        heading:
          s.label !== ''
            ? labelOf(s.label)
            : s.kind === 'preamble'
              ? 'Introduction'
              : labelOf(s.kind),
        text: s.items.map((it) => it.text).join('\n'),
        lines,
      });
    }

    // Where the class is in the document.
    const ownLines: LogicalLine[] = [];
    const markerIdx = [...entry.indices, ...(walk.markers.get(entry.key) ?? [])];
    for (const k of markerIdx) {
      const l = ctx.allLines[k];
      if (l) ownLines.push(l);
    }
    for (const s of mine) if (single || isOwn(s)) for (const it of s.items) ownLines.push(it.line);
    const sourceSpan = (single ? span(ctx.allLines) : span(ownLines)) ??
      span(ctx.allLines) ?? [1, 1];

    const abolished = facts.abolished ?? abolitionOf(entry.title) ?? undefined;
    const outFacts: JobClass['facts'] = {};
    for (const key of [
      'schematicCode',
      'occupationalArea',
      'workArea',
      'probation',
      'effectiveDate',
      'lastAction',
      'established',
      'revised',
      'titleChanged',
      'updated',
      'issuer',
    ] as const) {
      const v = facts[key];
      if (v !== undefined) outFacts[key] = v;
    }
    if (abolished) outFacts.abolished = abolished;

    const seriesName = seriesTitle ?? seriesTitleOf(title);
    const cls: JobClass = {
      id,
      jurisdiction,
      code,
      title,
      series: {
        id: `${jurisdiction}:${slugify(seriesName) || 'series'}`,
        title: seriesName,
        level: levels[n] ?? null,
        promotionalLine: facts.promotionalLine ?? null,
      },
      summary,
      duties,
      ksas: ksaParsed.value,
      qualifications,
      specialRequirements,
      source: { file, lines: sourceSpan },
      facts: outFacts,
      lineOf: {
        summary: span(summaryItems.map((it) => it.line)),
        duties: dutyLines,
        specialRequirements: specialLines,
      },
      notes,
    };
    // The first line that names the class: its table row, level heading or the title line. A row
    // whose cells stand on lines of their own ("PS45", "6544", "Electrician I …") is read whole.
    const first = entry.indices[0];
    const named = first !== undefined ? ctx.allLines[first] : undefined;
    if (first !== undefined && named) {
      const row = rowAt.get(first) ?? [first];
      const text = row.map((k) => ctx.allLines[k]?.text ?? '').join(' ');
      cls.namedAt = { text: foldSpaces(text), line: named.from };
    }
    return cls;
  });
}

// ---------------------------------------------------------------------------------------------

function countContent(raw: readonly string[]): number {
  let n = 0;
  for (const l of raw) if (l.replace(/[\s\u200b\ufeff]|\*\*|<\/?u>/g, '') !== '') n += 1;
  return n;
}

function emptyDocument(raw: readonly string[], options: ParseSpecDocumentOptions): SourceDocument {
  return {
    file: options.file,
    jurisdiction: options.jurisdiction,
    format: options.format,
    lineCount: raw.length,
    placedLines: 0,
    contentLines: countContent(raw),
    classIds: [],
  };
}

function parseUnsafe(
  raw: readonly string[],
  options: ParseSpecDocumentOptions,
): Parsed<ParsedSpecDocument> {
  const diagnostics: Diagnostic[] = [];
  const normalized = normalizeLines(raw, {
    file: options.file,
    isHeading: (t) => parseHeading(t)?.rest === '',
  });
  diagnostics.push(...normalized.diagnostics);
  const { lines: logical, artefacts } = normalized.value;
  if (logical.length === 0) {
    diagnostics.push({
      file: options.file,
      line: null,
      severity: 'warning',
      code: 'no-classes',
      message: `${options.file} has no text, so no class could be read from it.`,
    });
    return { value: { classes: [], document: emptyDocument(raw, options) }, diagnostics };
  }

  const roster = findClassRoster(logical);
  if (roster.untitled) {
    diagnostics.push({
      file: options.file,
      line: logical[0]?.from ?? null,
      severity: 'warning',
      code: 'no-title',
      message: `No class title found; the class is called "${roster.entries[0]?.title ?? ''}".`,
    });
  }
  const walker = new DocumentWalker(logical, roster, options.file, diagnostics);
  const walk = walker.walk();
  const classes = buildClasses({ options, roster, walk, allLines: logical, diagnostics });

  // Placement: source lines of every used logical line, plus recognised page headers.
  const placed = new Set<number>();
  for (const k of walk.used) for (const n of logical[k]?.lines ?? []) placed.add(n);
  for (const a of artefacts) placed.add(a.line);
  for (let k = 0; k < logical.length; k += 1) {
    if (walk.used.has(k)) continue;
    const l = logical[k];
    if (!l) continue;
    diagnostics.push({
      file: options.file,
      line: l.from,
      severity: 'warning',
      code: 'unplaced-text',
      message: `Text on line ${l.from} fits no field of any class.`,
      text: l.text,
    });
  }
  const document: SourceDocument = {
    file: options.file,
    jurisdiction: options.jurisdiction,
    format: options.format,
    lineCount: raw.length,
    placedLines: placed.size,
    contentLines: normalized.value.contentLines,
    classIds: classes.map((c) => c.id),
  };
  return { value: { classes, document }, diagnostics };
}

/**
 * Parses one document's lines into its job classes. Never throws: malformed input and internal
 * failures come back as diagnostics (an internal failure keeps the lines as 'unplaced-text').
 */
export function parseSpecDocument(
  lines: readonly string[],
  options: ParseSpecDocumentOptions,
): Parsed<ParsedSpecDocument> {
  try {
    return parseUnsafe(lines, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const diagnostics: Diagnostic[] = [
      {
        file: options.file,
        line: null,
        severity: 'error',
        code: 'unreadable-file',
        message: `${options.file} could not be split into classes (${message}); its text is kept below.`,
      },
    ];
    lines.forEach((text, k) => {
      if (text.trim() === '') return;
      diagnostics.push({
        file: options.file,
        line: k + 1,
        severity: 'warning',
        code: 'unplaced-text',
        message: `Text on line ${k + 1} fits no field of any class.`,
        text,
      });
    });
    return { value: { classes: [], document: emptyDocument(lines, options) }, diagnostics };
  }
}
