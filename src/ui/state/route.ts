// The app's URL state: every view and its settings live in the hash ("#/class/il-sucss%3A4260"),
// so reload, back, forward and a pasted link land on the same view. Pure: parse and format only.
// To add a view: add a member to `Route`, a case to `parseRoute` and to `formatRoute`, and render it
// in App.svelte. `compare`, `team` and `plan` are reserved for the gap views (issue 5).

import { EDGE_KINDS, type EdgeKind } from '../../domain/model/index.ts';

export type OverviewMode = 'graph' | 'table';

export type Route =
  | { view: 'home'; q: string }
  | { view: 'class'; id: string; kinds: EdgeKind[]; line: number | null; file?: string | null }
  | { view: 'path'; from: string | null; to: string | null; alt: number }
  | { view: 'overview'; jurisdictions: string[]; kinds: EdgeKind[]; mode: OverviewMode }
  | { view: 'profile' }
  | { view: 'compare'; from: string | null; to: string | null }
  | { view: 'team'; team: string | null; target: string | null }
  | { view: 'plan'; from: string | null; to: string | null; start: string | null }
  | { view: 'not-found'; hash: string };

export const ALL_KINDS: readonly EdgeKind[] = EDGE_KINDS;

function kindsParam(value: string | null): EdgeKind[] {
  if (value === null) return [...ALL_KINDS];
  if (value === 'none') return [];
  const wanted = new Set(value.split(','));
  return ALL_KINDS.filter((k) => wanted.has(k));
}

function formatKinds(kinds: readonly EdgeKind[]): string | null {
  if (ALL_KINDS.every((k) => kinds.includes(k))) return null;
  return kinds.length === 0 ? 'none' : ALL_KINDS.filter((k) => kinds.includes(k)).join(',');
}

function listParam(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function intParam(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** `location.hash` → Route. Unknown paths give `not-found`, never an exception. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', query = ''] = raw.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  const segments = pathPart.split('/').filter(Boolean);
  const [head, ...rest] = segments;
  let decoded: string[];
  try {
    decoded = rest.map((s) => decodeURIComponent(s));
  } catch {
    return { view: 'not-found', hash };
  }
  switch (head) {
    case undefined:
    case '':
      return { view: 'home', q: params.get('q') ?? '' };
    case 'class':
      if (decoded.length !== 1 || !decoded[0]) return { view: 'not-found', hash };
      return { view: 'class', id: decoded[0], kinds: kindsParam(params.get('edges')), line: intParam(params.get('line')), file: params.get('file') };
    case 'path':
      return { view: 'path', from: params.get('from'), to: params.get('to'), alt: intParam(params.get('alt')) ?? 0 };
    case 'overview': {
      const mode = params.get('mode') === 'table' ? 'table' : 'graph';
      return { view: 'overview', jurisdictions: listParam(params.get('j')), kinds: kindsParam(params.get('edges')), mode };
    }
    case 'profile':
      return { view: 'profile' };
    case 'compare':
      return { view: 'compare', from: params.get('from'), to: params.get('to') };
    case 'team':
      return { view: 'team', team: params.get('team'), target: params.get('target') };
    case 'plan':
      return { view: 'plan', from: params.get('from'), to: params.get('to'), start: params.get('start') };
    default:
      return { view: 'not-found', hash };
  }
}

function withQuery(path: string, entries: [string, string | null | undefined][]): string {
  const params = new URLSearchParams();
  for (const [k, v] of entries) if (v !== null && v !== undefined && v !== '') params.set(k, v);
  const q = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return q ? `${path}?${q}` : path;
}

/** Route → hash ("#/…"), the inverse of `parseRoute` for every route it returns. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
      return withQuery('#/', [['q', route.q]]);
    case 'class':
      return withQuery(`#/class/${encodeURIComponent(route.id).replace(/%3A/gi, ':')}`, [
        ['edges', formatKinds(route.kinds)],
        ['line', route.line === null ? null : String(route.line)],
        ['file', route.line === null ? null : (route.file ?? null)],
      ]);
    case 'path':
      return withQuery('#/path', [
        ['from', route.from],
        ['to', route.to],
        ['alt', route.alt ? String(route.alt) : null],
      ]);
    case 'overview':
      return withQuery('#/overview', [
        ['j', route.jurisdictions.join(',')],
        ['edges', formatKinds(route.kinds)],
        ['mode', route.mode === 'graph' ? null : route.mode],
      ]);
    case 'profile':
      return '#/profile';
    case 'compare':
      return withQuery('#/compare', [
        ['from', route.from],
        ['to', route.to],
      ]);
    case 'team':
      return withQuery('#/team', [
        ['team', route.team],
        ['target', route.target],
      ]);
    case 'plan':
      return withQuery('#/plan', [
        ['from', route.from],
        ['to', route.to],
        ['start', route.start],
      ]);
    case 'not-found':
      return route.hash.startsWith('#') ? route.hash : `#${route.hash}`;
  }
}

/** The hash of a class page: the common link; `line` (of `file`, when not the class's own) scrolls its source. */
export function classHref(id: string, extra: { line?: number | null; file?: string | null } = {}): string {
  return formatRoute({ view: 'class', id, kinds: [...ALL_KINDS], line: extra.line ?? null, file: extra.file ?? null });
}
