import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUnitCapacity } from '../../db/queries/capacity.ts';
import { createUser } from '../../db/queries/users.ts';
import { allocations, auditLog, unitStays, units, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { addResident, changeCounts, type LeaderFixture, leaderFixture, reserveTo } from './test-helpers.ts';

const HX = { 'hx-request': 'true' };

describe.each(testDrivers)('arrivals, departures and history on %s', (driver) => {
  let app: DemoApp;
  let leader: Client;
  let fx: LeaderFixture;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    leader = await loginAs(app.server.url, 'leder');
    fx = await leaderFixture(app.database.db);
    for (const unitId of fx.ownUnitIds) for (let i = 0; i < 2; i++) await addResident(app.database.db, unitId);
  });
  afterAll(async () => { await app?.close(); });

  it('when a place is reserved to the unit, then the leader sees who comes, and «Innskrevet» admits them in one go', async () => {
    const db = app.database.db;
    const unitId = fx.ownUnitIds[0]!;
    const { entry, allocation } = await reserveTo(app.database.db, fx, unitId);
    const person = await db.query.persons.findFirst({ where: (p, { eq: is }) => is(p.id, entry.personId) });
    expect(await (await leader.get('/enheter')).text()).toContain(person!.name.replace(/'/g, '&#39;'));
    const res = await leader.post(`/enheter/${unitId}/innskrevet`, { tildeling: String(allocation.id) }, { headers: HX });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('er skrevet inn');
    const [admitted] = await db.select().from(allocations).where(eq(allocations.id, allocation.id));
    expect(admitted).toMatchObject({ status: 'admitted', decidedBy: fx.leaderId });
    expect(admitted!.decidedAt?.getTime()).toBe(TEST_NOW.getTime());
    expect((await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, entry.id)))[0]!.status).toBe('admitted');
    const stays = await db.select().from(unitStays).where(eq(unitStays.personId, entry.personId)).orderBy(desc(unitStays.id));
    expect(stays[0]).toMatchObject({ unitId, fromDate: TEST_TODAY, toDate: null, allocationId: allocation.id });
    expect(stays[1]).toMatchObject({ toDate: TEST_TODAY, endReason: 'flyttet' });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, 'allocation.admit'), eq(auditLog.entityId, String(allocation.id))));
    expect(audit).toHaveLength(1);
  });

  it("when the leader confirms an arrival reserved to another unit through their own, then 422 and nothing changes", async () => {
    const { allocation } = await reserveTo(app.database.db, fx, fx.foreignUnitId);
    const before = await changeCounts(app.database.db);
    const res = await leader.post(`/enheter/${fx.ownUnitIds[0]}/innskrevet`, { tildeling: String(allocation.id) }, { headers: HX });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Fant ingen reservert plass på enheten');
    expect(await changeCounts(app.database.db)).toEqual(before);
  });

  it('when a resident departs today, then the stay ends on that date and the unit has one more free place', async () => {
    const db = app.database.db;
    const unitId = fx.ownUnitIds[1]!;
    const [stay] = await db.select().from(unitStays).where(and(eq(unitStays.unitId, unitId), isNull(unitStays.toDate))).limit(1);
    const [before] = await loadUnitCapacity(db, TEST_NOW, 10, [unitId]);
    const res = await leader.post(`/enheter/${unitId}/utreise`, { opphold: String(stay!.id), dato: TEST_TODAY, arsak: 'hjem' }, { headers: HX });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Plassen er frigjort');
    expect((await db.select().from(unitStays).where(eq(unitStays.id, stay!.id)))[0]).toMatchObject({ toDate: TEST_TODAY, endReason: 'hjem' });
    const [after] = await loadUnitCapacity(db, TEST_NOW, 10, [unitId]);
    expect(after!.freeNow).toBe(before!.freeNow + 1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'unit_stay.depart'), eq(auditLog.entityId, String(stay!.id))))).toHaveLength(1);
  });

  it.each([
    ['a date in the future', { dato: '2026-11-24', arsak: 'hjem' }, 'dato', 'kan ikke være fram i tid'],
    ['no reason', { dato: TEST_TODAY }, 'arsak', 'Velg årsak'],
    ['nobody chosen', { opphold: '', dato: TEST_TODAY, arsak: 'dod' }, 'opphold', 'Velg beboeren som reiser.'],
  ])('when a departure has %s, then 422 with the message at the field and nothing changes', async (_name, form, field, message) => {
    const db = app.database.db;
    const unitId = fx.ownUnitIds[0]!;
    const [stay] = await db.select().from(unitStays).where(and(eq(unitStays.unitId, unitId), isNull(unitStays.toDate))).limit(1);
    const before = await changeCounts(db);
    const res = await leader.post(`/enheter/${unitId}/utreise`, { opphold: String(stay!.id), ...form }, { headers: HX });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(new RegExp(`id="utreise-${unitId}-${field}-feil"[^>]*>[^<]*${message}`));
    expect(await changeCounts(db)).toEqual(before);
  });

  it('when a resident of another unit is picked for departure, then 422 and the stay stays open', async () => {
    const db = app.database.db;
    const [foreignStay] = await db.select().from(unitStays).where(and(eq(unitStays.unitId, fx.foreignUnitId), isNull(unitStays.toDate))).limit(1);
    const res = await leader.post(`/enheter/${fx.ownUnitIds[0]}/utreise`, { opphold: String(foreignStay!.id), dato: TEST_TODAY, arsak: 'hjem' }, { headers: HX });
    expect(res.status).toBe(422);
    expect((await db.select().from(unitStays).where(eq(unitStays.id, foreignStay!.id)))[0]!.toDate).toBeNull();
  });

  it('when the coordinator opens a unit page, then every report is listed under an SVG chart, with no inline script or style', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const unitId = fx.ownUnitIds[0]!;
    const html = await (await coordinator.get(`/plasser/enhet/${unitId}`)).text();
    const [{ n }] = await app.database.db.execute(sql`select count(*)::int as n from place_reports where unit_id = ${unitId}`)
      .then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows) as { n: number }[]) as [{ n: number }];
    expect(html).toContain(`Meldinger (${n})`);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<polyline class="chart-line"');
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('when units are stale, then Plasser lists them under Purringer with their leaders', async () => {
    const db = app.database.db;
    const [fjellro] = await db.select().from(units).where(eq(units.code, 'FJE-S'));
    await createUser(db, { username: 'frida', displayName: 'Frida Fjellro', role: 'institusjonsleder', passwordHash: await hash('ubrukt-passord-1'), unitIds: [fjellro!.id] }, null);
    const html = await (await (await loginAs(app.server.url, 'koordinator')).get('/plasser')).text();
    const reminders = /<section id="purringer".*?<\/section>/s.exec(html)![0];
    expect(reminders).toContain('Purringer (3)');
    for (const code of ['FJE-S', 'LIN-K', 'KLO-U']) expect(reminders).toContain(code);
    expect(new RegExp(`FJE-S.*?Frida Fjellro`, 's').test(reminders)).toBe(true);
    expect(reminders).toContain('Ingen leder registrert');
  });
});
