import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';
import type { Database } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, auditLog, bookings, persons, units, users, waitlistEntries } from '../schema.ts';
import { acceptProposal } from './allocations.ts';
import { cancelBooking, createBooking, moveBooking, seriesStays } from './bookings.ts';
import { loadUnitCapacity } from './capacity.ts';
import { loadLedgers } from './ledger.ts';
import { unitBookings } from './booking-places.ts';
import { buildSnapshot } from './snapshot.ts';

const day = (offset: number) => addDays(TEST_TODAY, offset);

describe('seriesStays', () => {
  it('when a series is 7 days every 4 weeks, then each stay starts 28 days after the last and ends by the last date', () => {
    expect(seriesStays({ stayDays: 7, everyWeeks: 4, firstFrom: '2026-12-07', lastDate: '2027-02-01' })).toEqual([
      { from: '2026-12-07', to: '2026-12-14' }, { from: '2027-01-04', to: '2027-01-11' },
    ]);
    expect(seriesStays({ stayDays: 7, everyWeeks: 4, firstFrom: '2026-12-07', lastDate: '2026-12-13' })).toEqual([]);
  });
});

describe.each(testDrivers)('booked stays in the ledger on %s', (driver) => {
  let database: Database;
  let actor: { userId: number };
  let guest: number;
  let units_ = 0;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedOneUnit(database.db, { code: 'BOK-0', today: TEST_TODAY, freeNow: 0, waiting: 0 });
    actor = { userId: (await database.db.select().from(users).where(eq(users.username, 'koordinator')))[0]!.id };
    guest = (await database.db.insert(persons).values({ name: 'Gjest Avlastning', fnr: '09999999999', district: 'Sentrum' }).returning())[0]!.id;
  });
  afterAll(async () => { await database?.close(); });

  async function korttid(freeNow: number, waiting = 0, departures: { date: string; count: number }[] = []) {
    const unit = await seedOneUnit(database.db, { code: `BOK-${++units_}`, today: TEST_TODAY, freeNow, departures, waiting });
    await database.db.update(units).set({ kind: 'korttid' }).where(eq(units.id, unit.unitId));
    return unit;
  }
  const propose = async (entryId: number, unitId: number, date: string) =>
    (await database.db.insert(allocations).values({ entryId, unitId, date, status: 'proposed' }).returning())[0]!.id;
  let guests = 0;
  /** A new guest each time: one person is never in two stays at once. */
  const newGuest = async () => (await database.db.insert(persons).values({ name: `Gjest ${++guests}`, fnr: String(20_000_000_000 + guests), district: 'Sentrum' }).returning())[0]!.id;
  const book = async (unitId: number, from: string, to: string, personId?: number) =>
    createBooking(database.db, { unitId, personId: personId ?? await newGuest(), stay: { from, to } }, actor, TEST_NOW);

  it('when a stay is booked, then it holds its place from its first day and gives it back on its end day', async () => {
    const unit = await korttid(1, 2);
    expect(await book(unit.unitId, day(3), day(10))).toMatchObject({ ok: true });
    const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [unit.unitId]);
    expect(capacity).toMatchObject({ freeNow: 0, departures: [{ date: day(10), count: 1 }], booked: 1, reserved: 0, shortfall: null });
    // An admission before the stay ends would take its place for good: refused; from the end day it fits.
    expect(await acceptProposal(database.db, await propose(unit.entryIds[0]!, unit.unitId, day(0)), actor, TEST_NOW)).toMatchObject({ ok: false, reason: 'no-place' });
    expect(await acceptProposal(database.db, await propose(unit.entryIds[1]!, unit.unitId, day(10)), actor, TEST_NOW)).toMatchObject({ ok: true });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'booking.create'));
    expect(audit.length).toBeGreaterThan(0);
  });

  it('when a stay is booked, then the v2 snapshot lists it as a booking beside the places it leaves free, as unitBookings says', async () => {
    const unit = await korttid(2, 0);
    expect(await book(unit.unitId, day(4), day(11))).toMatchObject({ ok: true });
    const { snapshot } = await buildSnapshot(database.db, TEST_NOW);
    const places = { freeNow: 2, departures: [], bookings: [{ from: day(4), to: day(11), count: 1 }] };
    expect(snapshot.units.find((u) => u.id === `BOK-${units_}`)).toMatchObject(places);
    const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [unit.unitId]);
    expect(unitBookings(capacity!)).toEqual(places);
  });

  it('when a stay would exceed the places on a day, then it is refused with that day and nothing is saved', async () => {
    const unit = await korttid(1, 1);
    expect(await acceptProposal(database.db, await propose(unit.entryIds[0]!, unit.unitId, day(5)), actor, TEST_NOW)).toMatchObject({ ok: true });
    // The place is free until the reservation's day: a short stay before it fits.
    expect(await book(unit.unitId, day(0), day(5))).toMatchObject({ ok: true });
    expect(await book(unit.unitId, day(5), day(8))).toEqual({ ok: false, reason: 'no-place', stayFrom: day(5), date: day(5), free: 0 });
    expect(await book(unit.unitId, day(1), day(3))).toEqual({ ok: false, reason: 'no-place', stayFrom: day(1), date: day(1), free: 0 });
    expect(await database.db.select().from(bookings).where(eq(bookings.unitId, unit.unitId))).toHaveLength(1);
  });

  it('when one stay of a series does not fit, then no stay of it is saved', async () => {
    const unit = await korttid(1, 0);
    expect(await book(unit.unitId, day(30), day(33))).toMatchObject({ ok: true });
    const series = { stayDays: 4, everyWeeks: 2, firstFrom: day(2), lastDate: day(60) };
    expect(await createBooking(database.db, { unitId: unit.unitId, personId: await newGuest(), series }, actor, TEST_NOW))
      .toEqual({ ok: false, reason: 'no-place', stayFrom: day(30), date: day(30), free: 0 });
    expect(await database.db.select().from(bookings).where(eq(bookings.unitId, unit.unitId))).toHaveLength(1);
  });

  it('when a stay is moved, then its own old days are free to it, and a move onto a full day is refused', async () => {
    const unit = await korttid(1, 0);
    const first = await book(unit.unitId, day(2), day(6));
    const second = await book(unit.unitId, day(10), day(12));
    if (!first.ok || !second.ok) throw new Error('booking failed');
    expect(await moveBooking(database.db, first.ids[0]!, { from: day(3), to: day(8) }, 'Familien ønsket det', actor, TEST_NOW)).toMatchObject({ ok: true });
    expect(await moveBooking(database.db, first.ids[0]!, { from: day(8), to: day(11) }, 'Prøver', actor, TEST_NOW))
      .toEqual({ ok: false, reason: 'no-place', stayFrom: day(8), date: day(10), free: 0 });
    const [row] = await database.db.select().from(bookings).where(eq(bookings.id, first.ids[0]!));
    expect(row).toMatchObject({ fromDate: day(3), toDate: day(8) });
  });

  it('when the rest of a series is cancelled, then that stay and the later ones are cancelled with the reason, the earlier ones stay', async () => {
    const unit = await korttid(2, 0);
    const created = await createBooking(database.db, { unitId: unit.unitId, personId: await newGuest(), series: { stayDays: 3, everyWeeks: 1, firstFrom: day(1), lastDate: day(30) } }, actor, TEST_NOW);
    if (!created.ok) throw new Error('series failed');
    expect(created.ids).toHaveLength(4);
    expect(await cancelBooking(database.db, created.ids[1]!, true, 'Flytter til datteren', actor, TEST_NOW)).toMatchObject({ ok: true, ids: created.ids.slice(1) });
    const rows = await database.db.select().from(bookings).where(eq(bookings.seriesId, (await database.db.select().from(bookings).where(eq(bookings.id, created.ids[0]!)))[0]!.seriesId!));
    expect(rows.filter((r) => r.status === 'booked').map((r) => r.id)).toEqual([created.ids[0]]);
    expect(rows.filter((r) => r.status === 'cancelled').every((r) => r.cancelReason === 'Flytter til datteren')).toBe(true);
    expect(await cancelBooking(database.db, created.ids[2]!, false, 'Igjen', actor, TEST_NOW)).toEqual({ ok: false, reason: 'not-booked' });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'booking.cancel'));
    expect(audit.filter((a) => created.ids.slice(1).map(String).includes(a.entityId!))).toHaveLength(3);
  });

  it('when the person already has a stay on some of the days, then a new stay or a move onto them is refused, on any unit', async () => {
    const a = await korttid(2, 0);
    const b = await korttid(2, 0);
    const person = await newGuest();
    const first = await book(a.unitId, day(2), day(6), person);
    const other = await book(b.unitId, day(8), day(10), person);
    if (!first.ok || !other.ok) throw new Error('booking failed');
    expect(await book(b.unitId, day(5), day(7), person)).toMatchObject({ ok: false, reason: 'overlap', from: day(2), to: day(6) });
    expect(await book(b.unitId, day(6), day(8), person)).toMatchObject({ ok: true });
    expect(await moveBooking(database.db, other.ids[0]!, { from: day(7), to: day(9) }, 'Tidligere', actor, TEST_NOW)).toMatchObject({ ok: false, reason: 'overlap', from: day(6), to: day(8) });
  });

  it('when two stays for one person on overlapping days are booked on two units at the same moment, then only one is saved', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await korttid(2, 0), await korttid(2, 0)];
      const person = await newGuest();
      const outcomes = await Promise.all([book(a.unitId, day(3), day(8), person), book(b.unitId, day(5), day(9), person)]);
      expect(outcomes.filter((o) => o.ok), JSON.stringify(outcomes)).toHaveLength(1);
      expect(await database.db.select().from(bookings).where(eq(bookings.personId, person))).toHaveLength(1);
    }
  });

  it('when a guest came before the latest report, then the stay takes no place again and its return is a departure', async () => {
    const unit = await korttid(0, 0);
    await database.db.insert(bookings).values({ personId: guest, unitId: unit.unitId, fromDate: day(-3), toDate: day(4) });
    const [ledger] = await loadLedgers(database.db, TEST_NOW, [unit.unitId]);
    expect(ledger!.bookings).toEqual([{ from: day(-3), to: day(4), count: 1, inReport: true }]);
    const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [unit.unitId]);
    expect(capacity).toMatchObject({ freeNow: 0, departures: [{ date: day(4), count: 1 }], shortfall: null });
  });

  it('for random bookings and accepts sent at the same moment, the places are never over-booked on any day', async () => {
    const stay = fc.record({ from: fc.integer({ min: 0, max: 15 }), length: fc.integer({ min: 1, max: 8 }) });
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.array(stay, { minLength: 1, maxLength: 4 }),
      fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }), async (freeNow, stays, accepts) => {
        const unit = await korttid(freeNow, accepts.length, [{ date: day(7), count: 1 }]);
        const proposals = await Promise.all(accepts.map((d, i) => propose(unit.entryIds[i]!, unit.unitId, day(d))));
        await Promise.all([
          ...stays.map((s) => book(unit.unitId, day(s.from), day(s.from + s.length))),
          ...proposals.map((id) => acceptProposal(database.db, id, actor, TEST_NOW)),
        ]);
        const reserved = (await database.db.select().from(allocations).where(eq(allocations.unitId, unit.unitId))).filter((a) => a.status === 'reserved');
        const booked = await database.db.select().from(bookings).where(eq(bookings.unitId, unit.unitId));
        for (let offset = 0; offset <= 30; offset++) {
          const d = day(offset);
          const places = freeNow + (d >= day(7) ? 1 : 0);
          const used = reserved.filter((a) => a.date <= d).length + booked.filter((b) => b.fromDate <= d && d < b.toDate).length;
          expect(used, d).toBeLessThanOrEqual(places);
        }
        const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [unit.unitId]);
        expect(capacity!.shortfall).toBeNull();
      }), { numRuns: 10 });
  });
});
