// The evidence popover's state: what is shown (a title, the sentences an answer rests on) and the
// element it is anchored to. One popover for the page; opening another replaces it.

import type { Evidence } from '../../domain/model/index.ts';

export interface EvidenceContent {
  title: string;
  /** A sentence or two saying what the evidence shows. */
  summary?: string;
  evidence: Evidence[];
}

export class EvidencePopoverState {
  content: EvidenceContent | null = $state.raw(null);
  anchor: { x: number; y: number; width: number; height: number } | null = $state.raw(null);
  /** True when opened by a click or Enter: it stays until closed; hover popovers follow the pointer. */
  sticky = $state(false);
  /** The element that opened it, to give focus back on close. */
  opener: HTMLElement | SVGElement | null = null;

  open(element: Element, content: EvidenceContent, sticky = false): void {
    const r = element.getBoundingClientRect();
    this.anchor = { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    this.content = content;
    this.sticky = sticky;
    this.opener = element instanceof HTMLElement || element instanceof SVGElement ? element : null;
  }

  /** Closes a hover popover (a sticky one stays until `close(true)`). */
  close(force = false): void {
    if (this.sticky && !force) return;
    this.content = null;
    this.anchor = null;
    this.sticky = false;
  }
}
