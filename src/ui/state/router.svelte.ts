// The current route, kept in step with `location.hash`. `go` adds a history entry (a new view),
// `replace` rewrites the current one (a filter or a typed query), so back and forward walk views.

import { formatRoute, parseRoute, type Route } from './route.ts';

export class Router {
  route: Route = $state({ view: 'home', q: '' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.route = parseRoute(window.location.hash);
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  /** Navigates to a new view (a new history entry). */
  go(route: Route): void {
    const hash = formatRoute(route);
    if (hash === window.location.hash) return;
    window.location.hash = hash;
  }

  /** Changes the current view's settings without a new history entry. */
  replace(route: Route): void {
    const hash = formatRoute(route);
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    this.route = parseRoute(hash);
  }
}
