import { clear, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { readTeams, TEAMS_KEY, TeamStore } from '../../../src/ui/state/team-store.svelte.ts';

describe('TeamStore', () => {
  beforeEach(async () => {
    await clear();
  });

  it('keeps teams in IndexedDB: a new store (a reload) loads the same teams', async () => {
    const a = new TeamStore();
    await a.load();
    expect(a.teams).toEqual([]);
    const team = await a.create(
      'Intake',
      [{ label: 'Ana', classId: 'il-sucss:0264', months: 10 }],
      'il-sucss:0876',
    );
    expect(a.saveState).toBe('saved');
    await a.update(team.id, (t) =>
      t.members.push({
        label: 'Ben',
        classId: 'westchester-ny:case-manager-ii-social-work',
        months: 30,
      }),
    );

    const b = new TeamStore();
    await b.load();
    expect(b.teams.map((t) => [t.id, t.name, t.target, t.members.map((m) => m.label)])).toEqual([
      [team.id, 'Intake', 'il-sucss:0876', ['Ana', 'Ben']],
    ]);
  });

  it('renames, names new teams apart, and removes', async () => {
    const store = new TeamStore();
    await store.load();
    const one = await store.create();
    const two = await store.create();
    expect([one.name, two.name]).toEqual(['Team 1', 'Team 2']);
    await store.rename(one.id, '  Night shift ');
    await store.rename(two.id, '   ');
    expect(store.teams.map((t) => t.name)).toEqual(['Night shift', 'Team 2']);
    await store.remove(one.id);
    const reloaded = new TeamStore();
    await reloaded.load();
    expect(reloaded.teams.map((t) => t.name)).toEqual(['Team 2']);
  });

  it('stores plain data, not reactive proxies', async () => {
    const store = new TeamStore();
    await store.load();
    await store.create('X', [{ label: 'Ana', classId: 'c', months: 1 }]);
    const stored = (await get(TEAMS_KEY)) as unknown[];
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });

  it('ignores a damaged record rather than failing', async () => {
    await set(TEAMS_KEY, [
      {
        id: 't-1',
        name: 'Ok',
        members: [
          { label: 'A', classId: 'c', months: 2 },
          { label: 'B', classId: 'c', months: -1 },
          'junk',
        ],
      },
      { name: 'no id' },
      42,
    ]);
    const store = new TeamStore();
    await store.load();
    expect(store.teams.map((t) => [t.id, t.members.map((m) => m.label), t.target])).toEqual([
      ['t-1', ['A'], null],
    ]);
    expect(readTeams('not a list')).toEqual([]);
  });
});
