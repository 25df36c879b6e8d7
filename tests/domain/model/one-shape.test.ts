import { describe, expect, it } from 'vitest';
import { inOneShape, type JobClass } from '../../../src/domain/model/index.ts';
import { experience, jobClass, route } from '../graph/fixtures.ts';

/** The field names of an object and of the objects `inOneShape` rebuilds under it, in order. */
function layout(cls: JobClass): string[][] {
  const q = cls.qualifications;
  return [
    Object.keys(cls),
    Object.keys(cls.source),
    Object.keys(q),
    ...q.routes.flatMap((r) => [Object.keys(r), ...r.experience.map((e) => Object.keys(e))]),
  ];
}

// One class as the document parser writes it (no optional field), one with every optional field
// set, written in another order (as a worker's copy or another parser could).
const plain = jobClass({
  id: 'j1:1',
  title: 'Analyst I',
  routes: [route('a', { experience: [experience(12, 'analytical work')] })],
});
const full: JobClass = {
  ...jobClass({
    id: 'j1:2',
    title: 'Analyst II',
    routes: [
      {
        other: ['Willingness to travel.'],
        ...route('a', { experience: [{ line: 7, ...experience(24, 'analytical work') }] }),
      },
    ],
  }),
  fileOf: { ksas: 'ksa.csv' },
  namedAt: { text: 'ANALYST II', line: 3 },
};
full.qualifications = {
  specialLicenses: [],
  notes: [{ text: 'Travel is required.', line: 9 }],
  ...full.qualifications,
};

describe('inOneShape(cls)', () => {
  it('gives classes of different layouts one layout, every level down to the experience', () => {
    expect(layout(inOneShape(plain))).toEqual(layout(inOneShape(full)));
    expect(layout(plain)).not.toEqual(layout(full));
  });

  it('keeps every field and value', () => {
    expect(inOneShape(plain)).toEqual(plain);
    expect(inOneShape(full)).toEqual(full);
  });

  it("writes the same JSON as the parser's own objects, which leave empty optional fields out", () => {
    expect(JSON.stringify(inOneShape(plain))).toBe(JSON.stringify(plain));
  });

  it('leaves the class it was given as it was', () => {
    const before = JSON.stringify(full);
    const shaped = inOneShape(full);
    expect(shaped).not.toBe(full);
    expect(shaped.qualifications).not.toBe(full.qualifications);
    expect(JSON.stringify(full)).toBe(before);
  });
});
