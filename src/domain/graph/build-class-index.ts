// An index of job classes by jurisdiction and normalised title, for resolving the class titles that
// qualification clauses name ("performing the duties of a Social Service Consultant I").
// [Reference] ../shared/PRODUCT.md "promotion": references resolve inside one jurisdiction.

import type { JobClass } from '../model/index.ts';
import { normalizeTitle } from './normalize-title.ts';
import { parseNumberedTitle } from './parse-numbered-title.ts';

export interface ClassIndex {
  byId: Map<string, JobClass>;
  /** `<jurisdiction>\u0000<normalised title>` → classes with that title, by id. */
  byTitle: Map<string, JobClass[]>;
  /** `<jurisdiction>\u0000<series id>` → classes of the series, lowest level first. */
  bySeries: Map<string, JobClass[]>;
  /** `<jurisdiction>\u0000<title without parentheses>` → classes ("prison industries superintendent i"). */
  byBareTitle: Map<string, JobClass[]>;
  /** `<jurisdiction>\u0000<numbered family>` → its rungs ("accountant" → I, II, III), lowest first. */
  byNumberedFamily: Map<string, { n: number; cls: JobClass }[]>;
}

/** "Prison Industries Superintendent I (Bakery)" → "prison industries superintendent i". */
export function bareTitle(normalisedTitle: string): string {
  return normalisedTitle
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function titleKey(jurisdiction: string, normalisedTitle: string): string {
  return `${jurisdiction}\u0000${normalisedTitle}`;
}

export function seriesKey(cls: Pick<JobClass, 'jurisdiction' | 'series'>): string | null {
  return cls.series ? `${cls.jurisdiction}\u0000${cls.series.id}` : null;
}

export function buildClassIndex(classes: readonly JobClass[]): ClassIndex {
  const byId = new Map<string, JobClass>();
  const byTitle = new Map<string, JobClass[]>();
  const bySeries = new Map<string, JobClass[]>();
  const byBareTitle = new Map<string, JobClass[]>();
  const byNumberedFamily = new Map<string, { n: number; cls: JobClass }[]>();
  for (const cls of classes) {
    byId.set(cls.id, cls);
    const normalised = normalizeTitle(cls.title);
    const key = titleKey(cls.jurisdiction, normalised);
    const same = byTitle.get(key);
    if (same) same.push(cls);
    else byTitle.set(key, [cls]);
    const bare = bareTitle(normalised);
    if (bare !== normalised) {
      const bareKey = titleKey(cls.jurisdiction, bare);
      const family = byBareTitle.get(bareKey);
      if (family) family.push(cls);
      else byBareTitle.set(bareKey, [cls]);
    }
    const numbered = parseNumberedTitle(cls.title);
    if (numbered) {
      const fKey = titleKey(cls.jurisdiction, numbered.family);
      const rungs = byNumberedFamily.get(fKey);
      if (rungs) rungs.push({ n: numbered.n, cls });
      else byNumberedFamily.set(fKey, [{ n: numbered.n, cls }]);
    }
    const sKey = seriesKey(cls);
    if (sKey !== null) {
      const members = bySeries.get(sKey);
      if (members) members.push(cls);
      else bySeries.set(sKey, [cls]);
    }
  }
  for (const list of byTitle.values()) list.sort((a, b) => compareIds(a.id, b.id));
  for (const list of byBareTitle.values()) list.sort((a, b) => compareIds(a.id, b.id));
  for (const list of bySeries.values()) {
    list.sort(
      (a, b) =>
        (a.series?.level ?? Number.POSITIVE_INFINITY) -
          (b.series?.level ?? Number.POSITIVE_INFINITY) || compareIds(a.id, b.id),
    );
  }
  for (const list of byNumberedFamily.values()) {
    list.sort((a, b) => a.n - b.n || compareIds(a.cls.id, b.cls.id));
  }
  return { byId, byTitle, bySeries, byBareTitle, byNumberedFamily };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each class's place in id order (`compareIds`), equal ids sharing a place: sorting by these
 * numbers orders like sorting by id, without comparing strings.
 * NOTE: ids ["il:2", "calhr:9", "il:10"] → [2, 0, 1] ("il:10" < "il:2" as strings).
 */
export function idRanks(classes: readonly Pick<JobClass, 'id'>[]): Int32Array {
  const order = classes.map((_, i) => i);
  order.sort((a, b) => compareIds((classes[a] as JobClass).id, (classes[b] as JobClass).id));
  const ranks = new Int32Array(classes.length);
  let rank = 0;
  order.forEach((c, r) => {
    const prev = order[r - 1];
    if (prev !== undefined && (classes[prev] as JobClass).id !== (classes[c] as JobClass).id)
      rank = r;
    ranks[c] = rank;
  });
  return ranks;
}
