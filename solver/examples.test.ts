import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { planSnapshot } from './plan';
import { validateSnapshot, type Snapshot } from './snapshot';

// The shared folders beside the repository are the source; cases/ and cases-v2/ hold committed
// copies so a fresh clone elsewhere (CI) runs the same examples.
const VERSIONS = [
  { version: 1, shared: '../../shared/planning-examples/', copy: './cases/', count: 9 },
  { version: 2, shared: '../../shared/planning-examples-v2/', copy: './cases-v2/', count: 8 },
] as const;

for (const { version, shared: sharedPath, copy: copyPath, count } of VERSIONS) {
  const shared = new URL(sharedPath, import.meta.url);
  const copy = new URL(copyPath, import.meta.url);
  const dir = existsSync(shared) ? shared : copy;
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

  const load = (name: string): { snapshot: Snapshot; optimalTotal: number } => {
    const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.errors)}`);
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
    return { snapshot: v.snapshot, optimalTotal: expected.optimalTotal };
  };

  describe(`public planning examples, v${version}`, () => {
    it('when the examples folder is read, then it holds the examples', () => {
      expect(names.length).toBeGreaterThanOrEqual(count);
    });

    it.runIf(existsSync(shared))(`when the shared examples change, then ${copyPath} is a current copy`, () => {
      expect(readdirSync(copy).sort()).toEqual(readdirSync(shared).sort());
      for (const f of readdirSync(shared)) expect(readFileSync(new URL(f, copy), 'utf8')).toBe(readFileSync(new URL(f, shared), 'utf8'));
    });

    it.each(names)(`when %s is validated, then it is a valid snapshot/${version}`, (name) => {
      expect(load(name).snapshot.format).toBe(`plassplan.snapshot/${version}`);
    });

    it.each(names)('when %s is planned, then the plan reaches optimalTotal and proves it', async (name) => {
      const { snapshot, optimalTotal } = load(name);
      const plan = await planSnapshot(snapshot);
      expect(plan.format).toBe(`plassplan.plan/${version}`);
      expect(plan.cost.total).toBe(optimalTotal);
      expect(plan.solver.status).toBe('optimal');
      expect(plan.solver.bound).toBe(plan.cost.total);
      expect(plan.cost).toEqual(computeCost(snapshot, plan.admissions, plan.interimStays));
    });

    it.each(names)('when %s is planned, then every applicant appears once with a why, interim stays too', async (name) => {
      const { snapshot } = load(name);
      const plan = await planSnapshot(snapshot);
      const ids = [...plan.admissions, ...plan.unplaced].map((x) => x.applicantId).sort();
      expect(ids).toEqual(snapshot.applicants.map((a) => a.id).sort());
      for (const x of [...plan.admissions, ...plan.unplaced]) expect(x.why.trim()).not.toBe('');
      if (version === 1) return void expect(plan.interimStays).toBeUndefined();
      const interim = plan.interimStays ?? [];
      expect(plan.interimStays).toBeDefined();
      expect(new Set(interim.map((x) => x.applicantId)).size).toBe(interim.length);
      for (const x of interim) {
        expect(snapshot.applicants.find((a) => a.id === x.applicantId)?.interim).toBeDefined();
        expect(x.why.trim()).not.toBe('');
      }
    });
  });
}
