/**
 * Booked stays (avlastning, agreed planned stays) on korttid units: one stay or a series
 * (`stayDays` days every `everyWeeks` weeks). A stay takes its place in the unit's ledger
 * from its first day and gives it back on its end day. Creating or moving a stay locks the
 * unit's row as accepting an allocation does (allocations.ts), and is checked against the
 * same ledger: a stay and an admission never get the same place.
 */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows, type Tx } from '../client.ts';
import { addDays, osloToday } from '../dates.ts';
import { bookings, bookingSeries, units } from '../schema.ts';
import { lockUnit } from './allocations.ts';
import { appendAudit, appendAudits } from './audit.ts';
import { type BookedStay, firstShortDay } from './ledger-days.ts';
import { loadLedgers } from './ledger.ts';

export interface SeriesShape { stayDays: number; everyWeeks: number; firstFrom: string; lastDate: string }

/** The stays of a series: from `firstFrom` every `everyWeeks` weeks, each `stayDays` long and ending by `lastDate`. */
export function seriesStays(shape: SeriesShape): { from: string; to: string }[] {
  const stays: { from: string; to: string }[] = [];
  for (let from = shape.firstFrom; addDays(from, shape.stayDays) <= shape.lastDate; from = addDays(from, shape.everyWeeks * 7)) {
    stays.push({ from, to: addDays(from, shape.stayDays) });
  }
  return stays;
}

export type BookingOutcome =
  | { ok: true; ids: number[] }
  | { ok: false; reason: 'not-found' | 'not-korttid' | 'not-booked' | 'over' }
  /** A day of the stay starting `stayFrom` on which only `free` places are left (0 when the unit is over-booked). */
  | { ok: false; reason: 'no-place'; stayFrom: string; date: string; free: number }
  /** The person already has a booked stay (`from`–`to`, in `unitName`) on some of the days. */
  | { ok: false; reason: 'overlap'; from: string; to: string; unitName: string };

export interface BookingActor { userId: number }

export interface NewBooking {
  unitId: number;
  personId: number;
  /** One stay, or the shape of a series whose stays are booked. */
  stay?: { from: string; to: string };
  series?: SeriesShape;
  note?: string;
}

/** Books a stay or a series: every stay must fit, or nothing is saved. */
export async function createBooking(db: Db, input: NewBooking, actor: BookingActor, now: Date): Promise<BookingOutcome> {
  const stays = input.series ? seriesStays(input.series) : input.stay ? [input.stay] : [];
  return db.transaction(async (tx) => {
    const [unit] = await tx.select().from(units).where(and(eq(units.id, input.unitId), eq(units.active, true)));
    if (!unit) return { ok: false, reason: 'not-found' };
    if (unit.kind !== 'korttid') return { ok: false, reason: 'not-korttid' };
    await lockPerson(tx, input.personId);
    await lockUnit(tx, unit.id);
    const overlap = await personOverlap(tx, input.personId, stays);
    if (overlap) return overlap;
    const short = await firstStayShort(tx, unit.id, stays, now);
    if (short) return short;
    const [series] = input.series
      ? await tx.insert(bookingSeries).values({ personId: input.personId, unitId: unit.id, ...input.series, note: input.note ?? null, createdBy: actor.userId }).returning()
      : [undefined];
    const rows = await tx.insert(bookings).values(stays.map((s) => ({
      personId: input.personId, unitId: unit.id, seriesId: series?.id ?? null, fromDate: s.from, toDate: s.to, note: input.note ?? null, createdBy: actor.userId,
    }))).returning({ id: bookings.id });
    await appendAudit(tx, {
      userId: actor.userId, action: series ? 'booking.series-create' : 'booking.create', entity: series ? 'booking_series' : 'booking',
      entityId: series?.id ?? rows[0]!.id, personId: input.personId,
      after: { unitId: unit.id, stays, ...(input.series ? { series: input.series } : {}), note: input.note ?? null },
    });
    return { ok: true, ids: rows.map((r) => r.id) };
  });
}

/**
 * Locks the person's row: the one-stay-at-a-time check spans every unit, so two bookings
 * of one person on two units (each holding only its own unit's lock) would both pass it.
 * Always taken before the unit's lock, so the two orders never meet.
 */
async function lockPerson(tx: Tx, personId: number): Promise<void> {
  await tx.execute(sql`select id from persons where id = ${personId} for update`);
}

/** A booked stay of the person (other than `except`) on a day of one of the stays; a person is in one place at a time. */
async function personOverlap(tx: Tx, personId: number, stays: { from: string; to: string }[], except = 0): Promise<BookingOutcome | null> {
  if (stays.length === 0) return null;
  const overlaps = sql.join(stays.map((s) => sql`(b.from_date < ${s.to}::date and ${s.from}::date < b.to_date)`), sql` or `);
  const [row] = await queryRows<{ from_date: string; to_date: string; name: string }>(tx, sql`
    select b.from_date::text as from_date, b.to_date::text as to_date, u.name from bookings b join units u on u.id = b.unit_id
    where b.person_id = ${personId} and b.status = 'booked' and b.id <> ${except} and (${overlaps})
    order by b.from_date limit 1`);
  return row ? { ok: false, reason: 'overlap', from: row.from_date, to: row.to_date, unitName: row.name } : null;
}

/** The first stay that does not fit the unit's ledger (`freed`: a stay given back first), as an outcome. */
async function firstStayShort(tx: Tx, unitId: number, stays: { from: string; to: string }[], now: Date, freed?: BookedStay): Promise<BookingOutcome | null> {
  const [ledger] = await loadLedgers(tx, now, [unitId]);
  for (const stay of stays) {
    const short = firstShortDay(ledger!.days, { ...stay, count: 1 }, freed);
    if (short) return { ok: false, reason: 'no-place', stayFrom: stay.from, date: short.date, free: short.count };
  }
  return null;
}

/** Moves a booked stay that is not over to new dates, if the unit holds it there; the reason is audited. */
export async function moveBooking(db: Db, bookingId: number, to: { from: string; to: string }, reason: string, actor: BookingActor, now: Date): Promise<BookingOutcome> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(bookings).where(eq(bookings.id, bookingId));
    if (!found) return { ok: false, reason: 'not-found' };
    await lockPerson(tx, found.personId);
    await lockUnit(tx, found.unitId);
    const [booking] = await tx.select().from(bookings).where(eq(bookings.id, bookingId));
    if (booking!.status !== 'booked') return { ok: false, reason: 'not-booked' };
    if (booking!.toDate <= osloToday(now)) return { ok: false, reason: 'over' };
    const overlap = await personOverlap(tx, booking!.personId, [to], bookingId);
    if (overlap) return overlap;
    const short = await firstStayShort(tx, booking!.unitId, [to], now, { from: booking!.fromDate, to: booking!.toDate, count: 1 });
    if (short) return short;
    await tx.update(bookings).set({ fromDate: to.from, toDate: to.to, updatedAt: now }).where(eq(bookings.id, bookingId));
    await appendAudit(tx, { userId: actor.userId, action: 'booking.move', entity: 'booking', entityId: bookingId, personId: booking!.personId,
      before: { from: booking!.fromDate, to: booking!.toDate }, after: { from: to.from, to: to.to, reason } });
    return { ok: true, ids: [bookingId] };
  });
}

/** Cancels a booked stay, or with `rest` also every later stay of its series; each is audited with the reason. */
export async function cancelBooking(db: Db, bookingId: number, rest: boolean, reason: string, actor: BookingActor, now: Date): Promise<BookingOutcome> {
  return db.transaction(async (tx) => {
    const [booking] = await tx.select().from(bookings).where(eq(bookings.id, bookingId)).for('update');
    if (!booking) return { ok: false, reason: 'not-found' };
    if (booking.status !== 'booked') return { ok: false, reason: 'not-booked' };
    if (booking.toDate <= osloToday(now)) return { ok: false, reason: 'over' };
    const later = rest && booking.seriesId !== null
      ? await tx.select().from(bookings).where(and(eq(bookings.seriesId, booking.seriesId), eq(bookings.status, 'booked'), gte(bookings.fromDate, booking.fromDate)))
      : [booking];
    const ids = later.map((b) => b.id);
    await tx.update(bookings).set({ status: 'cancelled', cancelReason: reason, updatedAt: now }).where(inArray(bookings.id, ids));
    await appendAudits(tx, later.map((b) => ({ userId: actor.userId, action: 'booking.cancel', entity: 'booking', entityId: b.id, personId: b.personId,
      before: { status: 'booked', from: b.fromDate, to: b.toDate }, after: { status: 'cancelled', reason, withRestOfSeries: rest && b.seriesId !== null } })));
    return { ok: true, ids };
  });
}

/** A booked stay as the unit's pages list it. */
export interface BookingRow {
  bookingId: number;
  unitId: number;
  personId: number;
  personName: string;
  from: string;
  to: string;
  seriesId: number | null;
  /** The series' shape, for «7 døgn hver 4. uke». */
  series: { stayDays: number; everyWeeks: number; lastDate: string } | null;
  note: string | null;
}

/** Booked stays in the units that are not over on `now`'s day, earliest first. */
export async function listBookings(db: DbOrTx, unitIds: number[], now: Date): Promise<BookingRow[]> {
  if (unitIds.length === 0) return [];
  const today = osloToday(now);
  const rows = await queryRows<{ id: number; unit_id: number; person_id: number; name: string; from_date: string; to_date: string;
    series_id: number | null; stay_days: number | null; every_weeks: number | null; last_date: string | null; note: string | null }>(db, sql`
    select b.id, b.unit_id, b.person_id, p.name, b.from_date::text as from_date, b.to_date::text as to_date, b.series_id,
      s.stay_days, s.every_weeks, s.last_date::text as last_date, b.note
    from bookings b join persons p on p.id = b.person_id left join booking_series s on s.id = b.series_id
    where b.status = 'booked' and b.to_date > ${today}::date and b.unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})
    order by b.from_date, p.name, b.id`);
  return rows.map((r) => ({
    bookingId: r.id, unitId: r.unit_id, personId: r.person_id, personName: r.name, from: r.from_date, to: r.to_date, seriesId: r.series_id,
    series: r.series_id === null ? null : { stayDays: r.stay_days!, everyWeeks: r.every_weeks!, lastDate: r.last_date! }, note: r.note,
  }));
}

/** One booking's unit, for access checks before anything else is read. */
export async function bookingUnit(db: DbOrTx, bookingId: number): Promise<number | null> {
  const [row] = await db.select({ unitId: bookings.unitId }).from(bookings).where(eq(bookings.id, bookingId));
  return row?.unitId ?? null;
}

/** People a stay may be booked for: everyone registered and alive, by name. */
export async function listBookablePersons(db: DbOrTx): Promise<{ personId: number; label: string }[]> {
  const rows = await queryRows<{ id: number; name: string; district: string }>(db, sql`
    select p.id, p.name, p.district from persons p
    where not exists (select 1 from waitlist_entries e where e.person_id = p.id and e.status = 'deceased')
    order by p.name, p.id`);
  return rows.map((r) => ({ personId: r.id, label: `${r.name} (${r.district})` }));
}

