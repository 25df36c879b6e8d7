export * from './education.ts';
export * from './job-class.ts';
export * from './graph-document.ts';
export * from './profile.ts';
export * from './fold-spaces.ts';
export * from './memoize-text.ts';
export * from './read-profile.ts';
export * from './route-name.ts';
