import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIndex } from './days';
import { generateSnapshot, type GenerateOptions } from './generate';
import { LANGTID_UNITS_PER_INSTITUTION } from './generate-v2';
import { validateSnapshot, type Snapshot } from './snapshot';

const sha256 = (snap: Snapshot) => createHash('sha256').update(JSON.stringify(snap)).digest('hex');

const shapes = fc.record({
  people: fc.integer({ min: 0, max: 60 }),
  units: fc.integer({ min: 1, max: 30 }),
  horizonDays: fc.integer({ min: 1, max: 30 }),
});
const seeds = fc.integer({ min: 1, max: 1_000_000 });

/** Rule 3 with no admissions, checked here apart from the validator: bookings fit every day. */
function bookingsFit(snap: Snapshot): boolean {
  return snap.units.every((u) => {
    for (let t = 0; t < snap.horizonDays; t++) {
      const places = u.freeNow + u.departures.filter((d) => dayIndex(snap.today, d.date) <= t).reduce((n, d) => n + d.count, 0);
      const booked = (u.bookings ?? []).filter((b) => dayIndex(snap.today, b.from) <= t && t < dayIndex(snap.today, b.to)).reduce((n, b) => n + b.count, 0);
      if (booked > places) return false;
    }
    return true;
  });
}

function couplesAreValid(snap: Snapshot): boolean {
  const byId = new Map(snap.applicants.map((a) => [a.id, a]));
  return snap.applicants.every((a) => {
    if (a.partnerId === undefined) return true;
    const p = byId.get(a.partnerId);
    return p !== undefined && p !== a && p.partnerId === a.id && a.kind === 'langtid' && p.kind === 'langtid' && !a.interim && !p.interim;
  });
}

describe('generateSnapshot', () => {
  it('when v1 is generated, then the output is byte for byte what the benchmarks were measured on', () => {
    expect(sha256(generateSnapshot('S', 1))).toBe('8fceac27db8496f928561c66d3877d18cee0000a26e7fc1025140585b8743acd');
    expect(sha256(generateSnapshot('M', 1))).toBe('9776a497085ea71a924d1ffd3b05e23489916c13371469e9eb5f2594fc85c572');
    expect(sha256(generateSnapshot({ people: 2, units: 1, horizonDays: 7 }, 3))).toBe('9b262a364e429641b9fea9bd329a269f9babad37f8fed94048c385a7645c3096');
    expect(generateSnapshot('S', 1, { format: 1 })).toEqual(generateSnapshot('S', 1));
  });

  it('when v2 is generated for any shape and seed, then it is valid, as validateSnapshot returns it, with bookings that fit and valid couples', () => {
    fc.assert(
      fc.property(shapes, seeds, (shape: GenerateOptions, seed) => {
        const snap = generateSnapshot(shape, seed, { format: 2 });
        const v = validateSnapshot(JSON.parse(JSON.stringify(snap)));
        expect(v.ok && v.snapshot).toEqual(snap);
        expect(bookingsFit(snap)).toBe(true);
        expect(couplesAreValid(snap)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('when v2 is generated, then it is the v1 snapshot of the seed with the same ids, places and people', () => {
    fc.assert(
      fc.property(shapes, seeds, (shape: GenerateOptions, seed) => {
        const [v1, v2] = [generateSnapshot(shape, seed), generateSnapshot(shape, seed, { format: 2 })];
        expect(v2.units.map((u) => [u.id, u.kind, u.freeNow, u.departures])).toEqual(v1.units.map((u) => [u.id, u.kind, u.freeNow, u.departures]));
        expect(v2.applicants.map((a) => [a.id, a.kind, a.location, a.guaranteeDate])).toEqual(v1.applicants.map((a) => [a.id, a.kind, a.location, a.guaranteeDate]));
      }),
      { numRuns: 30 },
    );
  });

  it.each(['S', 'M', 'L'] as const)('when v2 size %s is generated, then it has the domain mix: skjermet per institution, interim, bookings, couples', (size) => {
    const snap = generateSnapshot(size, 1, { format: 2 });
    expect(snap.format).toBe('plassplan.snapshot/2');
    expect(snap.tailDays).toBe(14);
    expect(snap.costs).toMatchObject({ guaranteeBreachNok: 10_000, guaranteeLateDayNok: 3000 });
    const langtid = snap.units.filter((u) => u.kind === 'langtid');
    const locked = langtid.map((u) => u.onlyFor?.includes('skjermet') ?? false);
    expect(locked).toEqual(langtid.map((_, i) => i % LANGTID_UNITS_PER_INSTITUTION === 0));
    for (const u of snap.units) expect(u.tags.includes('skjermet')).toBe(u.onlyFor?.includes('skjermet') ?? false);
    const waiting = snap.applicants.filter((a) => a.kind === 'langtid' && a.location.type === 'hospital' && !a.partnerId);
    expect(waiting.filter((a) => a.interim).length).toBeGreaterThan(waiting.length / 2);
    expect(snap.applicants.filter((a) => a.interim && (a.kind !== 'langtid' || a.location.type !== 'hospital'))).toEqual([]);
    expect(snap.units.some((u) => (u.bookings ?? []).length > 0 && u.kind === 'korttid')).toBe(true);
    expect(snap.units.filter((u) => u.kind !== 'korttid').flatMap((u) => u.bookings ?? [])).toEqual([]);
    expect(snap.applicants.filter((a) => a.partnerId).length).toBe(2 * Math.max(1, Math.round(snap.applicants.length / 50)));
  });
});
