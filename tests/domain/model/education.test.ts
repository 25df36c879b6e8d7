import { describe, expect, it } from 'vitest';
import { educationText } from '../../../src/domain/model/education.ts';

describe('educationText(level, field)', () => {
  it('names the level and the field', () => {
    expect(educationText('bachelor', 'social work')).toBe("Bachelor's degree in social work");
  });

  it('names the level alone when any field will do', () => {
    expect(educationText('master', null)).toBe("Master's degree");
    expect(educationText('high_school', undefined)).toBe('High school');
  });
});
