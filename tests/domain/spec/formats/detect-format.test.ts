import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension } from '../../../../src/domain/spec/formats/detect-format.ts';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const PDF = ascii('%PDF-1.4\n%âãÏÓ\n');
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const TEXT = ascii('CASE MANAGER II\n');

describe('detectFormat(file, bytes)', () => {
  const cases: { file: string; bytes: Uint8Array; expected: string; diagnosed?: boolean }[] = [
    { file: 'specs/case-manager.txt', bytes: TEXT, expected: 'text' },
    { file: 'README.MD', bytes: TEXT, expected: 'text' },
    { file: 'page.html', bytes: ascii('<html>'), expected: 'html' },
    { file: 'page.HTM', bytes: ascii('<p>'), expected: 'html' },
    { file: 'spec.pdf', bytes: PDF, expected: 'pdf' },
    { file: 'spec.pdf', bytes: TEXT, expected: 'pdf' },
    { file: 'mislabelled.txt', bytes: PDF, expected: 'pdf' },
    { file: 'spec.docx', bytes: ZIP, expected: 'docx' },
    { file: 'index.csv', bytes: ascii('Class Code,Class Title\n'), expected: 'csv' },
    { file: 'saved-page', bytes: ascii('\n  <!DOCTYPE html><html>'), expected: 'html' },
    { file: 'spec.docx', bytes: TEXT, expected: 'unsupported', diagnosed: true },
    { file: 'book.xlsx', bytes: ZIP, expected: 'unsupported', diagnosed: true },
    {
      file: 'old-spec.doc',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]),
      expected: 'unsupported',
      diagnosed: true,
    },
    {
      file: 'photo.png',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
      expected: 'unsupported',
      diagnosed: true,
    },
    { file: 'Makefile', bytes: TEXT, expected: 'unsupported', diagnosed: true },
  ];

  for (const { file, bytes, expected, diagnosed = false } of cases) {
    it(`reads ${file} as ${expected}`, () => {
      const { value, diagnostics } = detectFormat(file, bytes);
      expect(value).toBe(expected);
      expect(diagnostics.map((d) => d.code)).toEqual(diagnosed ? ['unsupported-format'] : []);
    });
  }

  it('names the extension and the supported ones', () => {
    const { diagnostics } = detectFormat('scans/spec.rtf', TEXT);
    expect(diagnostics[0]).toMatchObject({ file: 'scans/spec.rtf', severity: 'error' });
    expect(diagnostics[0]?.message).toContain('.rtf');
    for (const ext of ['.txt', '.md', '.html', '.pdf', '.docx', '.csv']) {
      expect(diagnostics[0]?.message).toContain(ext);
    }
  });
});

describe('fileExtension(file)', () => {
  const cases = [
    { input: 'a/b/Spec.PDF', expected: '.pdf' },
    { input: 'C:\\docs\\spec.final.docx', expected: '.docx' },
    { input: '.hidden', expected: '' },
    { input: 'dir.v2/Makefile', expected: '' },
  ];
  for (const { input, expected } of cases) {
    it(`gives "${expected}" for ${input}`, () => expect(fileExtension(input)).toBe(expected));
  }
});
