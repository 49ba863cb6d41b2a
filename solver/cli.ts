import { readFileSync, writeFileSync } from 'node:fs';
import { planSnapshot } from './plan';
import { validateSnapshot } from './snapshot';
import { planInWorker } from './worker';

const USAGE = 'usage: npm run plan -- <snapshot.json | -> [--out FILE] [--time-limit-ms N]';

interface CliArgs {
  input: string;
  out?: string;
  timeLimitMs?: number;
}

function parseArgs(argv: string[]): CliArgs | string {
  const args: Partial<CliArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') args.out = argv[++i];
    else if (arg === '--time-limit-ms') args.timeLimitMs = Number(argv[++i]);
    else if (arg.startsWith('--') ) return `unknown option ${arg}`;
    else if (args.input === undefined) args.input = arg;
    else return `unexpected argument ${arg}`;
  }
  if (args.input === undefined) return 'missing snapshot file';
  if (args.out === undefined && argv.includes('--out')) return '--out needs a file name';
  const limit = args.timeLimitMs;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return '--time-limit-ms needs a positive integer';
  return args as CliArgs;
}

function readInput(input: string): unknown {
  const text = readFileSync(input === '-' ? 0 : input, 'utf8');
  return JSON.parse(text);
}

function fail(lines: string[]): never {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
  process.exit(2);
}

/** `plan` command: snapshot in (file or stdin), plan JSON out (stdout or --out); exit 2 on bad input. */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (typeof args === 'string') fail([args, USAGE]);
  let raw: unknown;
  try {
    raw = readInput(args.input);
  } catch (e) {
    const reason = e instanceof SyntaxError ? `malformed JSON: ${e.message}` : `cannot read: ${(e as Error).message}`;
    fail([`${args.input}: ${reason}`]);
  }
  const valid = validateSnapshot(raw);
  if (!valid.ok) fail(valid.errors.map((e) => `${e.path}: ${e.message}`));
  const plan =
    args.timeLimitMs === undefined
      ? await planSnapshot(valid.snapshot)
      : await planInWorker(valid.snapshot, { timeLimitMs: args.timeLimitMs });
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (args.out !== undefined) writeFileSync(args.out, text);
  else process.stdout.write(text);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`plan failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
