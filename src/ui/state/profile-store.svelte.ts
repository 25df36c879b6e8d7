// The person's profile, kept in this browser's IndexedDB (idb-keyval) and nowhere else: education,
// months in each class held, licences, credits, and which held class is their current one.

import { del, get, set } from 'idb-keyval';
import { readProfile, type Profile } from '../../domain/model/index.ts';
import { nowIso } from '../lib/collections.ts';

export const PROFILE_KEY = 'rungs:profile:v1';

export interface StoredProfile {
  profile: Profile;
  /** The class the person holds now ("You are here"), one of `profile.experience`. */
  currentClassId: string | null;
  savedAt: string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'cleared' | 'error';

function emptyProfile(): Profile {
  return { education: { level: 'none', field: null }, credits: [], experience: [], licenses: [] };
}

export class ProfileStore {
  profile: Profile = $state(emptyProfile());
  currentClassId: string | null = $state(null);
  /** True once the person has saved a profile (until cleared). */
  isSet = $state(false);
  loaded = $state(false);
  saveState: SaveState = $state('idle');
  savedAt: string | null = $state(null);

  async load(): Promise<void> {
    try {
      const stored = (await get(PROFILE_KEY)) as Partial<StoredProfile> | undefined;
      // A record this version cannot read (older, or damaged) is left unread, not half used.
      const { profile } = readProfile(stored?.profile);
      if (stored && profile) {
        this.profile = profile;
        this.currentClassId = stored.currentClassId ?? profile.experience[0]?.classId ?? null;
        this.savedAt = stored.savedAt ?? null;
        this.isSet = true;
      }
    } catch {
      // No IndexedDB (private mode, old browser): the profile lives for this page only.
    }
    this.loaded = true;
  }

  /** A plain copy of the profile, for the domain queries (no reactive proxies inside). */
  snapshot(): Profile {
    return $state.snapshot(this.profile) as Profile;
  }

  async save(): Promise<void> {
    this.saveState = 'saving';
    if (
      this.currentClassId &&
      !this.profile.experience.some((e) => e.classId === this.currentClassId)
    ) {
      this.currentClassId = this.profile.experience[0]?.classId ?? null;
    }
    if (!this.currentClassId) this.currentClassId = this.profile.experience[0]?.classId ?? null;
    const record: StoredProfile = {
      profile: this.snapshot(),
      currentClassId: this.currentClassId,
      savedAt: nowIso(),
    };
    try {
      await set(PROFILE_KEY, record);
      this.savedAt = record.savedAt;
      this.isSet = true;
      this.saveState = 'saved';
    } catch {
      this.saveState = 'error';
    }
  }

  async clear(): Promise<void> {
    try {
      await del(PROFILE_KEY);
    } catch {
      // Nothing stored: nothing to clear.
    }
    this.profile = emptyProfile();
    this.currentClassId = null;
    this.isSet = false;
    this.savedAt = null;
    this.saveState = 'cleared';
  }
}
