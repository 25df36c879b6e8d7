import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../../src/domain/model/index.ts';

describe('memoizeText(compute, limit)', () => {
  it('computes each text once and gives the kept answer after', () => {
    const seen: string[] = [];
    const upper = memoizeText((text) => {
      seen.push(text);
      return { text: text.toUpperCase() };
    }, 10);
    const first = upper('case work');
    expect(upper('case work')).toBe(first);
    expect(upper('intake')).toEqual({ text: 'INTAKE' });
    expect(seen).toEqual(['case work', 'intake']);
  });

  it('keeps null answers, and forgets everything once past the limit', () => {
    let calls = 0;
    const none = memoizeText(() => {
      calls++;
      return null;
    }, 2);
    none('a');
    none('a');
    expect(calls).toBe(1);
    none('b');
    none('c'); // the third text: the two kept answers are dropped first
    none('a');
    expect(calls).toBe(4);
  });
});
