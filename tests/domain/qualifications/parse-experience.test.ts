import { describe, expect, it } from 'vitest';
import { parseExperience, parseIncludingAside } from '../../../src/domain/qualifications/parse-experience.ts';

describe('parseExperience(text)', () => {
  it('reads months, kind and an "including … comparable to the X level" part', () => {
    const [e, ...rest] = parseExperience(
      'Four (4) years (48 months) of progressively more responsible full-time experience in social work in a medical/clinical or other social service agency setting including two years (24 months) of experience comparable to that performed at the Medical Social Consultant level of this series or in a position of comparable responsibility.',
    );
    expect(rest).toEqual([]);
    expect(e?.months).toBe(48);
    expect(e?.kind).toBe('progressively more responsible full-time experience in social work in a medical/clinical or other social service agency setting');
    expect(e?.including).toHaveLength(1);
    expect(e?.including[0]?.months).toBe(24);
    expect(e?.including[0]?.classRefs).toEqual([
      expect.objectContaining({ title: 'Medical Social Consultant', kind: 'comparable-level', sameSeries: true }),
    ]);
  });

  it('reads ", two (2) years (24 months) must have been …" as the part the experience includes', () => {
    const [e] = parseExperience(
      'Six (6) years (72 months) of progressively more responsible full-time experience in social work in a medical/clinical or other social service agency setting, two (2) years (24 months) must have been in a clinical setting maintaining acceptable social work standards in a supervisory or consultative capacity if required by the institution.',
    );
    expect(e?.months).toBe(72);
    expect(e?.including.map((i) => [i.months, i.kind])).toEqual([
      [24, 'in a clinical setting maintaining acceptable social work standards in a supervisory or consultative capacity if required by the institution'],
    ]);
  });

  it('reads "where at least four (4) years (48 months) of that … experience was …" as the part the ten years include', () => {
    const found = parseExperience(
      'Ten (10) years (120 months) of full-time experience as a police officer with a public police organization having a recognized merit system where at least four (4) years (48 months) of that law enforcement management experience was comparable to that obtained at the rank of Lieutenant.',
    );
    expect(found.map((e) => [e.months, e.including.map((i) => i.months)])).toEqual([[120, [48]]]);
    expect(found[0]?.including[0]?.kind).toMatch(/^that law enforcement management experience was comparable/);
    // "with 18 months of that experience performing the duties of …" likewise.
    expect(
      parseExperience('Two years of experience in the Department of Motor Vehicles with 18 months of that experience performing the duties of a Motor Vehicle Representative.').map((e) => [
        e.months,
        e.including.map((i) => i.months),
      ]),
    ).toEqual([[24, [18]]]);
  });

  it('reads "… and six months of forestry work" as a second requirement', () => {
    const got = parseExperience(
      'Experience: One year of experience performing the duties of a Forestry Assistant II in the California state service and six months of forestry work requiring professional skill.',
    );
    expect(got.map((e) => e.months)).toEqual([12, 6]);
    expect(got[0]?.classRefs.map((r) => r.title)).toEqual(['Forestry Assistant II']);
  });

  it('keeps schooling and deadlines out: "two years of college", "within 12 months of appointment"', () => {
    expect(parseExperience('Equivalent to completion of two years of college.')).toEqual([]);
    expect(parseExperience('They must secure the license within 12 months of the date of appointment.')).toEqual([]);
  });

  it('names the experience kinds the description asks for', () => {
    const [e] = parseExperience(
      "a Bachelor's Degree and one year experience where the primary function of the position was in providing social casework services in a medical, psychiatric, or public health setting.",
    );
    expect(e?.months).toBe(12);
    expect(e?.kindIds[0]).toBe('social-casework-medical');
  });

  it('gives the first experience a class named before its duration', () => {
    const [e, more] = parseExperience(
      'Experience sufficient to qualify as a journeyman electrician, with a minimum of seven (7) years (84 months) of actual work in the trade, including apprenticeship or vocational training.',
    );
    expect(e?.months).toBe(84);
    expect(e?.classRefs.map((r) => [r.title, r.kind])).toEqual([['Electrician', 'comparable-level']]);
    expect(more).toBeUndefined();
  });

  it('keeps the closing parenthesis of a class title that ends the sentence', () => {
    const [req] = parseExperience(
      'Two years of experience in the California state service performing the duties of a Custodian Supervisor II or Custodian Supervisor II (Correctional Facility).',
    );
    expect(req?.kind).toMatch(/Supervisor II \(Correctional Facility\)$/);
    expect(req?.classRefs.map((r) => r.title)).toEqual([
      'Custodian Supervisor II',
      'Custodian Supervisor II (Correctional Facility)',
    ]);
    // An aside that closes after the kind is not the kind's own.
    expect(parseExperience('(Two years of experience in auditing.)')[0]?.kind).toBe('experience in auditing');
  });

  it('gives a 0-month requirement for a class named without a duration', () => {
    const [e] = parseExperience('Current employment in a class with a level of responsibility not less than that of Staff Services Manager I.');
    expect(e?.months).toBe(0);
    expect(e?.classRefs.map((r) => [r.title, r.kind])).toEqual([['Staff Services Manager I', 'comparable-level']]);
  });
});

describe('parseIncludingAside(text, parentMonths)', () => {
  it('reads the CalHR state-service aside as an including part with its class', () => {
    const got = parseIncludingAside(
      '(Experience in the California state service applied toward this requirement must include one year performing the duties of a class with a level of responsibility not less than that of Associate Governmental Program Analyst.)',
      36,
    );
    expect(got?.months).toBe(12);
    expect(got?.classRefs.map((r) => r.title)).toEqual(['Associate Governmental Program Analyst']);
  });

  it('takes the parent months when the aside states none, and null for other sentences', () => {
    expect(
      parseIncludingAside('(Experience in California state service must have been in a class at least equivalent to Wildlife Habitat Supervisor I.)', 36)?.months,
    ).toBe(36);
    expect(parseIncludingAside('Education: Equivalent to graduation from college.', 36)).toBeNull();
  });
});
