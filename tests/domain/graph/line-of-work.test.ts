import { describe, expect, it } from 'vitest';
import {
  lineOfWork,
  linesNamedIn,
  linesOfWork,
  namesLineOfWork,
} from '../../../src/domain/graph/line-of-work.ts';

describe('lineOfWork(title)', () => {
  it.each([
    ['Medical Laboratory Technician II (Hematology)', 'medical laboratory technician'],
    ['Senior Accountant', 'accountant'],
    ['Electrician Apprentice', 'electrician'],
    ['Administrative Assistant', 'administrative assistant'],
    ['Architectural Senior', 'architectural senior'],
    ['Electrician Supervisor', 'electrician supervisor'],
    ['Electrician Sub-Foreman', 'electrician sub foreman'],
    ['Waiter/Waitress', 'waiter waitress'],
  ])('%s → %s', (title, line) => {
    expect(lineOfWork(title)).toBe(line);
  });
});

describe('linesOfWork(title)', () => {
  it.each([
    ['Police Lieutenant', ['police lieutenant', 'police officer']],
    ['Youth Correctional Sergeant', ['youth correctional sergeant', 'youth correctional officer']],
    ['Police Officer', ['police officer']],
    ['Deputy Captain', ['deputy captain']],
    ['Electrician Supervisor', ['electrician supervisor']],
  ])('%s → %j', (title, lines) => {
    expect(linesOfWork(title)).toEqual(lines);
  });
});

describe('namesLineOfWork(kind, title) and linesNamedIn(kind, lines)', () => {
  const lines = new Map(
    ['police officer', 'carpenter', 'administrative assistant', 'electrician'].map((l) => [l, l]),
  );

  it('finds a line named as a job, two words of kind at most before it', () => {
    expect(linesNamedIn('varied experience as a journey level carpenter', lines)).toEqual([
      'carpenter',
    ]);
    expect(linesNamedIn('two years as a police officer with a county', lines)).toEqual([
      'police officer',
    ]);
    expect(linesNamedIn('journey-level electrician experience', lines)).toEqual(['electrician']);
    expect(namesLineOfWork('one year as a waiter/waitress', 'Waiter/Waitress')).toBe(true);
    expect(
      namesLineOfWork('experience as an administrative assistant', 'Administrative Assistant'),
    ).toBe(true);
  });

  it("counts a uniformed rank's work as its line's officer's, not the other way", () => {
    const kind = 'full-time experience as a police officer with a federal, state or county police';
    expect(namesLineOfWork(kind, 'Police Lieutenant')).toBe(true);
    expect(namesLineOfWork(kind, 'Police Captain')).toBe(true);
    expect(namesLineOfWork('experience as a police lieutenant', 'Police Officer')).toBe(false);
    expect(namesLineOfWork(kind, 'Fire Captain')).toBe(false);
  });

  it('leaves out a higher job, and a line named but not as a job', () => {
    expect(linesNamedIn('experience as a supervising electrician', lines)).toEqual([]);
    expect(linesNamedIn('experience supervising police officers on patrol', lines)).toEqual([]);
    expect(linesNamedIn('administrative work experience', lines)).toEqual([]);
  });
});
