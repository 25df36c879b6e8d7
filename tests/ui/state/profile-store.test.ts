import { clear, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROFILE_KEY, ProfileStore } from '../../../src/ui/state/profile-store.svelte.ts';

describe('ProfileStore', () => {
  beforeEach(async () => {
    await clear();
  });

  it('saves to IndexedDB and loads the same profile in a new store (a reload)', async () => {
    const a = new ProfileStore();
    await a.load();
    expect(a.isSet).toBe(false);
    a.profile.education = { level: 'master', field: 'social work' };
    a.profile.licenses.push('Licensed Clinical Social Worker');
    a.profile.experience.push({ classId: 'il-sucss:0264', months: 10 });
    await a.save();
    expect(a.saveState).toBe('saved');
    expect(a.currentClassId).toBe('il-sucss:0264');

    const b = new ProfileStore();
    await b.load();
    expect(b.isSet).toBe(true);
    expect(b.snapshot()).toEqual({
      education: { level: 'master', field: 'social work' },
      credits: [],
      experience: [{ classId: 'il-sucss:0264', months: 10 }],
      licenses: ['Licensed Clinical Social Worker'],
    });
    expect(b.currentClassId).toBe('il-sucss:0264');
  });

  it('clears the stored profile', async () => {
    const a = new ProfileStore();
    a.profile.licenses.push('LCSW');
    await a.save();
    await a.clear();
    expect(a.isSet).toBe(false);
    const b = new ProfileStore();
    await b.load();
    expect(b.isSet).toBe(false);
    expect(b.snapshot().licenses).toEqual([]);
  });

  it('leaves a record it cannot read unread, as the CLI refuses such a profile', async () => {
    await set(PROFILE_KEY, {
      profile: {
        education: { level: 'bachelor', field: null },
        credits: [],
        experience: [{ classId: 'il-sucss:0264' }],
        licenses: [],
      },
      currentClassId: 'il-sucss:0264',
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    const store = new ProfileStore();
    await store.load();
    expect(store.loaded).toBe(true);
    expect(store.isSet).toBe(false);
    expect(store.snapshot().experience).toEqual([]);
  });
});
