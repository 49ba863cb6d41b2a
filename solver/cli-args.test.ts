import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMIT_MS, parseCliArgs } from './cli-args';

describe('plan command arguments', () => {
  it('when no time limit is given, then planning stops after the default 60 s', () => {
    expect(DEFAULT_TIME_LIMIT_MS).toBe(60_000);
    expect(parseCliArgs(['snapshot.json'])).toEqual({ input: 'snapshot.json', out: undefined, timeLimitMs: 60_000 });
  });

  it('when --time-limit-ms is given, then it overrides the default', () => {
    expect(parseCliArgs(['-', '--time-limit-ms', '250', '--out', 'plan.json'])).toEqual({ input: '-', out: 'plan.json', timeLimitMs: 250 });
  });

  it.each([['0'], ['-5'], ['1.5'], ['abc'], ['86400001']])('when the time limit is %s, then it is refused with a message', (value) => {
    expect(parseCliArgs(['x.json', '--time-limit-ms', value])).toMatch(/^--time-limit-ms needs a whole number of milliseconds/);
  });

  it('when --time-limit-ms has no value, then it is refused', () => {
    expect(parseCliArgs(['x.json', '--time-limit-ms'])).toMatch(/^--time-limit-ms needs/);
  });

  it('when --help is given, then help is asked for whatever else is on the line', () => {
    expect(parseCliArgs(['--help'])).toBe('help');
    expect(parseCliArgs(['x.json', '-h'])).toBe('help');
  });
});
