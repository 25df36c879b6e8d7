// `rungs` command line → a command, its class arguments and options. No I/O here.
// [Reference] issue 3 "CLI": next|ladder|eligible|path|gap|team <ids…> [--graph] [--json] [--profile].

export const COMMANDS = ['next', 'ladder', 'eligible', 'path', 'gap', 'team'] as const;
export type Command = (typeof COMMANDS)[number];

export interface RungsArgs {
  command: Command;
  /** Class arguments (ids, codes or titles), and for `team` the member specs after the target. */
  positional: string[];
  graph: string;
  json: boolean;
  profile: string | null;
  team: string | null;
  limit: number | null;
}

export const DEFAULT_GRAPH = 'data/build/graph.json';

export const USAGE = `Usage: npm run rungs -- <command> <class…> [options]

Commands
  next <class>                 ranked next roles, with reasons, months still needed and eligibility
  ladder <class>               the class's ladder, lowest rung first, and where its top leads
  eligible <class>             qualified now and by which route, or what is missing (needs --profile)
  path <from> <to>             the quickest route in months of required experience, step by step
  gap <from> <to>              competencies shared / to raise / new, and the qualification difference
  team <target> <member…>      a team against a target; a member is label=class@months
                               ("Ana=Medical Social Assistant@10"), or use --team team.json

A class is its full id ("il-sucss:0876"), its code ("0876") or its title, exact or a unique part
("medical social consultant", "social consultant"). Ambiguous names list the matches.

Options
  --graph <file>     graph document (default ${DEFAULT_GRAPH}, written by \`npm run ingest\`)
  --profile <file>   profile JSON: { "education": { "level": "bachelor", "field": "social work" },
                     "experience": [{ "classId": "<class>", "months": 12 }], "licenses": ["LCSW"],
                     "credits": [{ "toward": "master", "field": "social work", "credits": 30 }] }
  --team <file>      team JSON: [{ "label": "Ana", "classId": "<class>", "months": 10 }]
  --limit <n>        most next roles shown (default 10)
  --json             print the query's result as JSON instead of text
  --help             this text

Exit status: 0 done, 1 an error (unknown class, unreadable file), 2 a usage error.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseRungsArgs(argv: readonly string[]): RungsArgs {
  const positional: string[] = [];
  const out: Omit<RungsArgs, 'command' | 'positional'> = {
    graph: DEFAULT_GRAPH,
    json: false,
    profile: null,
    team: null,
    limit: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--json') out.json = true;
    else if (arg === '--graph') out.graph = value();
    else if (arg === '--profile') out.profile = value();
    else if (arg === '--team') out.team = value();
    else if (arg === '--limit') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0)
        throw new UsageError(`--limit must be a whole number, not "${v}".`);
      out.limit = n;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}.`);
    else positional.push(arg);
  }
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError('no command given.');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}".`);
  const c = command as Command;
  const need = c === 'path' || c === 'gap' ? 2 : 1;
  if (c === 'team') {
    if (rest.length < 1) throw new UsageError('team needs a target class.');
    if (rest.length < 2 && out.team === null)
      throw new UsageError('team needs members (label=class@months) or --team <file>.');
  } else if (rest.length !== need) {
    throw new UsageError(
      `${c} takes ${need === 1 ? 'one class' : 'two classes'}, got ${rest.length}.`,
    );
  }
  if (c === 'eligible' && out.profile === null)
    throw new UsageError('eligible needs --profile <file>.');
  return { command: c, positional: rest, ...out };
}

/** "Ana=Medical Social Assistant@10" → { label: "Ana", class: "Medical Social Assistant", months: 10 }. */
export function parseMemberSpec(spec: string): {
  label: string;
  classQuery: string;
  months: number;
} {
  const m = /^([^=]+)=(.+?)(?:@(\d+(?:\.\d+)?))?$/.exec(spec);
  if (!m || m[1] === undefined || m[2] === undefined) {
    throw new UsageError(`a team member is label=class@months, not "${spec}".`);
  }
  return {
    label: m[1].trim(),
    classQuery: m[2].trim(),
    months: m[3] === undefined ? 0 : Number(m[3]),
  };
}
