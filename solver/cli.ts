import { readFileSync, writeFileSync } from 'node:fs';
import { parseCliArgs, USAGE } from './cli-args';
import { validateSnapshot } from './snapshot';
import { planInWorker } from './worker';

function readInput(input: string): unknown {
  const text = readFileSync(input === '-' ? 0 : input, 'utf8');
  return JSON.parse(text);
}

function fail(lines: string[]): never {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
  process.exit(2);
}

/**
 * `plan` command: snapshot in (file or stdin), plan JSON out (stdout or --out); exit 2 on bad
 * input. Either version: the snapshot's `format` decides (v1 → plan/1, v2 → plan/2). Always
 * plans in a worker under a time limit (default 60 s), so a huge snapshot ends
 * with a `timedout` plan instead of running for ever.
 */
async function main(argv: string[]): Promise<void> {
  const args = parseCliArgs(argv);
  if (args === 'help') return void process.stdout.write(`${USAGE}\n`);
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
  const plan = await planInWorker(valid.snapshot, { timeLimitMs: args.timeLimitMs });
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (args.out !== undefined) writeFileSync(args.out, text);
  else process.stdout.write(text);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`plan failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
