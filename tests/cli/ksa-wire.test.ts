import { describe, expect, it } from 'vitest';
import { packKsas, unpackKsas } from '../../src/cli/ksa-wire.ts';
import type { Ksa } from '../../src/domain/model/index.ts';

const ksa = (text: string, over: Partial<Ksa> = {}): Ksa => ({
  text,
  kind: 'knowledge',
  proficiency: 4,
  proficiencyWord: 'thorough',
  competencies: ['2.C.1.a', 'rungs:casework'],
  matches: [
    { id: '2.C.1.a', confidence: 0.91 },
    { id: 'rungs:casework', confidence: 0.55 },
  ],
  line: 12,
  ...over,
});

describe('packKsas / unpackKsas', () => {
  const lists: Ksa[][] = [
    [ksa('Thorough knowledge of casework'), ksa('Skill in interviewing', { kind: 'skill' })],
    [],
    [
      ksa('Ability to communicate', {
        kind: 'ability',
        proficiency: null,
        proficiencyWord: null,
        competencies: [],
        matches: [],
        line: null,
      }),
      // Competencies need not be the matches' ids: each is kept as it was.
      ksa('Knowledge of law', { competencies: ['x'], matches: [{ id: 'y', confidence: 1 }] }),
    ],
  ];

  it('gives every list back, key for key, in order (the same JSON)', () => {
    const back = unpackKsas(packKsas(lists));
    expect(back).toEqual(lists);
    expect(JSON.stringify(back)).toBe(JSON.stringify(lists));
  });

  it('holds each string once, and numbers in typed arrays another thread can take', () => {
    const packed = packKsas([lists[0] as Ksa[], lists[0] as Ksa[]]);
    expect(packed.strings.filter((s) => s === '2.C.1.a')).toHaveLength(1);
    expect(packed.strings.filter((s) => s === 'Thorough knowledge of casework')).toHaveLength(1);
    expect(packed.refs).toBeInstanceOf(Int32Array);
    expect(packed.numbers).toBeInstanceOf(Float64Array);
    expect(unpackKsas(structuredClone(packed))).toEqual([lists[0], lists[0]]);
  });

  it('packs no lists as nothing', () => {
    expect(unpackKsas(packKsas([]))).toEqual([]);
  });
});
