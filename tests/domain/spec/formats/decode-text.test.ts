import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/domain/spec/formats/decode-text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf16le = (s: string, bom: boolean): Uint8Array => {
  const out = bom ? [0xff, 0xfe] : [];
  for (const ch of s) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return Uint8Array.from(out);
};

describe('decodeText(bytes, file)', () => {
  const cases: {
    name: string;
    input: Uint8Array;
    expected: { text: string | null; encoding?: string; codes: string[] };
  }[] = [
    {
      name: 'reads plain UTF-8',
      input: utf8('Case Manager II\nMinimum – Qualifications'),
      expected: { text: 'Case Manager II\nMinimum – Qualifications', encoding: 'utf-8', codes: [] },
    },
    {
      name: 'removes a UTF-8 byte-order mark',
      input: bytes(0xef, 0xbb, 0xbf, ...utf8('Level I')),
      expected: { text: 'Level I', encoding: 'utf-8', codes: [] },
    },
    {
      name: 'reads UTF-16LE with a BOM',
      input: utf16le('Planner IV\r\n', true),
      expected: { text: 'Planner IV\r\n', encoding: 'utf-16le', codes: [] },
    },
    {
      name: 'reads UTF-16BE with a BOM',
      input: bytes(0xfe, 0xff, 0x00, 0x4f, 0x00, 0x4b),
      expected: { text: 'OK', encoding: 'utf-16be', codes: [] },
    },
    {
      name: 'recognises UTF-16LE without a BOM by its NUL pattern',
      input: utf16le('Social Worker', false),
      expected: { text: 'Social Worker', encoding: 'utf-16le', codes: [] },
    },
    {
      name: 'falls back to Windows-1252 for 0x92 and 0x96, with a warning',
      input: bytes(...utf8('Master'), 0x92, ...utf8('s degree '), 0x96, ...utf8(' two years')),
      expected: {
        text: 'Master\u2019s degree \u2013 two years',
        encoding: 'windows-1252',
        codes: ['bad-encoding'],
      },
    },
    {
      name: 'rejects a file with NUL bytes as binary',
      input: bytes(
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0x00,
        0x00,
        0x00,
        0x0d,
        0x49,
        0x48,
      ),
      expected: { text: null, codes: ['binary-file'] },
    },
    {
      name: 'rejects control-byte soup as binary',
      input: bytes(0x01, 0x02, 0x03, 0x04, 0x41, 0x05, 0x06, 0x07),
      expected: { text: null, codes: ['binary-file'] },
    },
    {
      name: 'names an empty file',
      input: bytes(),
      expected: { text: '', encoding: 'utf-8', codes: ['empty-file'] },
    },
    {
      name: 'names a whitespace-only file',
      input: utf8(' \r\n\t\n'),
      expected: { text: ' \r\n\t\n', encoding: 'utf-8', codes: ['empty-file'] },
    },
    {
      name: 'treats an overlong UTF-8 sequence as not UTF-8',
      input: bytes(0x41, 0xc0, 0xaf),
      expected: { text: 'A\u00c0\u00af', encoding: 'windows-1252', codes: ['bad-encoding'] },
    },
  ];

  for (const { name, input, expected } of cases) {
    it(name, () => {
      const { value, diagnostics } = decodeText(input, 'spec.txt');
      expect(value?.text ?? null).toBe(expected.text);
      if (expected.encoding !== undefined) expect(value?.encoding).toBe(expected.encoding);
      expect(diagnostics.map((d) => d.code)).toEqual(expected.codes);
      for (const d of diagnostics) expect(d.file).toBe('spec.txt');
    });
  }

  it('names the file and the line of the first byte that is not UTF-8', () => {
    const input = bytes(...utf8('line one\nline two\nDirector'), 0x92, ...utf8('s office\n'));
    const { diagnostics } = decodeText(input, 'old/spec.txt');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'old/spec.txt', line: 3, severity: 'warning' });
    expect(diagnostics[0]?.message).toContain('old/spec.txt');
    expect(diagnostics[0]?.message).toContain('Windows-1252');
  });

  // Each breaks UTF-8 in another way; each is read as Windows-1252, its first bad byte named.
  const notUtf8: { name: string; input: Uint8Array; line: number }[] = [
    { name: 'a lone continuation byte', input: bytes(0x41, 0x80, 0x42), line: 1 },
    { name: 'a truncated sequence at the end', input: bytes(0x41, 0x0a, 0xe2, 0x80), line: 2 },
    { name: 'an encoded surrogate', input: bytes(0x0a, 0x0a, 0xed, 0xa0, 0x80), line: 3 },
    { name: 'a code point above U+10FFFF', input: bytes(0xf4, 0x90, 0x80, 0x80), line: 1 },
    { name: 'an overlong three-byte sequence', input: bytes(0xe0, 0x80, 0xaf), line: 1 },
  ];
  it.each(notUtf8)('reads $name as Windows-1252', ({ input, line }) => {
    const { value, diagnostics } = decodeText(input, 'spec.txt');
    expect(value?.encoding).toBe('windows-1252');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['bad-encoding', line]]);
  });

  it('reads four-byte UTF-8 (U+10FFFF and an emoji) as UTF-8', () => {
    const text = 'Plan \u{1F4C5} \u{10FFFF}';
    const { value, diagnostics } = decodeText(utf8(text), 'spec.txt');
    expect(value).toEqual({ text, encoding: 'utf-8' });
    expect(diagnostics).toEqual([]);
  });

  it('reports binary files as errors', () => {
    const { diagnostics } = decodeText(bytes(0x00, 0x01, 0x02), 'x.bin');
    expect(diagnostics[0]?.severity).toBe('error');
  });
});
