import { describe, expect, it } from 'vitest';
import {
  classKindTable,
  joinClassKindTables,
  scoreClassKind,
  scoreExperienceKindMatch,
  shownPart,
  type ExperienceScorer,
} from '../../../src/domain/graph/score-experience-match.ts';
import { EXPERIENCE_KINDS } from '../../../src/domain/qualifications/experience-kinds.ts';
import { jobClass } from './fixtures.ts';
import { seedClasses } from './seed-graph.ts';

/** Scores a text by the number after "casework=" in it ("casework=0.6" → 0.6), else 0. */
const numberScorer: ExperienceScorer = (kindId, text) => {
  const m = new RegExp(`${kindId}=([0-9]+(?:\\.[0-9]+)?)`).exec(text);
  return m ? Number(m[1]) : 0;
};

const worker = jobClass({
  id: 'w',
  title: 'Worker',
  summary: 'Does casework=0.4 in the field.',
  duties: [
    'Files casework=0.2.',
    'Leads casework=0.9 reviews.',
    'Answers casework=0.9 calls.',
    'Types.',
  ],
});

describe('scoreExperienceKindMatch(cls, kindId, scorer)', () => {
  it('scores as scoreClassKind does: ½ summary + ½ mean of the three best duties', () => {
    const m = scoreExperienceKindMatch(worker, 'casework', numberScorer);
    // body = (0.4 + (0.9 + 0.9 + 0.2) / 3) / 2 = 0.533…; title 0 → 0.533
    expect(m?.score).toBe(0.533);
    expect(m?.score).toBe(scoreClassKind(worker, 'casework', numberScorer));
  });

  it('quotes the first of the best-scoring parts as evidence, with its line', () => {
    const m = scoreExperienceKindMatch(worker, 'casework', numberScorer);
    expect(m).toMatchObject({ kindId: 'casework', text: 'Leads casework=0.9 reviews.', line: 4 });
  });

  it('quotes the summary when it beats the title and every duty', () => {
    const cls = jobClass({
      id: 's',
      title: 'S',
      summary: 'casework=0.7',
      duties: ['casework=0.3'],
    });
    expect(scoreExperienceKindMatch(cls, 'casework', numberScorer)).toMatchObject({
      text: 'casework=0.7',
      line: 2,
    });
  });

  it('is null when no part shows the kind at all', () => {
    expect(scoreExperienceKindMatch(worker, 'planning', numberScorer)).toBeNull();
  });

  it('keeps a match whose score rounds to 0', () => {
    const faint = jobClass({ id: 'f', title: 'F', duties: ['casework=0.0001'] });
    expect(scoreExperienceKindMatch(faint, 'casework', numberScorer)).toMatchObject({ score: 0 });
  });
});

describe('classKindTable(classes)', () => {
  const classes = seedClasses();
  const table = classKindTable(classes);
  const K = EXPERIENCE_KINDS.length;

  it('holds every class’s score for every vocabulary kind, as scoreClassKind gives it', () => {
    expect(table.scores).toHaveLength(classes.length * K);
    classes.forEach((cls, i) => {
      EXPERIENCE_KINDS.forEach(({ id }, k) => {
        expect(table.scores[i * K + k]).toBe(scoreClassKind(cls, id));
      });
    });
    // Not a table of zeros: the seeds show casework, planning and more.
    expect(table.scores.filter((s) => s >= 0.5).length).toBeGreaterThan(classes.length);
  });

  it('is the join of the tables of consecutive shares of the classes', () => {
    const joined = joinClassKindTables([
      classKindTable(classes.slice(0, 4)),
      classKindTable(classes.slice(4, 4)),
      classKindTable(classes.slice(4)),
    ]);
    expect(joined).toEqual(table);
  });

  it('names the part that shows each kind best, as scoreExperienceKindMatch quotes it', () => {
    let quoted = 0;
    classes.forEach((cls, i) => {
      EXPERIENCE_KINDS.forEach(({ id }, k) => {
        const match = scoreExperienceKindMatch(cls, id);
        const part = shownPart(cls, table.shown[i * K + k] as number);
        expect(part).toEqual(
          match ? { text: match.text, file: match.file, line: match.line } : null,
        );
        if (part && part.text !== cls.title) quoted += 1;
      });
    });
    // Summaries and duties are quoted, not only titles.
    expect(quoted).toBeGreaterThan(0);
  });
});
