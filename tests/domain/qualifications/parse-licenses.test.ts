import { describe, expect, it } from 'vitest';
import { isConditionalRequirement, parseLicenses } from '../../../src/domain/qualifications/parse-licenses.ts';

describe('parseLicenses(text)', () => {
  const cases: { input: string; expected: { name: string; anyOf: string[]; jurisdiction?: string | null }[] }[] = [
    {
      input: '2. A. Current State of IL Licensure as a Licensed Social Worker or Licensed Clinical Social Worker.',
      expected: [
        {
          name: 'Licensed Social Worker or Licensed Clinical Social Worker (Illinois)',
          anyOf: ['Licensed Social Worker', 'Licensed Clinical Social Worker'],
          jurisdiction: 'Illinois',
        },
      ],
    },
    {
      input: 'Possession of a valid license to operate a motor vehicle in the State of New York will be required at time of appointment and maintain same while in the title.',
      expected: [{ name: "Driver's license (New York)", anyOf: ["Driver's license"], jurisdiction: 'New York' }],
    },
    {
      input: 'Possession of a valid license issued by the Board of Examiners in Veterinary Medicine for the State of California to practice as a Doctor of Veterinary Medicine.',
      expected: [{ name: 'Doctor of Veterinary Medicine (California)', anyOf: ['Doctor of Veterinary Medicine'] }],
    },
    {
      input: 'Possession of a valid certificate of registration as a civil engineer issued by the California State Board of Registration for Professional Engineers.',
      expected: [{ name: 'Civil engineer (California)', anyOf: ['Civil engineer'] }],
    },
    { input: 'Possession of a valid driver license of the appropriate class issued by the Department of Motor Vehicles.', expected: [{ name: "Driver's license", anyOf: ["Driver's license"] }] },
    { input: 'Possession of a valid license to practice podiatry in the State of California.', expected: [{ name: 'Podiatry license (California)', anyOf: ['Podiatry license'] }] },
    { input: 'Membership in The State Bar of California.', expected: [{ name: 'State Bar membership (California)', anyOf: ['State Bar membership'] }] },
    {
      input: 'Possession of a Peace Officer Standards and Training (POST) Advanced Certificate.',
      expected: [{ name: 'Peace Officer Standards and Training (POST) Advanced Certificate', anyOf: ['Peace Officer Standards and Training (POST) Advanced Certificate'] }],
    },
    // Not requirements.
    { input: "May require a valid appropriate driver's license and the ability to travel.", expected: [] },
    { input: 'May require Health Insurance Portability & Accountability Act (HIPAA) certification.', expected: [] },
    { input: 'Licenses, Registrations, Certifications, or Special Requirements: None', expected: [] },
    { input: 'Possession of a valid certificate is desirable.', expected: [] },
    { input: 'Some positions may require a valid Class C driver license.', expected: [] },
    {
      input: 'Positions overseeing a dairy program within the Division of Animal Health require the possession of a Registered Dairy Inspector Certificate.',
      expected: [],
    },
    { input: 'Eligibility for licensure as required by State and Federal agencies.', expected: [] },
    // The list after it names the credentials (see parse-qualifications' licence lists).
    { input: 'Possession of one of the following credentials or certificates:', expected: [] },
    { input: 'Possession of one of the following California credentials:', expected: [] },
  ];
  for (const { input, expected } of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 70))}`, () => {
      const got = parseLicenses(input);
      expect(got).toHaveLength(expected.length);
      expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
    });
  }
});

describe('isConditionalRequirement(text)', () => {
  it('tells "may require" and "desirable" apart from a plain requirement', () => {
    expect(isConditionalRequirement("May require a valid appropriate driver's license")).toBe(true);
    expect(isConditionalRequirement('Possession of a valid driver license is desirable.')).toBe(true);
    expect(isConditionalRequirement('Possession of a valid driver license.')).toBe(false);
  });
});
