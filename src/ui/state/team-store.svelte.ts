// A manager's teams, kept in this browser's IndexedDB (idb-keyval) and nowhere else: each team's
// name, members (a label, the class they hold, months in it) and the target class last chosen.
// Every change is written at once; `saveState` says when the write is done.

import { get, set } from 'idb-keyval';
import { readTeamMember } from '../../domain/graph/index.ts';
import { nowIso } from '../lib/collections.ts';

export const TEAMS_KEY = 'rungs:teams:v1';

export interface StoredMember {
  label: string;
  classId: string;
  months: number;
}

export interface StoredTeam {
  id: string;
  name: string;
  members: StoredMember[];
  target: string | null;
  createdAt: string;
  savedAt: string;
}

export type TeamSaveState = 'idle' | 'saving' | 'saved' | 'error';

/** A stored value as teams, dropping anything that is not one (an older or damaged record). */
export function readTeams(value: unknown): StoredTeam[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((t: unknown): StoredTeam[] => {
    if (typeof t !== 'object' || t === null) return [];
    const x = t as Partial<StoredTeam>;
    if (typeof x.id !== 'string' || typeof x.name !== 'string' || !Array.isArray(x.members))
      return [];
    return [
      {
        id: x.id,
        name: x.name,
        members: x.members.flatMap((m: unknown) => readTeamMember(m) ?? []),
        target: typeof x.target === 'string' ? x.target : null,
        createdAt: typeof x.createdAt === 'string' ? x.createdAt : nowIso(),
        savedAt: typeof x.savedAt === 'string' ? x.savedAt : nowIso(),
      },
    ];
  });
}

function newId(): string {
  const random =
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `t-${random.replace(/-/g, '').slice(0, 10)}`;
}

export class TeamStore {
  teams: StoredTeam[] = $state([]);
  loaded = $state(false);
  /** False when IndexedDB is unavailable: teams live for this page only. */
  persistent = $state(true);
  saveState: TeamSaveState = $state('idle');
  savedAt: string | null = $state(null);
  private writes = 0;

  async load(): Promise<void> {
    try {
      this.teams = readTeams(await get(TEAMS_KEY));
    } catch {
      this.persistent = false;
    }
    this.loaded = true;
  }

  team(id: string | null): StoredTeam | null {
    return id === null ? null : (this.teams.find((t) => t.id === id) ?? null);
  }

  /** A name no other team has: "Team 1", "Team 2", … */
  nextName(base = 'Team'): string {
    const names = this.teams.map((t) => t.name);
    let n = this.teams.length + 1;
    while (names.includes(`${base} ${n}`)) n += 1;
    return `${base} ${n}`;
  }

  async create(
    name = this.nextName(),
    members: StoredMember[] = [],
    target: string | null = null,
  ): Promise<StoredTeam> {
    const now = nowIso();
    const team: StoredTeam = { id: newId(), name, members, target, createdAt: now, savedAt: now };
    this.teams.push(team);
    await this.persist();
    return this.team(team.id) ?? team;
  }

  /** Applies `change` to the team and writes all teams. */
  async update(id: string, change: (team: StoredTeam) => void): Promise<void> {
    const team = this.team(id);
    if (!team) return;
    change(team);
    team.savedAt = nowIso();
    await this.persist();
  }

  async rename(id: string, name: string): Promise<void> {
    const clean = name.trim();
    if (!clean) return;
    await this.update(id, (t) => {
      t.name = clean;
    });
  }

  async remove(id: string): Promise<void> {
    this.teams = this.teams.filter((t) => t.id !== id);
    await this.persist();
  }

  /** A plain copy of a team (no reactive proxies), for exports and the domain queries. */
  snapshot(id: string): StoredTeam | null {
    const team = this.team(id);
    return team ? ($state.snapshot(team) as StoredTeam) : null;
  }

  private async persist(): Promise<void> {
    const write = ++this.writes;
    if (!this.persistent) {
      this.saveState = 'error';
      return;
    }
    this.saveState = 'saving';
    try {
      await set(TEAMS_KEY, $state.snapshot(this.teams));
      // Only the latest write reports: an earlier one finishing late must not say "saved" too soon.
      if (write === this.writes) {
        this.savedAt = nowIso();
        this.saveState = 'saved';
      }
    } catch {
      if (write === this.writes) this.saveState = 'error';
    }
  }
}
