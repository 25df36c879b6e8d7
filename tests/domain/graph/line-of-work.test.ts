import { describe, expect, it } from 'vitest';
import {
  lineOfWork,
  linesNamedIn,
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

  it('leaves out a higher job, and a line named but not as a job', () => {
    expect(linesNamedIn('experience as a supervising electrician', lines)).toEqual([]);
    expect(linesNamedIn('experience supervising police officers on patrol', lines)).toEqual([]);
    expect(linesNamedIn('administrative work experience', lines)).toEqual([]);
  });
});
