// Typed access to the app-wide state objects that App.svelte creates and the views read.

import { getContext, setContext } from 'svelte';
import type { AppData } from './app-data.svelte.ts';
import type { EvidencePopoverState } from './evidence.svelte.ts';
import type { ProfileStore } from './profile-store.svelte.ts';
import type { Router } from './router.svelte.ts';
import type { SourceFocus } from './source-focus.svelte.ts';

export interface AppContext {
  data: AppData;
  router: Router;
  profile: ProfileStore;
  evidence: EvidencePopoverState;
  source: SourceFocus;
}

/** The context key; exported for component tests that render a view without <App>. */
export const APP_CONTEXT = Symbol('rungs-app');

export function setAppContext(context: AppContext): AppContext {
  return setContext(APP_CONTEXT, context);
}

export function getAppContext(): AppContext {
  const context = getContext<AppContext | undefined>(APP_CONTEXT);
  if (!context) throw new Error('getAppContext: called outside <App> (no app context).');
  return context;
}
