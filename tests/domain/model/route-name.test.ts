import { describe, expect, it } from 'vitest';
import { routeName } from '../../../src/domain/model/index.ts';

describe('routeName(label, id)', () => {
  it.each([
    { label: '1. + 2. A.', id: '1+2A', expected: 'A' },
    { label: '1. A. + 2.', id: '1A+2', expected: 'A' },
    { label: '(b)', id: 'b', expected: 'b' },
    { label: 'Either I', id: 'I', expected: 'I' },
    { label: '', id: 'B', expected: 'B' },
    { label: '1', id: '1', expected: '1' },
  ])('$label → $expected', ({ label, id, expected }) => {
    expect(routeName(label, id)).toBe(expected);
  });
});
