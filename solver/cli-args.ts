/** Command-line arguments of the `plan` command (solver/cli.ts). */

/** Planning stops after this long unless `--time-limit-ms` says otherwise: the best plan so far, marked `timedout`. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;
/** setTimeout fires at once beyond 2^31-1 ms; a day is more than any plan needs. */
const MAX_TIME_LIMIT_MS = 86_400_000;

export const USAGE = `usage: npm run -s plan -- <snapshot.json | -> [--out FILE] [--time-limit-ms N]

Plans a snapshot and prints the plan JSON (or writes it to FILE). The snapshot's "format"
decides the version: plassplan.snapshot/2 gives a plassplan.plan/2, plassplan.snapshot/1 a
plassplan.plan/1 (planned exactly as before).
  --out FILE          write the plan to FILE instead of stdout
  --time-limit-ms N   stop after N ms (default ${DEFAULT_TIME_LIMIT_MS}, at most ${MAX_TIME_LIMIT_MS}) and return the
                      first-come-first-served plan with status "timedout"
Exit 0: plan written; 2: bad arguments or an invalid snapshot (one "path: message" line
per problem on stderr); 1: the planner failed.`;

/** Parsed arguments; `timeLimitMs` always has a value (the default when not given). */
export interface CliArgs {
  input: string;
  out?: string;
  timeLimitMs: number;
}

/** Parses argv (without node and script); `'help'` for --help/-h, a message on bad arguments. */
export function parseCliArgs(argv: string[]): CliArgs | 'help' | string {
  const args: Partial<CliArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--out') args.out = argv[++i];
    else if (arg === '--time-limit-ms') args.timeLimitMs = Number(argv[++i]);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (args.input === undefined) args.input = arg;
    else return `unexpected argument ${arg}`;
  }
  if (args.input === undefined) return 'missing snapshot file';
  if (args.out === undefined && argv.includes('--out')) return '--out needs a file name';
  const limit = args.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  if (!(Number.isInteger(limit) && limit > 0 && limit <= MAX_TIME_LIMIT_MS)) {
    return `--time-limit-ms needs a whole number of milliseconds from 1 to ${MAX_TIME_LIMIT_MS}`;
  }
  return { input: args.input, out: args.out, timeLimitMs: limit };
}
