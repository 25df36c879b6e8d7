// `npm run rungs -- next|ladder|eligible|path|gap|team <class…> [--graph] [--json] [--profile]`:
// the career graph's queries from the command line, for people who script and for tests.
// argv + files only; every answer comes from src/domain/graph. `main(argv, io)` runs in-process.
// [Reference] issue 3 "CLI"; rungs-args.ts for the usage text.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { RungsError } from '../domain/errors.ts';
import {
  buildCareerGraph,
  eligibility,
  findClasses,
  gap,
  ladder,
  loadGraphDocument,
  nextRoles,
  path,
  readTeamMember,
  teamGap,
  type CareerGraph,
  type TeamMember,
} from '../domain/graph/index.ts';
import { readProfile, type Profile } from '../domain/model/index.ts';
import {
  parseMemberSpec,
  parseRungsArgs,
  USAGE,
  UsageError,
  type RungsArgs,
} from './rungs-args.ts';
import {
  formatEligibility,
  formatGap,
  formatLadder,
  formatNextRoles,
  formatPath,
  formatTeamGap,
} from './rungs-format.ts';

export interface RungsIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
}

export const nodeIo: RungsIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (file) => readFileSync(file, 'utf8'),
};

/** A problem with what the person asked for (unknown or ambiguous class, unreadable file): exit 1. */
class CliError extends Error {
  override name = 'CliError';
}

/** Runs one command; returns the exit status (0 done, 1 error, 2 usage). */
export function main(argv: readonly string[], io: RungsIo = nodeIo): number {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    (argv.length === 0 ? io.stderr : io.stdout)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  let args: RungsArgs;
  try {
    args = parseRungsArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rungs: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  try {
    const graph = loadGraph(args.graph, io);
    const output = run(graph, args, io);
    io.stdout(args.json ? JSON.stringify(output.result, null, 2) : output.text);
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof RungsError || error instanceof UsageError) {
      io.stderr(`rungs: ${error.message}`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}

function run(graph: CareerGraph, args: RungsArgs, io: RungsIo): { result: unknown; text: string } {
  const cls = (query: string): string => resolveClass(graph, query);
  const title = (id: string): string => graph.getNodeAttribute(id, 'title');
  const profile = args.profile !== null ? readProfileFile(graph, args.profile, io) : undefined;
  const [first = '', second = ''] = args.positional;
  switch (args.command) {
    case 'next': {
      const id = cls(first);
      const result = nextRoles(graph, id, {
        ...(profile ? { profile } : {}),
        ...(args.limit !== null ? { limit: args.limit } : {}),
      });
      return { result, text: formatNextRoles(result, title(id)) };
    }
    case 'ladder': {
      const result = ladder(graph, cls(first));
      return { result, text: formatLadder(result) };
    }
    case 'eligible': {
      const result = eligibility(graph, cls(first), profile as Profile);
      return { result, text: formatEligibility(result) };
    }
    case 'path': {
      const from = cls(first);
      const to = cls(second);
      const result = path(graph, from, to, profile ? { profile } : {});
      return { result, text: formatPath(result, title(from), title(to)) };
    }
    case 'gap': {
      const result = gap(graph, cls(first), cls(second));
      return { result, text: formatGap(result) };
    }
    case 'team': {
      const target = cls(first);
      const members: TeamMember[] = [
        ...(args.team !== null ? readTeamFile(graph, args.team, io) : []),
        ...args.positional.slice(1).map((spec) => {
          const m = parseMemberSpec(spec);
          return { label: m.label, classId: cls(m.classQuery), months: m.months };
        }),
      ];
      const result = teamGap(graph, members, target);
      return { result, text: formatTeamGap(result) };
    }
  }
}

function resolveClass(graph: CareerGraph, query: string): string {
  const found = findClasses(graph, query);
  if (found.length === 1) return found[0] as string;
  if (found.length === 0)
    throw new CliError(`no job class matches "${query}" (give its id, code or title).`);
  const shown = found
    .slice(0, 12)
    .map((id) => `  ${id}  ${graph.getNodeAttribute(id, 'title')}`)
    .join('\n');
  throw new CliError(
    `"${query}" matches ${found.length} job classes; give one of these ids:\n${shown}${found.length > 12 ? '\n  …' : ''}`,
  );
}

function readJson(file: string, io: RungsIo, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(file);
  } catch {
    throw new CliError(
      `cannot read the ${what} ${file}${what === 'graph document' ? ' (run `npm run ingest` to build it, or pass --graph <file>)' : ''}.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`the ${what} ${file} is not JSON.`);
  }
}

function loadGraph(file: string, io: RungsIo): CareerGraph {
  const doc = loadGraphDocument(readJson(file, io, 'graph document'));
  // A document written before edges were built gets them now.
  return buildCareerGraph(doc, { rebuildEdges: doc.edges.length === 0 && doc.classes.length > 1 });
}

function readProfileFile(graph: CareerGraph, file: string, io: RungsIo): Profile {
  const { profile, problem } = readProfile(readJson(file, io, 'profile'));
  if (profile === null) throw new CliError(`the profile ${file} ${problem}.`);
  return {
    ...profile,
    experience: profile.experience.map((e) => ({ ...e, classId: resolveClass(graph, e.classId) })),
  };
}

function readTeamFile(graph: CareerGraph, file: string, io: RungsIo): TeamMember[] {
  const raw = readJson(file, io, 'team');
  if (!Array.isArray(raw)) throw new CliError(`the team ${file} is not a JSON array.`);
  return raw.map((m: unknown, i) => {
    const member = readTeamMember(m);
    if (member === null) {
      throw new CliError(
        `the team ${file}: member ${i + 1} needs a label, a classId and months (0 or more) if any.`,
      );
    }
    return { ...member, classId: resolveClass(graph, member.classId) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
