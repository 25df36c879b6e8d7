// Bytes → text: byte-order marks, strict UTF-8, a Windows-1252 fallback, binary and empty files named.
// [Reference] WHATWG Encoding Standard (BOM sniffing, the windows-1252 index); issue 2 "Nothing lost,
// bad input named".

import type { Diagnostic, Parsed } from '../../diagnostics.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to themselves, as WHATWG does). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes a text file's bytes. Never throws.
 * - A BOM decides the encoding (UTF-8, UTF-16LE, UTF-16BE) and is removed.
 * - Otherwise NUL bytes mean a binary file: 'binary-file' error and a null value.
 * - Valid UTF-8 is read as UTF-8; anything else as Windows-1252 with a 'bad-encoding' warning that
 *   names the file and the line of the first byte that is not UTF-8.
 * - Empty or whitespace-only text gives an 'empty-file' warning (the value is kept).
 */
export function decodeText(bytes: Uint8Array, file: string): Parsed<DecodedText | null> {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBytes(bytes, file, diagnostics);
  if (decoded !== null && decoded.text.trim() === '') {
    diagnostics.push({
      file,
      line: null,
      severity: 'warning',
      code: 'empty-file',
      message: `${file} is empty${bytes.length > 0 ? ' (whitespace only)' : ''}.`,
    });
  }
  return { value: decoded, diagnostics };
}

function decodeBytes(
  bytes: Uint8Array,
  file: string,
  diagnostics: Diagnostic[],
): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrFallback(bytes.subarray(3), file, diagnostics);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  }
  const bomless = sniffUtf16(bytes);
  if (bomless !== null) {
    return { text: decodeUtf16(bytes, bomless === 'utf-16le'), encoding: bomless };
  }
  if (looksBinary(bytes)) {
    diagnostics.push({
      file,
      line: null,
      severity: 'error',
      code: 'binary-file',
      message: `${file} is a binary file (it holds NUL or control bytes), not text; skipped.`,
    });
    return null;
  }
  return decodeUtf8OrFallback(bytes, file, diagnostics);
}

/** Decodes UTF-8 and throws at the first byte that breaks it, as firstInvalidUtf8 finds it. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8OrFallback(
  bytes: Uint8Array,
  file: string,
  diagnostics: Diagnostic[],
): DecodedText {
  // NOTE: valid UTF-8 (nearly every file) is checked and decoded in one native pass; the byte
  // loop below runs only to name where a file stops being UTF-8.
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: read as Windows-1252 below.
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt < 0) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  const line = lineAt(bytes, invalidAt);
  const byte = (bytes[invalidAt] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  diagnostics.push({
    file,
    line,
    severity: 'warning',
    code: 'bad-encoding',
    message:
      `${file} is not valid UTF-8 (byte 0x${byte} on line ${line}); ` +
      'read as Windows-1252, check its quotes and dashes.',
  });
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = Array.from(chunk, (b) =>
      b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/**
 * NOTE: UTF-16 without a BOM is recognised by its NUL pattern: "Hi" saved as UTF-16LE is
 * 48 00 69 00 — NULs at every odd offset and none at even ones → 'utf-16le'.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/** NUL anywhere, or more than 10% control bytes other than tab, CR, LF, FF and ESC, in the first 8 kB. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
      control += 1;
  }
  return n > 0 && control / n > 0.1;
}
