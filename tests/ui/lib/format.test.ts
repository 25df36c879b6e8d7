import { describe, expect, it } from 'vitest';
import { minimumBasis, shortJurisdictionName } from '../../../src/ui/lib/format.ts';

describe('shortJurisdictionName(full)', () => {
  it.each([
    { input: 'Illinois State Universities Civil Service System (SUCSS)', expected: 'SUCSS' },
    { input: 'Illinois Department of Central Management Services (CMS)', expected: 'CMS' },
    { input: 'Westchester County, New York', expected: 'Westchester County, New York' },
    {
      input: 'A Maryland county government (probably Montgomery County)',
      expected: 'A Maryland county government',
    },
    {
      input: 'A New York county government (probably Nassau County, NY)',
      expected: 'A New York county government',
    },
    {
      input: 'Somewhere Quite Long Indeed Without Any Commas At All',
      expected: 'Somewhere Quite Long Indeed…',
    },
  ])('$input → $expected', ({ input, expected }) => {
    expect(shortJurisdictionName(input)).toBe(expected);
    expect(shortJurisdictionName(input).length).toBeLessThanOrEqual(28);
  });
});

describe('minimumBasis(assumed)', () => {
  it('says nothing when the minimum asks no experience', () => {
    expect(minimumBasis([])).toBe('');
  });

  it('names where each part of the experience is taken to be, in years', () => {
    expect(minimumBasis([{ title: 'Police Lieutenant', months: 96 }])).toBe(
      '; the experience it asks is taken to be 8 years as Police Lieutenant',
    );
    expect(
      minimumBasis([
        { title: 'Clerk I', months: 18 },
        { title: 'Archivist', months: 6 },
      ]),
    ).toBe('; the experience it asks is taken to be 1 year 6 months as Clerk I and 6 months as Archivist');
  });
});
