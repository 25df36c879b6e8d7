// Saved web pages (and mammoth's DOCX HTML) → text lines that keep the block structure.
// [Reference] HTML Living Standard §4 (sectioning, grouping and tabular content; the `hidden`
// attribute); issue 2 "Reading documents": drop navigation, scripts and styles, keep headings and lists.

import { Parser } from 'htmlparser2';
import { foldSpaces } from '../../model/index.ts';
import { toRoman } from '../roman-numerals.ts';

/** Elements whose whole content is dropped: page chrome, code, forms and embedded content. */
const DROPPED = new Set([
  'head',
  'title',
  'nav',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'svg',
  'iframe',
  'object',
  'canvas',
]);

/** Elements whose start and end break the line. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Blocks followed by a blank line (paragraph-like), unless inside a list item or a table cell. */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
]);

interface ListState {
  ordered: boolean;
  style: 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';
  next: number;
}

interface Frame {
  name: string;
  dropped: boolean;
}

/**
 * Converts HTML to lines of text. Never throws.
 * - nav, aside, script, style, noscript, template, form, head, title and hidden elements (`hidden`,
 *   `aria-hidden="true"`, `display:none`, `visibility:hidden`) are dropped; so are header and footer
 *   unless they sit inside an article, main or section (there they hold the content's own heading).
 * - Every block element starts a new line; paragraphs, headings, lists and tables end with a blank line.
 * - `<li>` becomes "- item" in a `<ul>`, "1. item" in an `<ol>` (letters or roman numerals for
 *   `type="a"`, `type="i"` or an `…Alpha`/`…Roman` class). `<tr>` becomes its cells joined by tabs.
 * - Entities are decoded; runs of whitespace (non-breaking spaces included) collapse to one space.
 */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const stack: Frame[] = [];
  const lists: ListState[] = [];
  let text = '';
  /** List markers waiting for their item's first text ("1. " then "A. " for a list nested at once). */
  let pendingMarker = '';
  let preDepth = 0;
  let liDepth = 0;
  /** Cells of the table row being read (outermost table only), or null outside a row. */
  let row: string[] | null = null;
  let cell: string | null = null;
  let nestedTableDepth = 0;

  const dropped = (): boolean => stack.length > 0 && (stack[stack.length - 1]?.dropped ?? false);
  const inside = (...names: string[]): boolean => stack.some((f) => names.includes(f.name));

  const pushLine = (line: string): void => {
    if (line === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      return;
    }
    lines.push(line);
  };

  const flush = (): void => {
    const collapsed = collapse(text);
    text = '';
    if (collapsed === '') return;
    pushLine(pendingMarker + collapsed);
    pendingMarker = '';
  };

  const append = (chunk: string): void => {
    if (cell !== null) cell += chunk;
    else text += chunk;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const drop =
          dropped() ||
          DROPPED.has(name) ||
          ((name === 'header' || name === 'footer') && !inside('article', 'main', 'section')) ||
          isHidden(attribs);
        stack.push({ name, dropped: drop });
        if (drop) return;
        if (cell !== null) {
          // NOTE: blocks inside a table cell stay in the cell: <td><p>a</p><p>b</p></td> → "a b".
          if (name === 'table') nestedTableDepth += 1;
          if (BLOCKS.has(name) || name === 'br' || name === 'td' || name === 'th') cell += ' ';
          return;
        }
        if (name === 'tr') {
          flush();
          row = [];
          return;
        }
        if ((name === 'td' || name === 'th') && row !== null) {
          cell = '';
          return;
        }
        if (name === 'br') {
          flush();
          return;
        }
        if (name === 'pre') preDepth += 1;
        if (BLOCKS.has(name)) flush();
        if (name === 'ul' || name === 'ol') {
          lists.push(listState(name, attribs));
        } else if (name === 'li') {
          liDepth += 1;
          const list = lists[lists.length - 1];
          const marker = list === undefined ? '- ' : listMarker(list);
          pendingMarker += marker;
        }
      },
      ontext(data) {
        if (dropped()) return;
        if (preDepth > 0 && cell === null) {
          const parts = data.split(/\r\n|\r|\n/);
          parts.forEach((part, i) => {
            if (i > 0) flush();
            append(part);
          });
          return;
        }
        append(data);
      },
      onclosetag(name) {
        // Pop to the matching frame; htmlparser2 reports implied closes, so frames stay balanced.
        const index = stack.map((f) => f.name).lastIndexOf(name);
        if (index < 0) return;
        const frame = stack[index];
        stack.length = index;
        if (frame === undefined || frame.dropped) return;
        if (cell !== null && nestedTableDepth > 0) {
          if (name === 'table') nestedTableDepth -= 1;
          cell += ' ';
          return;
        }
        if ((name === 'td' || name === 'th') && cell !== null) {
          row?.push(collapse(cell));
          cell = null;
          return;
        }
        if (cell !== null) {
          if (BLOCKS.has(name)) cell += ' ';
          return;
        }
        if (name === 'tr' && row !== null) {
          const cells = row;
          row = null;
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          if (cells.length > 0) pushLine(cells.join('\t'));
          return;
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) flush();
        if (name === 'li') {
          liDepth = Math.max(0, liDepth - 1);
          pendingMarker = '';
        } else if (name === 'ul' || name === 'ol') {
          lists.pop();
        }
        if (PARAGRAPHS.has(name) && liDepth === 0 && row === null) pushLine('');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function collapse(text: string): string {
  return foldSpaces(text);
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if ((attribs['aria-hidden'] ?? '').toLowerCase() === 'true') return true;
  if ((attribs['type'] ?? '').toLowerCase() === 'hidden') return true;
  const style = (attribs['style'] ?? '').toLowerCase();
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

function listState(name: string, attribs: Record<string, string>): ListState {
  const type = attribs['type'] ?? '';
  const cls = attribs['class'] ?? '';
  const start = Number.parseInt(attribs['start'] ?? '1', 10);
  let style: ListState['style'] = 'decimal';
  if (type === 'a') style = 'lower-alpha';
  else if (type === 'A' || /alpha/i.test(cls)) style = 'upper-alpha';
  else if (type === 'i') style = 'lower-roman';
  else if (type === 'I' || /roman/i.test(cls)) style = 'upper-roman';
  return { ordered: name === 'ol', style, next: Number.isFinite(start) ? start : 1 };
}

/** NOTE: "A" for a class such as "eTestLiAlpha": the SUCSS export's own text renders those items "A.". */
function listMarker(list: ListState): string {
  if (!list.ordered) return '- ';
  const n = list.next;
  list.next += 1;
  switch (list.style) {
    case 'lower-alpha':
      return `${alpha(n)}. `;
    case 'upper-alpha':
      return `${alpha(n).toUpperCase()}. `;
    case 'lower-roman':
      return `${toRoman(Math.max(1, n)).toLowerCase()}. `;
    case 'upper-roman':
      return `${toRoman(Math.max(1, n))}. `;
    default:
      return `${n}. `;
  }
}

function alpha(n: number): string {
  let s = '';
  let k = Math.max(1, n);
  while (k > 0) {
    k -= 1;
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  }
  return s;
}
