import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCost } from '../cost';
import { validateSnapshot, type Snapshot } from '../snapshot';
import { bruteForceSearch, planOfSearch } from './brute-force';
import { hardRuleViolations } from './check-plan';

// The shared folders beside the repository are the source; committed copies serve a clone elsewhere.
const firstDir = (...candidates: string[]) => candidates.map((c) => new URL(c, import.meta.url)).find((u) => existsSync(u));
const dirs = {
  v1: firstDir('../../../shared/planning-examples/', '../cases/'),
  v2: firstDir('../../../shared/planning-examples-v2/', '../cases-v2/', '../cases/v2/'),
};

const examples = Object.entries(dirs).flatMap(([version, dir]) =>
  dir === undefined ? [] : readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).map((name) => ({ version, dir, name })),
);

function load(dir: URL, name: string): { snapshot: Snapshot; optimalTotal: number } {
  const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.errors)}`);
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
  return { snapshot: v.snapshot, optimalTotal: expected.optimalTotal };
}

describe('brute-force optimum', () => {
  it('when the example folders are read, then both versions hold their 8 examples', () => {
    expect(examples.filter((e) => e.version === 'v1').length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((e) => e.version === 'v2').length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)('when $version $name is searched exhaustively, then the least cost is its optimalTotal', ({ dir, name }) => {
    const { snapshot, optimalTotal } = load(dir, name);
    const r = bruteForceSearch(snapshot);
    expect(r.complete).toBe(true);
    expect(r.optimum).toBe(optimalTotal);
  });

  it.each(examples)('when $version $name is searched, then its best plan keeps every hard rule at the recomputed cost', ({ dir, name }) => {
    const { snapshot } = load(dir, name);
    const r = bruteForceSearch(snapshot);
    expect(hardRuleViolations(snapshot, planOfSearch(snapshot, r))).toEqual([]);
    expect(computeCost(snapshot, r.admissions, r.interimStays).total).toBe(r.optimum);
  });

  it('when two occupants can swap units with turnaround 0, then the search finds the swap (undecided occupants are released as early as they can be)', () => {
    const unit = (id: string) => ({ id, kind: 'langtid', tags: [], freeNow: 0, departures: [] });
    const occupant = (id: string, unitId: string) => ({ id, kind: 'langtid', priority: 1, location: { type: 'unit', unitId } });
    const v = validateSnapshot({
      format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 3, turnaroundDays: 0,
      units: [unit('U0'), unit('U1')], applicants: [occupant('A', 'U0'), occupant('B', 'U1')],
    });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const r = bruteForceSearch(v.snapshot);
    expect(r.optimum).toBe(0);
    expect(r.admissions.map((x) => `${x.applicantId}>${x.unitId}@${x.date}`).sort()).toEqual(['A>U1@2026-12-01', 'B>U0@2026-12-01']);
  });
});
