import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstComeFirstServed } from './baseline';
import { placeLedger, type PlaceSource } from './explain-beds';
import { snapshotArb } from './testing/arbitrary';
import { snapshotArbV2 } from './testing/arbitrary-v2';
import { validSnapshot } from './testing/valid-snapshot';
import { indexed, snapshotOf } from './testing/explain-fixtures';

const snapshot = (units: object[], applicants: object[]) =>
  snapshotOf({ format: 'plassplan.snapshot/2', today: '2026-12-01', horizonDays: 10, units, applicants });
const korttid = { id: 'K', kind: 'korttid', freeNow: 1 };
const langtid = { id: 'L', kind: 'langtid', freeNow: 1 };
const person = (id: string, kind = 'korttid', more: object = {}) => ({ id, kind, priority: 2, location: { type: 'home' }, ...more });

describe('place ledger', () => {
  it('when a bed is freed while an older place is still free, then the next admission takes the older place and the freed bed goes to the one after', () => {
    const s = snapshot([korttid, langtid], [person('M', 'langtid', { location: { type: 'unit', unitId: 'K' } }), person('X'), person('Y')]);
    const finals = indexed(s, [['M', 'L', '2026-12-01'], ['X', 'K', '2026-12-02'], ['Y', 'K', '2026-12-03']]);
    const ledger = placeLedger(s, finals, []);
    expect(ledger.finalSource[1]).toEqual({ type: 'listed', ready: 0 });
    expect(ledger.finalSource[2]).toEqual({ type: 'release', mover: 0, ready: 1 });
    expect(ledger.releaseUser.get(0)).toEqual({ type: 'final', index: 2 });
  });

  it('when an interim guest moves on, then its korttid bed is ready turnaroundDays after its own admission', () => {
    const s = snapshot([korttid, { ...langtid, freeNow: 0, departures: [{ date: '2026-12-04', count: 1 }] }], [
      person('G', 'langtid', { location: { type: 'hospital', dischargeReadyDate: '2026-12-01' }, interim: {} }),
      person('N'),
    ]);
    const ledger = placeLedger(s, indexed(s, [['G', 'L', '2026-12-04'], ['N', 'K', '2026-12-05']]), indexed(s, [['G', 'K', '2026-12-01']]));
    expect(ledger.interimSource[0]).toEqual({ type: 'listed', ready: 0 });
    expect(ledger.finalSource[1]).toEqual({ type: 'release', mover: 0, ready: 4 });
  });

  it('when a booking holds a place, then it uses one while it lasts and the one after it gets the place it gives back', () => {
    const booking = { from: '2026-12-02', to: '2026-12-05', count: 1 };
    const s = snapshot([{ ...korttid, freeNow: 1, bookings: [booking] }], [person('X')]);
    const ledger = placeLedger(s, indexed(s, [['X', 'K', '2026-12-05']]), []);
    expect(ledger.finalSource[0]).toEqual({ type: 'booking', booking, ready: 4 });
  });

  it.each([
    ['v1', snapshotArb({ people: 10, units: 4, days: 8 })],
    ['v2', snapshotArbV2({ people: 10, units: 4, days: 8 }).map(validSnapshot)],
  ] as const)('when any %s first-come-first-served plan is matched, then every admission and stay has a place ready by its day and every freed bed at most one user', (_, arb) => {
    fc.assert(
      fc.property(arb, (s) => {
        const { admissions, interimStays } = firstComeFirstServed(s);
        const ledger = placeLedger(s, admissions, interimStays);
        const check = (x: { day: number }, source: PlaceSource | undefined) => {
          expect(source?.type).not.toBe('none');
          if (source !== undefined && source.type !== 'none') expect(source.ready).toBeLessThanOrEqual(x.day);
        };
        admissions.forEach((x, i) => check(x, ledger.finalSource[i]));
        interimStays.forEach((x, i) => check(x, ledger.interimSource[i]));
        const people = [...ledger.releaseUser.values()].filter((u) => u.type !== 'booking').map((u) => JSON.stringify(u));
        expect(new Set(people).size).toBe(people.length);
      }),
      { numRuns: 200 },
    );
  });
});
