// Command-line arguments of `npm run ingest`: paths, per-path jurisdictions, output, limits.
// [Reference] ../shared/PRODUCT.md "Data contract" (the ingest command).

export interface IngestInput {
  path: string;
  /** The --jurisdiction NAME in force when the path was given, or null. */
  jurisdiction: string | null;
}

export interface IngestArgs {
  inputs: IngestInput[];
  out: string | null;
  maxBytes: number | null;
  verbose: boolean;
  help: boolean;
}

export const INGEST_USAGE = `Usage:
  npm run ingest
      Build the bundled default (data/manifest.json) into data/build/graph.json.
  npm run ingest -- <files or folders…> [--jurisdiction NAME] --out <file>
      Turn any class-specification documents into one graph document.

Options:
  --out FILE           Where to write the graph document (JSON). Required with paths.
  --jurisdiction NAME  Jurisdiction of the paths that FOLLOW it, until the next --jurisdiction.
                       May be repeated:  --jurisdiction "State of California" calhr/
                                         --jurisdiction "Illinois SUCSS" il-sucss/
                       The id is a slug of NAME ("state-of-california"); a NAME equal to a
                       jurisdiction id of data/manifest.json uses that jurisdiction. Files listed in
                       data/manifest.json always use the manifest's jurisdiction; other files with
                       no --jurisdiction before them go to "unknown" (with a warning).
  --max-bytes N        Skip files larger than N bytes (default 20 MB).
  --verbose            List every file in the summary (default: the 10 worst by placed share).
  -h, --help           Show this help.

Formats: .txt .md, .html, .pdf, .docx, .csv, and SUCSS-style index folders (a folder holding
root-index.csv). Folders are read recursively. Bad files (empty, binary, too large, not UTF-8,
unsupported) are reported and skipped; the others are still ingested. Exit status is non-zero only
when the command could not run (bad arguments, unwritable output).`;

export class IngestArgsError extends Error {
  override name = 'IngestArgsError';
}

/** Parses argv (without node and the script). Throws IngestArgsError on bad arguments. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const args: IngestArgs = { inputs: [], out: null, maxBytes: null, verbose: false, help: false };
  let jurisdiction: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new IngestArgsError(`${flag} needs a value.`);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--out':
      case '-o':
        args.out = value();
        break;
      case '--jurisdiction':
      case '-j': {
        const name = value().trim();
        if (name === '') throw new IngestArgsError('--jurisdiction needs a non-empty NAME.');
        jurisdiction = name;
        break;
      }
      case '--max-bytes': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n <= 0) {
          throw new IngestArgsError(
            `--max-bytes needs a positive whole number of bytes, not "${v}".`,
          );
        }
        args.maxBytes = n;
        break;
      }
      case '--verbose':
      case '-v':
        args.verbose = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') throw new IngestArgsError(`Unknown option ${raw}.`);
        args.inputs.push({ path: raw, jurisdiction });
    }
  }
  if (args.inputs.length > 0 && args.out === null) {
    throw new IngestArgsError('--out <file> is required when paths are given.');
  }
  if (args.inputs.length === 0 && jurisdiction !== null) {
    throw new IngestArgsError('--jurisdiction applies to the paths after it, but no path follows.');
  }
  return args;
}
