import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readyDay } from './cost';
import { dayIndex } from './days';
import { planFirstComeFirstServed } from './fcfs-plan';
import { planSnapshot } from './plan';
import type { Plan } from './plan-types';
import { inversionSentences, priorityInversions } from './priority-inversions';
import { canTake } from './rules';
import { type Snapshot, validateSnapshot } from './snapshot';
import { snapshotArbV2 } from './testing/arbitrary-v2';
import { handPlan, type HandAdmission, home, hospital, type Json, snapshotOf, units } from './testing/explain-fixtures';


/** V-3 (priority 3) gets SOL-L on 01.12.2026; V-1 (priority 1) is changed by `h`. */
function casesOf(o: { h?: Json; l?: Json; units?: Json[]; more?: Json[]; finals?: HandAdmission[] }) {
  const s = snapshotOf({
    format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10, units: o.units ?? units,
    applicants: [
      { id: 'V-1', kind: 'langtid', priority: 1, location: home, ...o.h },
      { id: 'V-3', kind: 'langtid', priority: 3, location: home, ...o.l },
      ...(o.more ?? []),
    ],
  });
  return priorityInversions(s, handPlan(s, [['V-3', 'SOL-L', '2026-12-01'], ...(o.finals ?? [])]));
}

describe('priority inversions on hand-made snapshots', () => {
  it('when a higher-priority person who fits and is ready gets no place, then the case is listed with both and the reason', () => {
    const [x, ...rest] = casesOf({ l: { location: hospital } });
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ applicantId: 'V-3', priority: 3, unitId: 'SOL-L', date: '2026-12-01', aheadOfId: 'V-1', aheadOfPriority: 1, aheadOfDate: null });
    expect(x!.text).toBe('V-3 (prioritet 3) får plass på Solbakken langtid 01.12.2026 foran V-1 (prioritet 1), fordi V-3 ligger på sykehus og V-1 venter hjemme.');
  });

  it('when the higher-priority person gets a place later, then the case gives that date', () => {
    const [x] = casesOf({ finals: [['V-1', 'FJE-L', '2026-12-04']] });
    expect(x!.aheadOfDate).toBe('2026-12-04');
    expect(x!.text).toMatch(/foran V-1 \(prioritet 1\), som får plass 04\.12\.2026 på Fjellvang langtid/);
  });

  it('when the lower-priority person is past the guarantee, then the reason says so', () => {
    expect(casesOf({ l: { guaranteeDate: '2026-11-20' } })[0]!.text).toMatch(/, fordi V-3 allerede er forbi garantifristen\.$/);
  });

  it('when the unit does not fit the higher-priority person (need, locked unit, exclusion, own unit), then nothing is listed', () => {
    expect(casesOf({ h: { requires: ['rop'] } })).toEqual([]);
    const locked = [{ ...units[0], tags: ['skjermet'], onlyFor: ['skjermet'] }, ...units.slice(1)];
    expect(casesOf({ units: locked, l: { requires: ['skjermet'] } })).toEqual([]);
    expect(casesOf({ h: { excludedUnits: ['SOL-L'] } })).toEqual([]);
    expect(casesOf({ h: { location: { type: 'unit', unitId: 'SOL-L' } } })).toEqual([]);
  });

  it('when the higher-priority person is not ready, is of another kind or is placed the same day, then nothing is listed', () => {
    expect(casesOf({ h: { earliestDate: '2026-12-02' } })).toEqual([]);
    expect(casesOf({ h: { kind: 'korttid' } })).toEqual([]);
    expect(casesOf({ finals: [['V-1', 'FJE-L', '2026-12-01']], units: [units[0], { ...units[1], freeNow: 1 }, units[2]] })).toEqual([]);
  });

  it('when two lower-priority people go ahead of one, then each pair is listed once', () => {
    const more = [{ id: 'V-2', kind: 'langtid', priority: 2, location: home }];
    const cases = casesOf({ more, finals: [['V-2', 'FJE-L', '2026-12-04']] });
    expect(cases.map((c) => `${c.applicantId}>${c.aheadOfId}`)).toEqual(['V-3>V-1', 'V-3>V-2', 'V-2>V-1']);
  });
});

/** The definition, written out plainly: every (taker, waiting) pair it holds for. */
function inversionsByDefinition(s: Snapshot, plan: Plan): string[] {
  const day = new Map(plan.admissions.map((x) => [x.applicantId, dayIndex(s.today, x.date)]));
  const out: string[] = [];
  for (const x of plan.admissions) {
    const a = s.applicants.find((p) => p.id === x.applicantId)!;
    const unit = s.units.find((u) => u.id === x.unitId)!;
    const d = day.get(a.id)!;
    for (const b of s.applicants) {
      if (b.kind === unit.kind && b.priority < a.priority && canTake(b, unit) && readyDay(s, b) <= d && (day.get(b.id) ?? Infinity) > d) {
        out.push(`${a.id}>${b.id}`);
      }
    }
  }
  return out.sort();
}

describe('priority inversions, for all snapshots', () => {
  const SMALL = { people: 10, units: 4, days: 8 };
  const listed = (s: Snapshot, plan: Plan) => priorityInversions(s, plan).map((c) => `${c.applicantId}>${c.aheadOfId}`).sort();

  it('when any plan is checked, then every listed case is an inversion and every inversion is listed, each with a sentence', async () => {
    await fc.assert(fc.asyncProperty(snapshotArbV2(SMALL), async (raw) => {
      const v = validateSnapshot(JSON.parse(JSON.stringify(raw)));
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      const s = v.snapshot;
      for (const plan of [planFirstComeFirstServed(s), await planSnapshot(s)]) {
        expect(listed(s, plan)).toEqual(inversionsByDefinition(s, plan));
        for (const c of priorityInversions(s, plan)) expect(c.text).toMatch(new RegExp(`^${c.applicantId} \\(prioritet ${c.priority}\\) .* foran ${c.aheadOfId} \\(prioritet ${c.aheadOfPriority}\\), .+\\.$`));
      }
    }), { numRuns: 150 });
  });
});

describe('priority inversions as sentences', () => {
  it('when one placement goes ahead of several people of one priority for one reason, then they share one line under the placement', () => {
    const more = [{ id: 'V-2', kind: 'langtid', priority: 1, location: home }];
    expect(inversionSentences(casesOf({ l: { guaranteeDate: '2026-11-20' }, more }))).toEqual([{
      placed: 'V-3 (prioritet 3) får plass på Solbakken langtid 01.12.2026',
      ahead: ['foran V-1 og V-2 (prioritet 1), fordi V-3 allerede er forbi garantifristen.'],
    }]);
    const [own] = inversionSentences(casesOf({ l: { location: hospital }, more }));
    expect(own!.ahead).toEqual([ // each reason names its person; the placement is named once
      'foran V-1 (prioritet 1), fordi V-3 ligger på sykehus og V-1 venter hjemme.',
      'foran V-2 (prioritet 1), fordi V-3 ligger på sykehus og V-2 venter hjemme.',
    ]);
  });
});
