// All-capitals titles → Title Case, keeping roman numerals and short connecting words as titles
// are usually written; text with lower-case letters is left as the document spells it.
// [Reference] issue 2 / PRODUCT.md "title": the document's own spelling where it has one.

import { foldSpaces } from '../model/index.ts';

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3}|XI{1,3}|XIV|XV)$/;
const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
const ACRONYM = new Set([
  'CEA',
  'HIV',
  'STD',
  'IT',
  'CMS',
  'EEO',
  'ADA',
  'DMV',
  'GIS',
  'LCSW',
  'LSW',
  'RN',
  'LVN',
  'US',
  'USA',
  'CPA',
  'HR',
]);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * NOTE: "CASE MANAGER II (SOCIAL WORK)" → "Case Manager II (Social Work)";
 * "SUPERVISOR OF MEDICAL SOCIAL SERVICES" → "Supervisor of Medical Social Services";
 * "Medical Social Assistant" → unchanged (it already has lower-case letters).
 */
export function toTitleCase(title: string): string {
  const text = foldSpaces(title);
  if (/\p{Ll}/u.test(text)) return text;
  let first = true;
  return text.replace(/\p{L}[\p{L}']*/gu, (word, offset: number) => {
    const before = text.slice(0, offset);
    const isFirst = first;
    const startsPart = first || /[(/\-–:]\s*$/.test(before);
    first = false;
    if (!isFirst && ROMAN.test(word)) return word;
    if (ACRONYM.has(word)) return word;
    const lower = word.toLowerCase();
    if (!startsPart && SMALL.has(lower)) return lower;
    return capitalise(word);
  });
}
