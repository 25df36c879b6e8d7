// File name + leading bytes → which reader handles the document.
// [Reference] PDF 1.7 §7.5.2 (the %PDF- header), the ZIP local-file signature PK\x03\x04 (.docx);
// issue 2 "Reading documents".

import type { Parsed } from '../../diagnostics.ts';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx' | 'csv' | 'unsupported';

/** The extensions each supported format is read from, for messages and file pickers. */
export const SUPPORTED_EXTENSIONS: Readonly<
  Record<Exclude<DocumentFormat, 'unsupported'>, string[]>
> = {
  text: ['.txt', '.md', '.text', '.markdown'],
  html: ['.html', '.htm', '.xhtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
  csv: ['.csv'],
};

const ALL_EXTENSIONS = Object.values(SUPPORTED_EXTENSIONS).flat();

/** The lower-cased extension of a path, dot included (".pdf"), or "" when it has none. */
export function fileExtension(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Decides a document's format from its name and first bytes. Never throws.
 * NOTE: content wins where it is certain: "spec.txt" starting with "%PDF-" → 'pdf'; a zip is only
 * Word when named .docx ("book.xlsx" starting with "PK\x03\x04" → 'unsupported'); a file with no
 * extension that starts with "<!DOCTYPE html" or "<html" → 'html'.
 */
export function detectFormat(file: string, bytes: Uint8Array): Parsed<DocumentFormat> {
  const ext = fileExtension(file);
  if (hasPdfMagic(bytes) || ext === '.pdf') return ok('pdf');
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === '.docx') {
    if (zip) return ok('docx');
    return unsupported(file, `${file} is named .docx but is not a Word (zip) file`);
  }
  for (const [format, exts] of Object.entries(SUPPORTED_EXTENSIONS)) {
    if (exts.includes(ext)) return ok(format as DocumentFormat);
  }
  if (ext === '' && !zip && looksLikeHtml(bytes)) return ok('html');
  const what =
    ext === '' ? `${file} has no file extension` : `${file}: the ${ext} format is not supported`;
  return unsupported(file, what);
}

function ok(value: DocumentFormat): Parsed<DocumentFormat> {
  return { value, diagnostics: [] };
}

function unsupported(file: string, what: string): Parsed<DocumentFormat> {
  return {
    value: 'unsupported',
    diagnostics: [
      {
        file,
        line: null,
        severity: 'error',
        code: 'unsupported-format',
        message: `${what}; supported: ${ALL_EXTENSIONS.join(', ')}.`,
      },
    ],
  };
}

/** "%PDF-" within the first 1024 bytes (the header may follow a little junk). */
function hasPdfMagic(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) - 4;
  for (let i = 0; i < n; i += 1) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(!doctype\s+html|html[\s>])/i.test(head);
}
