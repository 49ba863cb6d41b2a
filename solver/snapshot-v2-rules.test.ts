import { describe, expect, it } from 'vitest';
import { validateSnapshot, type SnapshotError } from './snapshot';
import { CASES_V2, readExample } from './testing/examples';

const v2 = (name: string) => readExample(CASES_V2, name);

function errorsOf(input: unknown): SnapshotError[] {
  const v = validateSnapshot(input);
  if (v.ok) throw new Error('expected the snapshot to be rejected');
  return v.errors;
}

/** Every error of a snapshot as `path: message | messageNo`, to compare whole. */
function lines(input: unknown): string[] {
  return errorsOf(input).map((e) => `${e.path}: ${e.message} | ${e.messageNo}`);
}

describe('validateSnapshot, v2 cross-field rules', () => {
  it('when an onlyFor tag is not among the unit\'s tags, then it is rejected at that tag', () => {
    const s = v2('only-for-skjermet.json');
    const u = s.units.findIndex((x: { onlyFor?: string[] }) => x.onlyFor?.length);
    s.units[u].onlyFor.push('rop');
    expect(lines(s)).toEqual([`units[${u}].onlyFor[1]: "rop" is not one of the unit's tags | "rop" er ikke blant enhetens tags`]);
  });

  it('when a booking starts before today, ends where it starts, or holds no place, then each is rejected at its field', () => {
    const s = v2('booking-respite.json');
    s.units[0].bookings = [
      { from: '2026-11-30', to: '2026-12-02', count: 1 },
      { from: '2026-12-03', to: '2026-12-03', count: 1 },
      { from: '2026-12-03', to: '2026-12-04', count: 0 },
    ];
    expect(lines(s)).toEqual([
      'units[0].bookings[2].count: must be at least 1 | må være minst 1',
      'units[0].bookings[0].from: is before today (2026-12-01) | er før i dag (2026-12-01)',
      'units[0].bookings[1].to: must be after from (2026-12-03) | må være etter from (2026-12-03)',
    ]);
  });

  it('when bookings hold more places on a day than the unit has even with nobody admitted, then the unit\'s bookings are rejected naming the day and the counts', () => {
    const s = v2('booking-respite.json'); // 2 free, 1 booked on days 3..5, horizon 7
    s.units[0].bookings.push({ from: '2026-12-05', to: '2026-12-20', count: 2 });
    expect(lines(s)).toEqual([
      'units[0].bookings: hold 3 places on 2026-12-05 (day 4), but the unit has only 2 then even if nobody is admitted'
      + ' | holder 3 plasser 2026-12-05 (dag 4), men enheten har bare 2 da selv om ingen blir tatt inn',
    ]);
  });

  it('when a departure dated on a booked day makes room, then the bookings fit; one day later they do not', () => {
    const s = v2('booking-respite.json');
    s.units[0].bookings.push({ from: '2026-12-05', to: '2026-12-06', count: 2 });
    s.units[0].departures = [{ date: '2026-12-05', count: 1 }];
    expect(validateSnapshot(s).ok).toBe(true);
    s.units[0].departures = [{ date: '2026-12-06', count: 1 }];
    expect(errorsOf(s).map((e) => e.path)).toEqual(['units[0].bookings']);
  });

  it('when too many places are booked only after the horizon, then that has no effect and is accepted', () => {
    const s = v2('booking-respite.json'); // horizon 7 days: 2026-12-01 .. 2026-12-07
    s.units[0].bookings.push({ from: '2026-12-08', to: '2026-12-09', count: 50 });
    expect(validateSnapshot(s).ok).toBe(true);
    s.units[0].bookings.at(-1).from = '2026-12-07';
    expect(errorsOf(s).map((e) => e.path)).toEqual(['units[0].bookings']);
  });

  it('when a unit lists more than 10,000 bookings, then the list is rejected before anything is computed from it', () => {
    const s = v2('booking-respite.json');
    s.units[0].bookings = Array.from({ length: 10_001 }, () => ({ from: '2027-01-01', to: '2027-01-02', count: 1 }));
    expect(lines(s)).toEqual(['units[0].bookings: must have at most 10000 items | kan ha høyst 10000 elementer']);
  });

  it('when a korttid applicant or an occupant has interim, then interim is rejected saying why', () => {
    const s = v2('partners-with-occupant.json');
    s.applicants = s.applicants.map((a: { partnerId?: string }) => ({ ...a, partnerId: undefined }));
    s.applicants[0].interim = { requires: [] }; // langtid, occupies BRE-K
    s.applicants[2].interim = { requires: [] }; // korttid, in hospital
    expect(lines(s)).toEqual([
      'applicants[0].interim: is only for people at home or in hospital (location is unit) | gjelder bare personer hjemme eller på sykehus (location er unit)',
      'applicants[2].interim: is only for applicants of kind langtid or bofellesskap (kind is korttid) | gjelder bare søkere med kind langtid eller bofellesskap (kind er korttid)',
    ]);
  });

  it('when a langtid or bofellesskap applicant at home or in hospital has interim, then it is accepted', () => {
    const s = v2('interim-from-hospital.json');
    const i = s.applicants.findIndex((a: { interim?: unknown }) => a.interim);
    for (const location of [{ type: 'home' }, { type: 'hospital', dischargeReadyDate: '2026-12-01' }]) {
      for (const kind of ['langtid', 'bofellesskap']) {
        s.applicants[i] = { ...s.applicants[i], kind, location };
        expect(validateSnapshot(s).ok).toBe(true);
      }
    }
  });

  it('when a partner link is one-sided, names itself or an unknown applicant, then each is rejected at its partnerId', () => {
    const s = v2('couple-together.json'); // P-3301 <-> P-3302, P-3303 alone
    s.applicants[2].partnerId = 'P-3301';
    expect(lines(s)).toEqual([
      'applicants[2].partnerId: applicant "P-3301" does not name "P-3303" as partner (partnerId) | søker "P-3301" har ikke "P-3303" som partner (partnerId)',
    ]);
    s.applicants[2].partnerId = 'P-3303';
    expect(lines(s)).toEqual(['applicants[2].partnerId: names the applicant itself | viser til søkeren selv']);
    s.applicants[2].partnerId = 'P-9999';
    expect(lines(s)).toEqual(['applicants[2].partnerId: unknown applicant "P-9999" | ukjent søker "P-9999"']);
  });

  it('when partners differ in kind, then both partnerIds are rejected naming the kinds', () => {
    const s = v2('couple-together.json');
    s.applicants[1].kind = 'bofellesskap';
    expect(lines(s)).toEqual([
      'applicants[0].partnerId: partner "P-3302" has kind bofellesskap, not langtid | partner "P-3302" har kind bofellesskap, ikke langtid',
      'applicants[1].partnerId: partner "P-3301" has kind langtid, not bofellesskap | partner "P-3301" har kind langtid, ikke bofellesskap',
    ]);
  });

  it('when one of a couple has interim, then that interim is rejected', () => {
    const s = v2('couple-together.json');
    s.applicants[1].interim = { requires: [] };
    expect(lines(s)).toEqual([
      'applicants[1].interim: is not allowed for one of a couple (partnerId): partners move in together | er ikke tillatt for en av et par (partnerId): partnere flytter inn sammen',
    ]);
  });

  it('when a departure is before today or a v2 applicant names an unknown unit, then the v1 reference checks apply to v2 too', () => {
    const s = v2('interim-needs-tag.json');
    s.units[0].departures = [{ date: '2026-11-30', count: 1 }];
    s.applicants[0].excludedUnits = ['NOPE'];
    s.applicants[0].earliestDate = '2026-12-02';
    expect(errorsOf(s).map((e) => e.path).sort()).toEqual(
      ['applicants[0].earliestDate', 'applicants[0].excludedUnits[0]', 'units[0].departures[0].date'],
    );
  });
});
