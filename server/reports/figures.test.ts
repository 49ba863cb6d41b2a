import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocations, unitStays, units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { loginAs, type Client, startTestServer, type TestServer } from '../../test/support/http.ts';
import { addResident, type LeaderFixture, leaderFixture, reportForm, reserveTo } from './test-helpers.ts';

const HX = { 'hx-request': 'true' };

interface Shown { staffed: number; occupied: number; free: number; reserved: number }

/** The four figures of the first «Dagens tall» in the html. */
function figuresIn(html: string): Shown {
  const list = /<dl class="figures"[^>]*>(.*?)<\/dl>/s.exec(html)![1]!;
  const [staffed, occupied, free, reserved] = [...list.matchAll(/<dd>(-?\d+)<\/dd>/g)].map((m) => Number(m[1]));
  return { staffed: staffed!, occupied: occupied!, free: free!, reserved: reserved! };
}

/** The leader's card of one unit on /enheter. */
function cardOf(html: string, unitId: number): string {
  return /^.*?<\/section>/s.exec(html.slice(html.indexOf(`<section id="enhet-${unitId}"`)))![0];
}

/** Plasser's «Ledige nå» and «Reservert» for the unit. */
function placesRow(html: string, code: string): { freeNow: string; reserved: string } {
  const row = new RegExp(`<tr data-unit="${code}">(.*?)</tr>`, 's').exec(html)![1]!;
  const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!);
  return { freeNow: cells[4]!, reserved: cells[5]! };
}

describe.each(testDrivers)('one set of unit figures on %s', (driver) => {
  let app: DemoApp;
  // The clock moves a second per reading: a report and an arrival are never at the same instant.
  let server: TestServer;
  let leader: Client;
  let fx: LeaderFixture;
  let coordinator: Client;
  let unitId: number;
  let code: string;
  let beds: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    let ticks = 0;
    server = await startTestServer(app.database.db, () => new Date(TEST_NOW.getTime() + 1000 * ticks++));
    leader = await loginAs(server.url, 'leder');
    coordinator = await loginAs(server.url, 'koordinator');
    fx = await leaderFixture(app.database.db);
    unitId = fx.ownUnitIds[0]!;
    const [unit] = await app.database.db.select().from(units).where(eq(units.id, unitId));
    [code, beds] = [unit!.code, unit!.physicalBeds];
    await addResident(app.database.db, unitId);
  });
  afterAll(async () => { await server?.close(); await app?.close(); });

  /** The leader's card, the unit page and Plasser agree, and show `expected`. */
  async function expectEverywhere(expected: Shown) {
    const card = cardOf(await (await leader.get('/enheter')).text(), unitId);
    expect(figuresIn(card), 'leader card').toEqual(expected);
    expect(figuresIn(await (await leader.get(`/plasser/enhet/${unitId}`)).text()), 'unit page').toEqual(expected);
    expect(placesRow(await (await coordinator.get('/plasser')).text(), code), 'Plasser')
      .toEqual({ freeNow: String(expected.free - expected.reserved), reserved: String(expected.reserved) });
  }

  it('when the leader reports, confirms an arrival and registers a departure, then card, unit page and Plasser show the same figures', async () => {
    const db = app.database.db;
    const earlier = (await db.select().from(allocations).where(and(eq(allocations.unitId, unitId), eq(allocations.status, 'reserved')))).length;
    const { allocation } = await reserveTo(db, fx, unitId);
    const occupied = beds - 2 - earlier;
    const report = await leader.post(`/enheter/${unitId}/melding`,
      reportForm({ bemannede: String(beds), belagt: String(occupied), ledige: String(2 + earlier), reservert: String(1 + earlier) }), { headers: HX });
    expect(report.status).toBe(200);
    await expectEverywhere({ staffed: beds, occupied, free: 2 + earlier, reserved: 1 + earlier });

    expect((await leader.post(`/enheter/${unitId}/innskrevet`, { tildeling: String(allocation.id) }, { headers: HX })).status).toBe(200);
    await expectEverywhere({ staffed: beds, occupied: occupied + 1, free: 1 + earlier, reserved: earlier });

    const [stay] = await app.database.db.select().from(unitStays)
      .where(and(eq(unitStays.unitId, unitId), isNull(unitStays.toDate), isNull(unitStays.allocationId))).limit(1);
    const departure = await leader.post(`/enheter/${unitId}/utreise`, { opphold: String(stay!.id), dato: TEST_TODAY, arsak: 'hjem' }, { headers: HX });
    expect(departure.status).toBe(200);
    const card = await departure.text();
    expect(card).toContain('Plassen er frigjort');
    const afterDeparture = { staffed: beds, occupied, free: 2 + earlier, reserved: earlier };
    expect(figuresIn(card)).toEqual(afterDeparture);
    await expectEverywhere(afterDeparture);
  });

  it('when a unit holds more reservations than places, then the card, the unit page and Plasser say it is over-booked', async () => {
    const full = fx.ownUnitIds[1]!;
    const [unit] = await app.database.db.select().from(units).where(eq(units.id, full));
    const report = await leader.post(`/enheter/${full}/melding`,
      reportForm({ bemannede: String(unit!.physicalBeds), belagt: String(unit!.physicalBeds), ledige: '0' }), { headers: HX });
    expect(report.status).toBe(200);
    await reserveTo(app.database.db, fx, full); // today, into a unit with no free bed
    expect(cardOf(await (await leader.get('/enheter')).text(), full)).toContain('Overbooket: 1 reservasjon mer enn plassene fra 23.11.2026');
    expect(await (await leader.get(`/plasser/enhet/${full}`)).text()).toContain('Overbooket: 1 reservasjon mer enn plassene');
    expect(placesRow(await (await coordinator.get('/plasser')).text(), unit!.code).freeNow).toContain('Overbooket med 1');
  });

  it('when a resident moves to another place, then the message says when the bed is ready, and until then it is not free', async () => {
    await addResident(app.database.db, unitId);
    const before = figuresIn(cardOf(await (await leader.get('/enheter')).text(), unitId));
    const [stay] = await app.database.db.select().from(unitStays)
      .where(and(eq(unitStays.unitId, unitId), isNull(unitStays.toDate), isNull(unitStays.allocationId))).limit(1);
    const res = await leader.post(`/enheter/${unitId}/utreise`, { opphold: String(stay!.id), dato: TEST_TODAY, arsak: 'flyttet' }, { headers: HX });
    const card = await res.text();
    expect(card).toContain('Sengen er klar for ny beboer 24.11.2026.');
    expect(card).not.toContain('Plassen er frigjort');
    const after = figuresIn(card);
    expect({ free: after.free, occupied: after.occupied }).toEqual({ free: before.free, occupied: before.occupied - 1 });
    expect(card).toMatch(/Forventet avreise:[^<]*24\.11\.2026/);
  });
});
