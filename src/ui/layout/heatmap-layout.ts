// Layout of the team-gap heatmap: competencies as rows (in the order given: the team-gap query's,
// nobody-covers first), members as columns, a label column on the left with each competency's name
// and its "k of n cover it" line, member headers on top. d3 band scales place the cells; the width
// adapts to the space available, and below a minimum cell width the chart scrolls sideways.
// Pure and synchronous (character counts, not measured text), so Node, jsdom and the browser agree.
// [Reference] ../shared/UI.md "Visual grammar"; ../shared/STYLE.md (d3 computes, Svelte draws).

import { scaleBand, scaleOrdinal } from 'd3';
import { wrapText } from './wrap-text.ts';

export type HeatmapStatus = 'covered' | 'to-raise' | 'missing';

export interface HeatmapInput {
  /** `summary`: "3 of 5 cover it"; `note`: what the target asks ("asks thorough"), on the same line when it fits. */
  rows: { id: string; name: string; summary: string; note?: string }[];
  columns: { id: string; label: string; detail?: string }[];
  /** The width available, in pixels. Default 720. */
  width?: number;
  /** The narrowest a member column gets before the chart scrolls. Default 56. */
  minCellWidth?: number;
  /** The widest a member column gets. Default 120. */
  maxCellWidth?: number;
}

export interface HeatmapRow {
  id: string;
  index: number;
  lines: string[];
  /** The summary (and note) in one or two lines. */
  summaryLines: string[];
  y: number;
  height: number;
}

export interface HeatmapColumn {
  id: string;
  index: number;
  lines: string[];
  x: number;
  width: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  cellWidth: number;
  cellHeight: number;
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  /** Characters of a row label line. */
  labelChars: number;
}

// NOTE: average advance widths of the UI font: 13 px semibold ≈ 7.6 px, 11.5 px ≈ 6.3 px, 11 px ≈ 6 px.
const CHAR = 7.6;
const SMALL_CHAR = 6.3;
const HEAD_CHAR = 6;
const LINE = 16;
const ROW_PAD = 10;
const HEADER_PAD = 12;
const GAP = 3;

export function heatmapLayout(input: HeatmapInput): HeatmapLayout {
  const available = Math.max(280, input.width ?? 720);
  const minCell = input.minCellWidth ?? 56;
  const maxCell = input.maxCellWidth ?? 120;
  const n = Math.max(1, input.columns.length);
  // NOTE: the label column takes about 45 % of a narrow chart (a phone's 326 px → 150 px) and at most 300 px.
  const labelWidth = Math.round(Math.min(300, Math.max(150, available * 0.45)));
  const cellWidth = Math.max(minCell, Math.min(maxCell, Math.floor((available - labelWidth) / n)));
  const labelChars = Math.max(12, Math.floor((labelWidth - 16) / CHAR));
  const smallChars = Math.max(12, Math.floor((labelWidth - 16) / SMALL_CHAR));

  const columnLines = input.columns.map((c) => {
    const chars = Math.max(6, Math.floor((cellWidth - 6) / HEAD_CHAR));
    return [...wrapText(c.label, chars, 2), ...(c.detail ? wrapText(c.detail, chars, 2) : [])];
  });
  const headerLines = Math.max(1, ...columnLines.map((l) => l.length));
  const headerHeight = headerLines * LINE + HEADER_PAD * 2;

  const rowLines = input.rows.map((r) => wrapText(r.name, labelChars, 2));
  const summaryLines = input.rows.map((r) => {
    if (!r.note) return [r.summary];
    const one = `${r.summary} · ${r.note}`;
    return one.length <= smallChars ? [one] : [r.summary, r.note];
  });
  const textLines = Math.max(
    2,
    ...rowLines.map((l, i) => l.length + (summaryLines[i]?.length ?? 1)),
  );
  const cellHeight = Math.max(44, textLines * LINE + ROW_PAD);

  const x = scaleBand<string>()
    .domain(input.columns.map((c) => c.id))
    .range([labelWidth, labelWidth + cellWidth * input.columns.length])
    .paddingInner(GAP / cellWidth);
  const y = scaleBand<string>()
    .domain(input.rows.map((r) => r.id))
    .range([headerHeight, headerHeight + cellHeight * input.rows.length])
    .paddingInner(GAP / cellHeight);

  return {
    width: labelWidth + cellWidth * input.columns.length,
    height: headerHeight + cellHeight * input.rows.length,
    labelWidth,
    headerHeight,
    cellWidth: x.bandwidth(),
    cellHeight: y.bandwidth(),
    labelChars,
    rows: input.rows.map((r, index) => ({
      id: r.id,
      index,
      lines: rowLines[index] ?? [r.name],
      summaryLines: summaryLines[index] ?? [r.summary],
      y: y(r.id) ?? headerHeight,
      height: y.bandwidth(),
    })),
    columns: input.columns.map((c, index) => ({
      id: c.id,
      index,
      lines: columnLines[index] ?? [c.label],
      x: x(c.id) ?? labelWidth,
      width: x.bandwidth(),
    })),
  };
}

export interface StatusStyle {
  /** Fill colour (Okabe–Ito bluish green / orange, light for missing). */
  fill: string;
  /** Stroke colour, darker. */
  stroke: string;
  /** Text colour on the fill. */
  ink: string;
  /** The SVG pattern drawn over the fill, a second cue besides colour; null for none. */
  pattern: 'hatch' | 'cross' | null;
  /** The icon a cell shows. */
  icon: '✓' | '↑' | '✗';
  label: string;
}

/** Status → its look: colour, pattern and icon, so no cell relies on colour alone. */
export const statusStyle = scaleOrdinal<HeatmapStatus, StatusStyle>()
  .domain(['covered', 'to-raise', 'missing'])
  .range([
    {
      fill: '#d5efe5',
      stroke: '#009e73',
      ink: '#00543e',
      pattern: null,
      icon: '✓',
      label: 'Covered',
    },
    {
      fill: '#fde8bd',
      stroke: '#c98a00',
      ink: '#6b4700',
      pattern: 'hatch',
      icon: '↑',
      label: 'To raise',
    },
    {
      fill: '#f4f4f5',
      stroke: '#8a8f96',
      ink: '#3f4349',
      pattern: 'cross',
      icon: '✗',
      label: 'Missing',
    },
  ]);
