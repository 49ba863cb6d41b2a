import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { type Database, type DbOrTx, queryRows } from '../client.ts';
import { isValidFnr } from '../fnr.ts';
import { persons } from '../schema.ts';
import { addDays, osloInstant } from '../dates.ts';
import { loadUnitCapacity } from '../queries/capacity.ts';
import { loadDemoData } from './load-demo-data.ts';

const TODAY = '2026-03-11';
const TABLES = ['institutions', 'units', 'persons', 'applications', 'waitlist_entries', 'waitlist_unit_choices', 'allocations', 'booking_series', 'bookings',
  'hospital_stays', 'unit_stays', 'place_reports', 'expected_departures', 'settings', 'overligger_rates'];

const number = async (db: DbOrTx, query: ReturnType<typeof sql>) =>
  Number((await queryRows<{ n: number | string }>(db, query))[0]?.n);

/** A digest of every demo table's rows, leaving out the load's own clock (created_at, updated_at). */
async function digest(db: DbOrTx): Promise<string> {
  const hash = createHash('sha256');
  for (const table of TABLES) {
    const rows = await queryRows<Record<string, unknown>>(db, sql.raw(`select * from ${table} order by 1, 2`));
    for (const { created_at: _c, updated_at: _u, ...row } of rows) hash.update(`${table}:${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

describe.each(testDrivers)('demo municipality on %s', (driver) => {
  const databases: Database[] = [];
  let first: Database;
  let loadMillis = 0;
  beforeAll(async () => {
    first = await createTestDatabase(driver);
    databases.push(first);
    const started = performance.now();
    const result = await loadDemoData(first.db, { today: TODAY });
    loadMillis = performance.now() - started;
    expect(result.loaded).toBe(true);
  });
  afterAll(async () => {
    console.info(`demo load on ${driver}: ${Math.round(loadMillis)} ms`);
    await Promise.all(databases.map((d) => d.close()));
  });

  it('when loaded into an empty database, then the counts are in the calibrated ranges', async () => {
    const { db } = first;
    expect(await number(db, sql`select count(*) as n from units`)).toSatisfy((n: number) => n >= 18 && n <= 24);
    expect(await number(db, sql`select count(*) as n from institutions`)).toSatisfy((n: number) => n >= 6 && n <= 10);
    expect(await number(db, sql`select count(*) as n from waitlist_entries where status = 'waiting'`)).toSatisfy((n: number) => n >= 130 && n <= 170);
    for (const tag of ['psykisk-helse', 'rop', 'utviklingshemming', 'barn-unge']) {
      expect(await number(db, sql`select count(*) as n from waitlist_entries e join applications a on a.id = e.application_id
        where e.status = 'waiting' and ${tag} = any(a.required_tags)`)).toBeGreaterThan(0);
    }
    const ready = await queryRows<{ date: string }>(db, sql`select discharge_ready_date::text as date from hospital_stays
      where status = 'utskrivningsklar' and ended_date is null and notified_at is not null`);
    expect(ready.length).toSatisfy((n: number) => n >= 8 && n <= 12);
    expect(ready.filter((r) => r.date < TODAY).length).toBeGreaterThan(0);
  });

  it('when loaded, then some langtid guarantees are breached, some due within 7 days, and some waiters are on korttid', async () => {
    const { db } = first;
    const waiting = sql`from waitlist_entries e join applications a on a.id = e.application_id where e.kind = 'langtid' and e.status = 'waiting'`;
    expect(await number(db, sql`select count(*) as n ${waiting} and a.guarantee_date < ${TODAY}`)).toBeGreaterThan(0);
    expect(await number(db, sql`select count(*) as n ${waiting} and a.guarantee_date between ${TODAY} and ${addDays(TODAY, 7)}`)).toBeGreaterThan(0);
    const all = await number(db, sql`select count(*) as n ${waiting}`);
    const onKorttid = await number(db, sql`select count(*) as n ${waiting} and exists (select 1 from unit_stays s join units u on u.id = s.unit_id
      where s.person_id = e.person_id and s.to_date is null and u.kind = 'korttid')`);
    expect(onKorttid / all).toSatisfy((share: number) => share > 0.15 && share < 0.35);
  });

  it('when loaded, then the latest reports are mostly fresh and agree with who lives in each unit', async () => {
    const latest = await queryRows<{ code: string; age: number; staffed: number; occupied: number; free: number; closed: boolean; residents: number | string }>(first.db, sql`
      select u.code, (${TODAY}::date - (r.reported_at at time zone 'Europe/Oslo')::date) as age, r.staffed_beds as staffed,
        r.occupied, r.free_now as free, r.closed_to_admissions as closed,
        (select count(*) from unit_stays s where s.unit_id = u.id and s.to_date is null) as residents
      from units u join lateral (select * from place_reports p where p.unit_id = u.id order by p.reported_at desc limit 1) r on true`);
    expect(latest).toHaveLength(await number(first.db, sql`select count(*) as n from units`));
    expect(latest.filter((r) => r.age <= 1).length).toBeGreaterThanOrEqual(latest.length - 3);
    expect(latest.filter((r) => r.age >= 3).length).toSatisfy((n: number) => n >= 2 && n <= 3);
    expect(latest.filter((r) => r.closed)).toHaveLength(1);
    for (const r of latest) {
      expect(r.occupied + r.free).toBeLessThanOrEqual(r.staffed);
      expect(Number(r.residents)).toBeLessThanOrEqual(r.occupied);
    }
  });

  it('when loaded, then a few respite series and a planned stay hold places on korttid units that have room for them', async () => {
    const capacity = await loadUnitCapacity(first.db, osloInstant(TODAY, 9, 0), 10);
    const booked = capacity.filter((u) => u.bookings.length > 0);
    expect(booked.map((u) => u.kind)).toEqual(booked.map(() => 'korttid'));
    expect(booked.length).toBeGreaterThanOrEqual(2);
    for (const u of booked) expect(u.shortfall, u.code).toBeNull();
    expect(await number(first.db, sql`select count(*) as n from booking_series`)).toBeGreaterThanOrEqual(2);
  });

  it('when loaded, then every fødselsnummer is valid', async () => {
    const rows = await first.db.select({ fnr: persons.fnr }).from(persons);
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.filter((r) => !isValidFnr(r.fnr))).toEqual([]);
  });

  it('when loaded twice with the same today into fresh databases, then the data are identical', async () => {
    const second = await createTestDatabase(driver);
    databases.push(second);
    expect((await loadDemoData(second.db, { today: TODAY })).loaded).toBe(true);
    expect(await digest(second.db)).toBe(await digest(first.db));
  });

  it('when the database already has data, then loading changes nothing', async () => {
    const before = await digest(first.db);
    expect(await loadDemoData(first.db, { today: TODAY })).toEqual({ loaded: false, counts: {} });
    expect(await digest(first.db)).toBe(before);

    const withPerson = await createTestDatabase(driver);
    databases.push(withPerson);
    await withPerson.db.insert(persons).values({ name: 'Kari Test', fnr: '01820012345', district: 'Sentrum' });
    expect((await loadDemoData(withPerson.db, { today: TODAY })).loaded).toBe(false);
    expect(await number(withPerson.db, sql`select count(*) as n from institutions`)).toBe(0);
    expect(await number(withPerson.db, sql`select count(*) as n from settings`)).toBe(0);
  });
});
