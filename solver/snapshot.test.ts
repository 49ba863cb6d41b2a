import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from './generate';
import { validateSnapshot } from './snapshot';
import { replaceNth } from './testing/replace-nth';

const base = () => JSON.parse(JSON.stringify(generateSnapshot({ people: 6, units: 3, horizonDays: 7 }, 3)));

function errorsOf(input: unknown) {
  const v = validateSnapshot(input);
  if (v.ok) throw new Error('expected the snapshot to be rejected');
  return v.errors;
}

describe('validateSnapshot', () => {
  it('when a generated snapshot is validated, then it is accepted with defaults kept', () => {
    const v = validateSnapshot(base());
    expect(v.ok).toBe(true);
  });

  it('when optional fields are left out, then defaults are filled in', () => {
    const s = base();
    delete s.costs;
    delete s.turnaroundDays;
    delete s.units[0].tags;
    delete s.units[0].departures;
    const v = validateSnapshot(s);
    expect(v.ok && v.snapshot.costs.waitingDayNok['2']).toBe(500);
    expect(v.ok && v.snapshot.turnaroundDays).toBe(1);
    expect(v.ok && v.snapshot.units[0]!.tags).toEqual([]);
  });

  it('when one waitingDayNok key is given, then the others keep their defaults', () => {
    const s = base();
    s.costs = { waitingDayNok: { '1': 10 } };
    const v = validateSnapshot(s);
    expect(v.ok && v.snapshot.costs.waitingDayNok).toEqual({ '1': 10, '2': 500, '3': 100 });
    expect(v.ok && v.snapshot.costs.overliggerdognNok).toBe(5981);
  });

  it('when several things are wrong, then every problem is listed by its JSON path in both languages', () => {
    const s = base();
    s.applicants[3].location = { type: 'unit', unitId: 'X' };
    s.applicants[1].id = s.applicants[0].id;
    s.units[0].departures = [{ date: '2026-11-01', count: -1 }];
    s.units[1].freeNow = 1.5;
    s.applicants[2].guaranteeDate = '2026-02-30';
    s.applicants[0].fnr = '01010112345';
    s.horizonDays = 367;
    s.applicants[4].location = { type: 'hospital', dischargeReadyDate: '2026-11-20' };
    s.applicants[4].earliestDate = '2026-11-25';
    const errors = errorsOf(s);
    const paths = errors.map((e) => e.path);
    expect(errors.find((e) => e.path === 'applicants[3].location.unitId')?.message).toBe('unknown unit "X"');
    expect(paths).toEqual(
      expect.arrayContaining([
        'applicants[1].id',
        'units[0].departures[0].date',
        'units[0].departures[0].count',
        'units[1].freeNow',
        'applicants[2].guaranteeDate',
        'applicants[0].fnr',
        'horizonDays',
        'applicants[4].earliestDate',
      ]),
    );
    for (const e of errors) expect(e.messageNo.length).toBeGreaterThan(0);
  });

  it('when preferred or excluded units are unknown, then they are reported by index', () => {
    const s = base();
    s.applicants[0].preferredUnits = ['NOPE'];
    s.applicants[0].excludedUnits = [s.units[0].id, 'NADA'];
    expect(errorsOf(s).map((e) => e.path)).toEqual(['applicants[0].preferredUnits[0]', 'applicants[0].excludedUnits[1]']);
  });

  it('when every count, date and price is at its bound, then the snapshot is accepted', () => {
    const s = base();
    s.today = '2000-01-01';
    s.turnaroundDays = 10_000;
    s.units[0] = { ...s.units[0], beds: 10_000, freeNow: 4_000, departures: [{ date: '2100-12-31', count: 6_000 }] };
    s.units[1] = { ...s.units[1], freeNow: 10_000, departures: [] };
    s.applicants[0] = { ...s.applicants[0], decisionDate: '2000-01-01', guaranteeDate: '2100-12-31', location: { type: 'home' } };
    s.costs = { overliggerdognNok: 10_000_000, guaranteeBreachNok: 10_000_000, guaranteeLateDayNok: 10_000_000, waitingDayNok: { '1': 10_000_000 }, nonPreferredNok: 10_000_000 };
    const v = validateSnapshot(s);
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('when a count, date or price is just past its bound, then it is rejected at its path in both languages', () => {
    const s = base();
    s.turnaroundDays = 10_001;
    s.units[0] = { ...s.units[0], beds: 10_001, freeNow: 10_001, departures: [{ date: '2101-01-01', count: 10_001 }] };
    s.applicants[0] = { ...s.applicants[0], decisionDate: '1999-12-31', location: { type: 'home' } };
    s.costs = { waitingDayNok: { '3': 10_000_001 } };
    const byPath = new Map(errorsOf(s).map((e) => [e.path, e]));
    for (const path of ['turnaroundDays', 'units[0].beds', 'units[0].freeNow', 'units[0].departures[0].count']) {
      expect(byPath.get(path)).toMatchObject({ message: 'must be at most 10000', messageNo: 'må være høyst 10000' });
    }
    expect(byPath.get('costs.waitingDayNok.3')).toMatchObject({ message: 'must be at most 10000000', messageNo: 'må være høyst 10000000' });
    for (const path of ['units[0].departures[0].date', 'applicants[0].decisionDate']) {
      expect(byPath.get(path)).toMatchObject({
        message: 'must be a date from 2000-01-01 to 2100-12-31', messageNo: 'må være en dato fra 2000-01-01 til 2100-12-31',
      });
    }
  });

  it('when a unit would offer more than 10,000 places with its departures, then the unit is rejected', () => {
    const s = base();
    s.units[2] = { ...s.units[2], freeNow: 6_000, departures: [{ date: s.today, count: 3_000 }, { date: s.today, count: 1_001 }] };
    expect(errorsOf(s)).toEqual([{
      path: 'units[2]', message: 'offers 10001 places (freeNow and departures); at most 10000',
      messageNo: 'gir 10001 plasser (freeNow og departures); høyst 10000',
    }]);
  });

  it('when random values replace parts of a snapshot, then validation never throws and errors carry paths', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.anything())), (edits) => {
        const s = base();
        for (const [at, value] of edits) replaceNth(s, at, value);
        const v = validateSnapshot(s);
        if (!v.ok) for (const e of v.errors) expect(typeof e.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('when the input is not even an object, then it is rejected without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(() => validateSnapshot(x)).not.toThrow();
      }),
      { numRuns: 200 },
    );
    expect(errorsOf(null)[0]!.path).toBe('(root)');
  });
});
