// A Svelte action for anything that rests on evidence (an edge, a reason chip, a badge, a field):
// hovering or focusing it shows the evidence popover and highlights the cited source lines; a click
// or Enter keeps the popover open. Escape closes it.

import type { EvidenceContent, EvidencePopoverState } from '../state/evidence.svelte.ts';
import type { SourceFocus } from '../state/source-focus.svelte.ts';

export interface EvidenceTriggerOptions {
  popover: EvidencePopoverState;
  source: SourceFocus;
  content: EvidenceContent;
  /** The file the page's source view shows: lines of evidence from it are highlighted. */
  file: string | null;
  /** Extra lines of `file` to highlight (a field's own lines). */
  lines?: number[];
  /** Open a popover at all (false: only highlight lines). Default true. */
  popup?: boolean;
}

export function evidenceTrigger(node: HTMLElement | SVGElement, initial: EvidenceTriggerOptions) {
  let options = initial;

  const lines = (): number[] => {
    const fromEvidence = options.content.evidence.filter((e) => e.file === options.file && e.line !== null).map((e) => e.line as number);
    return [...new Set([...(options.lines ?? []), ...fromEvidence])];
  };
  const show = (): void => {
    if (options.file) options.source.show({ file: options.file, lines: lines() });
    if (options.popup !== false && !options.popover.sticky) options.popover.open(node, options.content, false);
  };
  const hide = (): void => {
    options.source.clear();
    if (options.popup !== false) options.popover.close(false);
  };
  const pin = (event: Event): void => {
    if (options.popup === false) return;
    event.preventDefault();
    event.stopPropagation();
    options.popover.open(node, options.content, true);
  };
  const key = (event: Event): void => {
    const k = (event as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') pin(event);
  };

  node.addEventListener('mouseenter', show);
  node.addEventListener('mouseleave', hide);
  node.addEventListener('focus', show);
  node.addEventListener('blur', hide);
  node.addEventListener('click', pin);
  if (!(node instanceof HTMLButtonElement)) node.addEventListener('keydown', key);

  return {
    update(next: EvidenceTriggerOptions) {
      options = next;
    },
    destroy() {
      node.removeEventListener('mouseenter', show);
      node.removeEventListener('mouseleave', hide);
      node.removeEventListener('focus', show);
      node.removeEventListener('blur', hide);
      node.removeEventListener('click', pin);
      node.removeEventListener('keydown', key);
    },
  };
}
