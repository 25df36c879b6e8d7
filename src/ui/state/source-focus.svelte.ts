// Which lines of which source document the class page points at: `hover` follows the pointer and
// keyboard focus (a field, an edge, a reason chip, a badge), `pinned` is where a "show in source"
// link scrolled to. The source view highlights both.

import type { Evidence } from '../../domain/model/index.ts';

export interface LineRef {
  file: string;
  lines: number[];
}

export class SourceFocus {
  hover: LineRef | null = $state(null);
  pinned: LineRef | null = $state(null);
  /** Bumped on every pin, so the source view scrolls even to the same line twice. */
  pinCount = $state(0);

  show(ref: LineRef | null): void {
    this.hover = ref && ref.lines.length > 0 ? ref : null;
  }

  clear(): void {
    this.hover = null;
  }

  pin(ref: LineRef): void {
    this.pinned = ref;
    this.pinCount += 1;
  }
}

/** The lines of one file that a set of evidence cites. */
export function evidenceLines(evidence: readonly Evidence[], file: string): number[] {
  return evidence.filter((e) => e.file === file && e.line !== null).map((e) => e.line as number);
}
