// What a bench section is: a name, a one-line description, and a run that prints its own table.
// Sections live in bench/sections/*.ts and are listed in bench/run.ts.

export interface BenchSection {
  name: string;
  description: string;
  run(log: (line: string) => void): Promise<void> | void;
}
