import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstComeFirstServed } from './baseline';
import { explainPlan } from './explain';
import { planSnapshot } from './plan';
import { snapshotArb } from './testing/arbitrary';
import { snapshotArbV2 } from './testing/arbitrary-v2';
import { validSnapshot } from './testing/valid-snapshot';
import { allWhys, example, kronerNotOverligger, RELATIVE_DAY, whysOf } from './testing/explain-fixtures';

const V1 = ['chain-move', 'chain-of-two', 'exclusion', 'future-discharge-date', 'guarantee-already-past', 'preference', 'shortage-priority', 'tag-requirement', 'turnaround'];
const V2 = ['booking-and-chain', 'booking-respite', 'couple-together', 'interim-from-hospital', 'interim-needs-tag', 'only-for-skjermet', 'partners-with-occupant', 'tail-days-fairness'];

const whyOf = async (name: string, id: string) => {
  const w = whysOf(await planSnapshot(example('v1', name))).get(id)!;
  return (w.final ?? w.unplaced)!;
};

describe('explanations of v1 plans', () => {
  it('when a lower-priority person is placed first, then the why names the higher-priority person and the reason', async () => {
    expect(await whyOf('exclusion', 'P-2502')).toMatch(/har prioritet 3 og går foran P-2501 \(prioritet 2\), som ikke skal ha plass på Breidablikk helsehus, korttid 1/);
  });

  it('when a chain of two moves is planned, then each move names who gets the bed it frees', async () => {
    expect(await whyOf('chain-of-two', 'P-2801')).toMatch(/flytter fra Solbakken sykehjem, langtid; sengen der går så til P-2802 24\.11\.2026/);
    expect(await whyOf('chain-of-two', 'P-2802')).toMatch(/sengen der går så til sykehuspasient P-2803 25\.11\.2026, som sparer 3 overliggerdøgn \(17 943 kr\)/);
    expect(await whyOf('chain-of-two', 'P-2803')).toMatch(/plassen blir ledig når P-2802 flytter ut/);
  });

  it('when someone past the guarantee is left for someone who can still keep theirs, then the why names that person and the deadline', async () => {
    const why = await whyOf('guarantee-already-past', 'P-2201');
    expect(why).toMatch(/P-2202 \(prioritet 3\) får plassen på Solbakken sykehjem, langtid 25\.11\.2026 foran P-2201, fordi garantifristen for P-2202 er 26\.11\.2026/);
    expect(why).toMatch(/garantifristen gikk ut 13\.11\.2026/);
  });

  it('when a hospital patient gets a bed or stays in hospital, then the why counts overliggerdøgn in kroner', async () => {
    expect(await whyOf('shortage-priority', 'P-2702')).toMatch(/kommer rett fra sykehuset og sparer 3 overliggerdøgn \(17 943 kr\)/);
    expect(await whyOf('shortage-priority', 'P-2701')).toMatch(/den ene passende plassen går til sykehuspasient P-2702 \(prioritet 1\); blir liggende på sykehus, 3 overliggerdøgn \(17 943 kr\)/);
  });

  it('when the place meets a need, then the why says the need in the phrase the app turns into words', async () => {
    expect(await whyOf('tag-requirement', 'P-2401')).toMatch(/trenger skjermet/);
  });
});

describe('every why of every example', () => {
  it.each([...V1.map((n) => ['v1', n] as const), ...V2.map((n) => ['v2', n] as const)])(
    'when %s %s is planned, then no why uses a relative day, kroner other than overliggerdøgn, or an empty text',
    async (version, name) => {
      const plan = await planSnapshot(example(version, name));
      for (const why of allWhys(plan)) {
        expect(why).not.toMatch(RELATIVE_DAY);
        expect(kronerNotOverligger(why)).toEqual([]);
        expect(why).not.toMatch(/ventekostnad/);
        expect(why.trim().length).toBeGreaterThan(10);
        expect(why.split(' ').length).toBeLessThanOrEqual(50);
      }
    },
  );
});

describe('explanations of any admission list', () => {
  it('when random admissions (feasible or not) are explained, then every person gets a sentence with absolute dates and no waiting kroner', () => {
    const arb = snapshotArb({ people: 8, units: 4, days: 6 }).chain((s) =>
      fc.record({
        s: fc.constant(s),
        picks: fc.array(fc.record({ a: fc.nat(Math.max(0, s.applicants.length - 1)), u: fc.nat(s.units.length - 1), d: fc.nat(s.horizonDays - 1) }), { maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, picks }) => {
        const seen = new Set<number>();
        const admissions = picks.filter((p) => p.a < s.applicants.length && !seen.has(p.a) && seen.add(p.a)).map((p) => ({ applicant: p.a, unit: p.u, day: p.d }));
        const e = explainPlan(s, admissions);
        expect(e.admissions.length).toBe(admissions.length);
        expect(e.unplaced.size).toBe(s.applicants.length - admissions.length);
        for (const why of [...e.admissions, ...e.unplaced.values()]) {
          expect(why).toMatch(/\.$/);
          expect(why).not.toMatch(RELATIVE_DAY);
          expect(kronerNotOverligger(why)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('when any v2 first-come-first-served plan is explained, then every decision has a sentence, and every interim stay says where the person waits', () => {
    fc.assert(
      fc.property(snapshotArbV2({ people: 8, units: 4, days: 6 }).map(validSnapshot), (s) => {
        const { admissions, interimStays } = firstComeFirstServed(s);
        const e = explainPlan(s, admissions, interimStays);
        expect(e.admissions.length + e.unplaced.size).toBe(s.applicants.length);
        interimStays.forEach((x, i) => expect(e.interim[i]).toContain(`${s.applicants[x.applicant]!.id} venter på egen plass på ${s.units[x.unit]!.name ?? s.units[x.unit]!.id} fra `));
        for (const why of [...e.admissions, ...e.interim, ...e.unplaced.values()]) {
          expect(why).not.toMatch(RELATIVE_DAY);
          expect(kronerNotOverligger(why)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('when an applicant id is written in a why, then it stands alone so the app can replace it by a name', async () => {
    const plan = await planSnapshot(example('v2', 'interim-from-hospital'));
    for (const why of allWhys(plan)) for (const m of why.matchAll(/P-\d+/g)) expect(why.slice(m.index! + m[0].length)).toMatch(/^($|[\s.,;:)])/);
  });
});
