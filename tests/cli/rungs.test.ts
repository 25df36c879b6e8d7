import { describe, expect, it } from 'vitest';
import { main, type RungsIo } from '../../src/cli/rungs.ts';
import { serializeGraph } from '../../src/domain/graph/serialize-graph.ts';
import { experience, graphOf, jobClass, ksa, route } from '../domain/graph/fixtures.ts';

const classes = [
  jobClass({
    id: 'j:1',
    code: '0264',
    title: 'Medical Social Assistant',
    series: { id: 's', level: 1, promotionalLine: '51' },
    ksas: [ksa('Casework', ['cw'], 2)],
  }),
  jobClass({
    id: 'j:2',
    code: '4260',
    title: 'Medical Social Associate',
    series: { id: 's', level: 2, promotionalLine: '51' },
    ksas: [ksa('Casework', ['cw'], 3), ksa('Interviewing', ['iv'], 3)],
    routes: [
      route('A', {
        education: ['bachelor', null],
        experience: [experience(12, 'social services')],
      }),
    ],
  }),
  jobClass({
    id: 'k:9',
    code: '0876',
    title: 'Social Consultant',
    jurisdiction: 'k',
    ksas: [ksa('Interviewing', ['iv'], 4)],
  }),
];
const files: Record<string, string> = {
  'graph.json': JSON.stringify(serializeGraph(graphOf(classes))),
  'profile.json': JSON.stringify({
    education: { level: 'bachelor', field: null },
    experience: [{ classId: '0264', months: 6 }],
  }),
  'team.json': JSON.stringify([{ label: 'Ana', classId: 'Medical Social Assistant', months: 3 }]),
  'broken.json': '{',
  'bad-profile.json': JSON.stringify({ experience: [{ classId: '0264', months: -6 }] }),
  'bad-team.json': JSON.stringify([{ label: 'Ana', classId: '0264', months: 'three' }]),
};

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: RungsIo = {
    stdout: (t) => (out += `${t}\n`),
    stderr: (t) => (err += `${t}\n`),
    readFile: (f) => {
      const text = files[f];
      if (text === undefined) throw new Error(`ENOENT ${f}`);
      return text;
    },
  };
  const code = main(argv, io);
  return { code, out, err };
}

describe('main(argv, io)', () => {
  it('prints the ladder with the current rung marked', () => {
    const { code, out } = run('ladder', 'j:2', '--graph', 'graph.json');
    expect(code).toBe(0);
    expect(out).toMatch(/▶ {2}2 {2}Medical Social Associate \(4260\)/);
    expect(out).toContain('Medical Social Assistant (0264)');
  });

  it('accepts a code or a unique part of a title instead of the id', () => {
    const byCode = run('ladder', '4260', '--graph', 'graph.json', '--json');
    const byTitle = run('ladder', 'social associate', '--graph', 'graph.json', '--json');
    expect(JSON.parse(byCode.out).classId).toBe('j:2');
    expect(JSON.parse(byTitle.out).classId).toBe('j:2');
  });

  it('prints next roles as text, and the query result as JSON with --json', () => {
    const text = run('next', 'j:1', '--graph', 'graph.json');
    expect(text.code).toBe(0);
    expect(text.out).toContain('1. Medical Social Associate (j:2) · next rung');
    const json = JSON.parse(run('next', 'j:1', '--graph', 'graph.json', '--json').out);
    expect(json.roles[0]).toMatchObject({ classId: 'j:2', nextRung: true });
  });

  it('says what next roles assume without a profile', () => {
    const text = run('next', 'j:2', '--graph', 'graph.json');
    expect(text.out).toContain(
      'Eligibility for someone who just meets its minimum, with the experience it asks taken as 12 months as Medical Social Assistant (j:1); --profile gives a person\'s own.',
    );
    const given = run('next', 'j:2', '--profile', 'profile.json', '--graph', 'graph.json');
    expect(given.out).not.toContain('just meets its minimum');
  });

  it('answers eligible, path, gap and team', () => {
    const eligible = run(
      'eligible',
      'j:2',
      '--profile',
      'profile.json',
      '--graph',
      'graph.json',
      '--json',
    );
    expect(eligible.code).toBe(0);
    expect(JSON.parse(eligible.out).classId).toBe('j:2');
    const p = JSON.parse(run('path', 'j:1', 'j:2', '--graph', 'graph.json', '--json').out);
    expect(p.steps.map((s: { to: { classId: string } }) => s.to.classId)).toEqual(['j:2']);
    const text = run('path', 'j:1', 'j:2', '--profile', 'profile.json', '--graph', 'graph.json');
    expect(text.out).toContain("needs besides months: bachelor's degree (✓ has it)");
    const g = run('gap', 'j:1', 'j:2', '--graph', 'graph.json');
    expect(g.out).toContain('To raise (1):');
    expect(g.out).toContain('New (1):');
    const team = JSON.parse(
      run(
        'team',
        'j:2',
        'Ben=Social Consultant@30',
        '--team',
        'team.json',
        '--graph',
        'graph.json',
        '--json',
      ).out,
    );
    expect(team.members.map((m: { label: string; months: number }) => [m.label, m.months])).toEqual(
      [
        ['Ana', 3],
        ['Ben', 30],
      ],
    );
  });

  it('exits 1 with a message for an unknown or ambiguous class', () => {
    const unknown = run('next', 'Astronaut', '--graph', 'graph.json');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no job class matches "Astronaut"');
    const ambiguous = run('next', 'medical social', '--graph', 'graph.json');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('matches 2 job classes');
  });

  it('exits 1 for a profile or team the explorer would not take either', () => {
    const profile = run(
      'eligible',
      'j:2',
      '--profile',
      'bad-profile.json',
      '--graph',
      'graph.json',
    );
    expect(profile.code).toBe(1);
    expect(profile.err).toContain(
      'bad-profile.json has an experience entry without classId and months',
    );
    const team = run('team', 'j:2', '--team', 'bad-team.json', '--graph', 'graph.json');
    expect(team.code).toBe(1);
    expect(team.err).toContain('member 1 needs a label, a classId and months');
  });

  it('exits 1 for a missing or broken graph document', () => {
    expect(run('next', 'j:1', '--graph', 'nope.json')).toMatchObject({ code: 1 });
    expect(run('next', 'j:1', '--graph', 'broken.json').err).toContain('is not JSON');
  });

  it('exits 2 with the usage for a bad command line', () => {
    expect(run().code).toBe(2);
    expect(run('fly', 'j:1').code).toBe(2);
    expect(run('path', 'j:1', '--graph', 'graph.json').code).toBe(2);
    expect(run('eligible', 'j:1', '--graph', 'graph.json').err).toContain('needs --profile');
  });
});

describe('main(argv, io) over the seeds', () => {
  it('prints every step and its months from Medical Social Assistant to Supervisor of Medical Social Services', async () => {
    const { seedGraph } = await import('../domain/graph/seed-graph.ts');
    files['seeds.json'] = JSON.stringify(serializeGraph(seedGraph()));
    const { code, out } = run(
      'path',
      'Medical Social Assistant',
      'Supervisor of Medical Social Services',
      '--graph',
      'seeds.json',
    );
    expect(code).toBe(0);
    expect(out).toContain('1. Medical Social Assistant → Medical Social Associate: 12 months');
    expect(out).toContain('2. Medical Social Associate → Medical Social Consultant: 0 months');
    expect(out).toContain(
      '3. Medical Social Consultant → Assistant Supervisor of Medical Social Services: 24 months',
    );
    expect(out).toContain(
      '4. Assistant Supervisor of Medical Social Services → Supervisor of Medical Social Services: 0 months',
    );
    expect(out).toContain('Total: 36 months');
  });
});
