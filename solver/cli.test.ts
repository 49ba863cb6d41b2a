import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./cases/${name}`, import.meta.url));

function plan(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'solver/cli.ts', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('plan command', () => {
  it('when chain-move.json is planned, then stdout is only the optimal plan and its why explains the chain', () => {
    const run = plan([example('chain-move.json')]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.cost.total).toBe(7481);
    const move = out.admissions.find((x: { applicantId: string }) => x.applicantId === 'P-2001');
    expect(move.why).toMatch(/P-2001 får plass på Solbakken sykehjem, langtid 23\.11\.2026 og flytter fra Breidablikk helsehus, korttid/);
    expect(move.why).toMatch(/sengen der går så til sykehuspasient P-2002 24\.11\.2026, som sparer 4 overliggerdøgn \(23 924 kr\)/);
  });

  it('when the snapshot comes on stdin with a time limit, then the plan is printed', () => {
    const run = plan(['-', '--time-limit-ms', '20000'], readFileSync(example('turnaround.json'), 'utf8'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).cost.total).toBe(7681);
  });

  it('when the snapshot is invalid, then it exits 2 and lists every problem by path without a stack trace', () => {
    const bad = { format: 'plassplan.snapshot/1', today: '2026-11-23', horizonDays: 0, units: [], applicants: [{ id: 'A', kind: 'langtid', priority: 1, location: { type: 'unit', unitId: 'X' } }] };
    const run = plan(['-'], JSON.stringify(bad));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('horizonDays: must be at least 1');
    expect(run.stderr).toContain('applicants[0].location.unitId: unknown unit "X"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  type Edit = (s: { units: Record<string, unknown>[]; applicants: Record<string, unknown>[]; costs?: unknown }) => void;
  it.each<[string, Edit, string]>([
    ['beds', (s) => { s.units[0]!.beds = 1e9; }, 'units[0].beds: must be at most 10000'],
    ['free places', (s) => { s.units[1]!.freeNow = 1e9; }, 'units[1].freeNow: must be at most 10000'],
    ['a departure', (s) => { s.units[1]!.departures = [{ date: '2026-11-24', count: 1e9 }]; }, 'units[1].departures[0].count: must be at most 10000'],
    ['a date', (s) => { s.applicants[0]!.guaranteeDate = '9999-12-31'; }, 'applicants[0].guaranteeDate: must be a date from 2000-01-01 to 2100-12-31'],
    ['a price', (s) => { s.costs = { overliggerdognNok: 1e12 }; }, 'costs.overliggerdognNok: must be at most 10000000'],
  ])('when %s is beyond what any office has, then it exits 2 naming the path instead of running out of memory', (_, edit, line) => {
    const snapshot = JSON.parse(readFileSync(example('chain-move.json'), 'utf8'));
    edit(snapshot);
    const run = plan(['-'], JSON.stringify(snapshot));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toContain(line);
  });

  it('when --help is given, then the usage with the default time limit is printed and it exits 0', () => {
    const run = plan(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--time-limit-ms N +stop after N ms \(default 60000/);
  });

  it('when the file is missing or not JSON, then it exits 2 with one line', () => {
    expect(plan(['/no/such/file.json']).status).toBe(2);
    const run = plan(['-'], '{not json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/malformed JSON/);
  });
});
