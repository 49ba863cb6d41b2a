import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = (name: string) => fileURLToPath(new URL(`./cases-v2/${name}`, import.meta.url));

function plan(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'solver/cli.ts', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('plan command with snapshot v2', () => {
  it('when a v2 file breaks v2 rules, then it exits 2 with one path line per problem and no plan', () => {
    const s = JSON.parse(readFileSync(example('couple-together.json'), 'utf8'));
    s.applicants[2].partnerId = 'P-3301';
    s.applicants[0].interim = { requires: [] };
    s.units[1].onlyFor = ['skjermet'];
    s.units[0].bookings = [{ from: '2026-12-02', to: '2026-12-04', count: 2 }];
    s.tailDays = 400;
    const file = join(mkdtempSync(join(tmpdir(), 'plan-v2-')), 'bad.json');
    writeFileSync(file, JSON.stringify(s));
    const run = plan([file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').sort()).toEqual([
      'applicants[0].interim: is not allowed for one of a couple (partnerId): partners move in together',
      'applicants[2].partnerId: applicant "P-3301" does not name "P-3303" as partner (partnerId)',
      'tailDays: must be at most 366',
      'units[0].bookings: hold 2 places on 2026-12-02 (day 1), but the unit has only 1 then even if nobody is admitted',
      'units[1].onlyFor[0]: "skjermet" is not one of the unit\'s tags',
    ]);
  });

  it('when the format is neither version, then it exits 2 naming both accepted formats', () => {
    const s = JSON.parse(readFileSync(example('couple-together.json'), 'utf8'));
    s.format = 'plassplan.snapshot/9';
    const run = plan(['-'], JSON.stringify(s));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('format: must be "plassplan.snapshot/1" or "plassplan.snapshot/2"\n');
  });

  it('when --help is given, then the usage names both snapshot versions and the plans they give', () => {
    const run = plan(['--help']);
    expect(run.status).toBe(0);
    for (const f of ['plassplan.snapshot/1', 'plassplan.snapshot/2', 'plassplan.plan/1', 'plassplan.plan/2']) expect(run.stdout).toContain(f);
  });

  it('when only-for-skjermet.json is planned with --out, then the file holds an optimal plan/2 and the locked place goes to the person who needs it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-v2-')), 'plan.json');
    const run = plan([example('only-for-skjermet.json'), '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toMatchObject({ format: 'plassplan.plan/2', interimStays: [], cost: { total: 22443, interimStays: 0 } });
    expect(written.solver).toMatchObject({ status: 'optimal', bound: 22443 });
    expect(written.admissions).toContainEqual(expect.objectContaining({ applicantId: 'P-3101', unitId: 'SOL-S' }));
  });

  it('when interim-from-hospital.json is planned, then it prints an optimal plan/2 with the interim stay in BRE-K', () => {
    const run = plan([example('interim-from-hospital.json')]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.format).toBe('plassplan.plan/2');
    expect(out.cost.total).toBe(8481);
    expect(out.solver).toMatchObject({ status: 'optimal', bound: 8481 });
    expect(out.interimStays).toEqual([expect.objectContaining({ applicantId: 'P-3001', unitId: 'BRE-K', date: '2026-12-01' })]);
    expect(out.interimStays[0].why).not.toBe('');
  });
});
