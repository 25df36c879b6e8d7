import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { competency } from '../../../src/domain/ksa/competency.ts';
import { competencyVocabulary } from '../../../src/domain/ksa/competency-vocabulary.ts';
import { ONET_FILE } from './fixtures.ts';
import vocabularyFile from '../../../data/competencies.json';

const list = competencyVocabulary.competencies;

describe('competencyVocabulary', () => {
  it('carries its source and the O*NET CC BY 4.0 attribution', () => {
    expect(competencyVocabulary.source).toMatch(/O\*NET/);
    expect(competencyVocabulary.licence).toMatch(/CC BY 4\.0/);
    expect(competencyVocabulary.attribution).toMatch(/CC BY 4\.0/);
  });

  it('loads every competency of the committed file: none fails its shape check', () => {
    expect(list.length).toBe(vocabularyFile.competencies.length);
    expect(competency('2.B.3.h')?.inContext?.[0]?.anyOf).toContain('equipment');
  });

  it('has unique ids, O*NET element ids or rungs:<slug>', () => {
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    for (const c of list)
      expect(c.id).toMatch(
        c.source === 'onet' ? /^[12]\.[A-C](\.[0-9a-z]+)+$/ : /^rungs:[a-z0-9-]+$/,
      );
  });

  it('gives every competency a name, a description, terms and a specificity in 0..1', () => {
    for (const c of list) {
      expect(c.name, c.id).not.toBe('');
      expect(c.description, c.id).not.toBe('');
      expect(c.terms.length, c.id).toBeGreaterThan(0);
      expect(c.specificity, c.id).toBeGreaterThanOrEqual(0);
      expect(c.specificity, c.id).toBeLessThanOrEqual(1);
    }
  });

  it('rates generic competencies below specific ones', () => {
    const s = (id: string): number => competency(id)?.specificity ?? Number.NaN;
    for (const generic of [
      '2.A.1.c',
      '1.A.1.a.4',
      'rungs:working-relationships',
      'rungs:following-instructions',
    ]) {
      for (const specific of [
        'rungs:casework',
        'rungs:case-management',
        'rungs:crisis-intervention',
        '2.C.4.e',
      ]) {
        expect(s(generic), `${generic} < ${specific}`).toBeLessThan(s(specific));
      }
    }
  });

  it('names the domain competencies O*NET lacks', () => {
    const slugs = [
      'case-management',
      'interviewing',
      'community-resources',
      'program-planning-evaluation',
      'social-work-practice',
      'casework',
      'counseling',
      'crisis-intervention',
      'eligibility-determination',
      'client-advocacy',
      'case-records-documentation',
      'cultural-competence',
      'computer-applications',
      'laws-regulations-compliance',
      'supervision',
      'public-health-programs',
      'human-behavior-illness',
      'volunteer-management',
      'trauma-victimization',
      'policy-development',
    ];
    for (const slug of slugs) expect(competency(`rungs:${slug}`), slug).toBeDefined();
  });
});

describe('competency(id)', () => {
  it('finds O*NET and rungs competencies by id', () => {
    expect(competency('2.B.1.a')?.name).toBe('Social Perceptiveness');
    expect(competency('2.C.4.e')?.name).toBe('Psychology');
    expect(competency('2.B.4.e')?.name).toBe('Judgment and Decision Making');
    expect(competency('rungs:case-management')?.source).toBe('rungs');
  });

  it('returns undefined for an unknown id', () => {
    expect(competency('9.Z.9')).toBeUndefined();
    expect(competency('rungs:nope')).toBeUndefined();
  });
});

describe.skipIf(!existsSync(ONET_FILE))(
  'competencyVocabulary against ../shared/onet/content-model.json',
  () => {
    if (!existsSync(ONET_FILE))
      console.log(`Skipping the O*NET coverage check: ${ONET_FILE} is absent.`);

    it('holds every knowledge, skill, ability and work-style leaf, with O*NET’s name and description', () => {
      const model = JSON.parse(readFileSync(ONET_FILE, 'utf8')) as {
        elements: { id: string; name: string; description: string; domain: string | null }[];
      };
      const ids = model.elements.map((e) => e.id);
      const leaves = model.elements.filter(
        (e) =>
          /^(?:2\.C|2\.A|2\.B|1\.A|1\.C)\./.test(e.id) &&
          e.domain !== null &&
          !ids.some((other) => other.startsWith(`${e.id}.`)),
      );
      expect(leaves.length).toBe(136);
      for (const e of leaves) {
        const c = competency(e.id);
        expect(c, e.id).toBeDefined();
        expect(c?.name).toBe(e.name);
        expect(c?.description).toBe(e.description);
      }
      expect(list.filter((c) => c.source === 'onet').length).toBe(leaves.length);
    });
  },
);
