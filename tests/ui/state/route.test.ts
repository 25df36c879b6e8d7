import { describe, expect, it } from 'vitest';
import { classHref, formatRoute, parseRoute, type Route } from '../../../src/ui/state/route.ts';

describe('parseRoute(hash)', () => {
  it.each<{ input: string; expected: Route }>([
    { input: '', expected: { view: 'home', q: '' } },
    { input: '#/?q=medical%20social', expected: { view: 'home', q: 'medical social' } },
    { input: '#/class/il-sucss:4260', expected: { view: 'class', id: 'il-sucss:4260', kinds: ['promotion', 'equivalence', 'shared-ksa'], line: null, file: null } },
    { input: '#/class/il-sucss%3A4260?edges=promotion&line=139', expected: { view: 'class', id: 'il-sucss:4260', kinds: ['promotion'], line: 139, file: null } },
    { input: '#/class/x?edges=none', expected: { view: 'class', id: 'x', kinds: [], line: null, file: null } },
    { input: '#/path?from=a&to=b&alt=2', expected: { view: 'path', from: 'a', to: 'b', alt: 2 } },
    { input: '#/overview?j=il-sucss,ny-county&mode=table', expected: { view: 'overview', jurisdictions: ['il-sucss', 'ny-county'], kinds: ['promotion', 'equivalence', 'shared-ksa'], mode: 'table' } },
    { input: '#/profile', expected: { view: 'profile' } },
    { input: '#/nowhere', expected: { view: 'not-found', hash: '#/nowhere' } },
    { input: '#/class/%E0%A4%A', expected: { view: 'not-found', hash: '#/class/%E0%A4%A' } },
  ])('$input', ({ input, expected }) => {
    expect(parseRoute(input)).toEqual(expected);
  });
});

describe('formatRoute(route)', () => {
  it('round-trips every view through parseRoute', () => {
    const routes: Route[] = [
      { view: 'home', q: 'case manager' },
      { view: 'class', id: 'westchester-ny:case-manager-ii-social-work', kinds: ['equivalence', 'shared-ksa'], line: 41, file: null },
      { view: 'class', id: 'il-sucss:4260', kinds: ['promotion', 'equivalence', 'shared-ksa'], line: 12, file: '/corpus/il-sucss/ksa.csv' },
      { view: 'path', from: 'il-sucss:0264', to: 'il-sucss:3729', alt: 1 },
      { view: 'overview', jurisdictions: ['il-cms'], kinds: ['promotion'], mode: 'graph' },
      { view: 'profile' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });

  it('keeps class ids readable and leaves default settings out of the URL', () => {
    expect(classHref('il-sucss:4260')).toBe('#/class/il-sucss:4260');
    expect(formatRoute({ view: 'overview', jurisdictions: [], kinds: ['promotion', 'equivalence', 'shared-ksa'], mode: 'graph' })).toBe('#/overview');
  });
});
