// The career graph floor: building, loading and saving the graph, and the queries people ask of it.
export * from './career-graph.ts';
export * from './build-edges.ts';
export * from './build-graph.ts';
export * from './load-graph-document.ts';
export * from './pack-graph-document.ts';
export * from './serialize-graph.ts';
export * from './find-classes.ts';
export * from './class-competencies.ts';
export * from './competency-name.ts';
export * from './default-profile.ts';
export * from './queries/ladder.ts';
export * from './queries/next-roles.ts';
export * from './queries/eligibility.ts';
export * from './queries/path.ts';
export * from './queries/gap.ts';
export * from './queries/team-gap.ts';
export * from './read-team-member.ts';
