import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSnapshot } from './plan';
import { validateSnapshot, type Snapshot } from './snapshot';

// The shared folder beside the repository is the source; cases/ holds a committed copy so a
// fresh clone elsewhere (CI) runs the same examples.
const shared = new URL('../../shared/planning-examples/', import.meta.url);
const copy = new URL('./cases/', import.meta.url);
const dir = existsSync(shared) ? shared : copy;
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

function load(name: string): { snapshot: Snapshot; optimalTotal: number } {
  const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.errors)}`);
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
  return { snapshot: v.snapshot, optimalTotal: expected.optimalTotal };
}

describe('public planning examples', () => {
  it('when the examples folder is read, then it holds examples', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it.runIf(existsSync(shared))('when the shared examples change, then cases/ is a current copy', () => {
    for (const f of readdirSync(shared)) expect(readFileSync(new URL(f, copy), 'utf8')).toBe(readFileSync(new URL(f, shared), 'utf8'));
  });

  it.each(names)('when %s is planned, then the plan reaches optimalTotal and proves it', async (name) => {
    const { snapshot, optimalTotal } = load(name);
    const plan = await planSnapshot(snapshot);
    expect(plan.cost.total).toBe(optimalTotal);
    expect(plan.solver.status).toBe('optimal');
    expect(plan.solver.bound).toBe(optimalTotal);
  });

  it.each(names)('when %s is planned, then every applicant appears once with a why', async (name) => {
    const { snapshot } = load(name);
    const plan = await planSnapshot(snapshot);
    const ids = [...plan.admissions, ...plan.unplaced].map((x) => x.applicantId).sort();
    expect(ids).toEqual(snapshot.applicants.map((a) => a.id).sort());
    for (const x of [...plan.admissions, ...plan.unplaced]) expect(x.why.trim()).not.toBe('');
  });
});
