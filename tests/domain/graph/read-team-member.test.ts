import { describe, expect, it } from 'vitest';
import { readTeamMember } from '../../../src/domain/graph/index.ts';

describe('readTeamMember(value)', () => {
  it('reads a label, a class id and months; months default to 0', () => {
    expect(readTeamMember({ label: 'Ana', classId: 'j:1', months: 14 })).toEqual({
      label: 'Ana',
      classId: 'j:1',
      months: 14,
    });
    expect(readTeamMember({ label: 'Bo', classId: 'j:2' })).toEqual({
      label: 'Bo',
      classId: 'j:2',
      months: 0,
    });
  });

  it.each([
    ['no label', { classId: 'j:1', months: 1 }],
    ['a blank label', { label: ' ', classId: 'j:1' }],
    ['no class id', { label: 'Ana', months: 1 }],
    ['negative months', { label: 'Ana', classId: 'j:1', months: -1 }],
    ['months as text', { label: 'Ana', classId: 'j:1', months: '12' }],
    ['not an object', 'Ana'],
  ])('refuses a member with %s', (_what, value) => {
    expect(readTeamMember(value)).toBeNull();
  });
});
