import { describe, expect, it } from 'vitest';
import { fieldFile } from '../../../src/domain/model/index.ts';

describe('fieldFile(cls, field)', () => {
  const source = { file: 'idx/root-index.csv', lines: [3, 3] as [number, number] };
  it('names the sheet a class index keeps the field in', () => {
    const cls = { source, fileOf: { qualifications: 'idx/maq.csv', ksas: 'idx/ksa.csv' } };
    expect(fieldFile(cls, 'qualifications')).toBe('idx/maq.csv');
    expect(fieldFile(cls, 'ksas')).toBe('idx/ksa.csv');
    // A field with no sheet of its own is in the class's own file.
    expect(fieldFile(cls, 'duties')).toBe('idx/root-index.csv');
  });
  it("names the class's own file when it came from one document", () => {
    expect(fieldFile({ source }, 'summary')).toBe('idx/root-index.csv');
  });
});
