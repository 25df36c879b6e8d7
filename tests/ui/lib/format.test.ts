import { describe, expect, it } from 'vitest';
import { shortJurisdictionName } from '../../../src/ui/lib/format.ts';

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
