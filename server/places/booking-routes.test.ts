import { hash } from '@node-rs/argon2';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../db/dates.ts';
import { createUser } from '../../db/queries/users.ts';
import { auditLog, bookings, persons, units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

const day = (n: number) => addDays(TEST_TODAY, n);
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const htmx = { headers: { 'hx-request': 'true' } };

describe.each(testDrivers)('booked stays (avlastning) over HTTP on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let unit: Record<string, number>;
  let personId: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    coordinator = await loginAs(app.server.url, 'koordinator');
    unit = Object.fromEntries((await app.database.db.select().from(units)).map((u) => [u.code, u.id]));
    personId = (await app.database.db.insert(persons).values({ name: 'Ruth Avlastningsen', fnr: '01014012345', district: 'Sentrum' }).returning())[0]!.id;
    await createUser(app.database.db, { username: 'leder-bre', displayName: 'Berit Breidablikk', role: 'institusjonsleder', passwordHash: await hash('demo'),
      unitIds: [unit['BRE-K']!] }, null);
  }, 120_000);
  afterAll(async () => { await app?.close(); });

  const page = (code: string) => `/plasser/enhet/${unit[code]}/avlastning`;
  const stays = (unitId: number) => app.database.db.select().from(bookings).where(and(eq(bookings.unitId, unitId), eq(bookings.personId, personId)));

  it('when the coordinator opens a korttid unit, then the demo series shows with its rhythm and the form to book', async () => {
    const html = await (await coordinator.get(page('BRE-K'))).text();
    expect(html).toContain('4 døgn hver 3. uke til');
    expect(html).toContain('Hold av plass');
    expect(html).toContain('Ruth Avlastningsen (Sentrum)');
  });

  it('when a series is booked, then its stays are saved and audited, and the page lists them', async () => {
    const res = await coordinator.post(page('BRE-K'), { person: String(personId), type: 'serie', forste: day(40), dogn: '7', uker: '4', siste: day(130), merknad: 'Fast avlastning' }, htmx);
    const html = await res.text();
    expect(res.status, html.match(/ds-validation-message[^>]*>[^<]*/g)?.join()).toBe(200);
    expect(html).toContain('Serien er holdt av: 3 opphold.');
    expect(html).toContain(`${norwegian(day(40))}–${norwegian(day(47))}`);
    expect((await stays(unit['BRE-K']!)).map((s) => [s.fromDate, s.toDate])).toEqual([[day(40), day(47)], [day(68), day(75)], [day(96), day(103)]]);
    const audit = await app.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'booking.series-create'), eq(auditLog.personId, personId)));
    expect(audit).toHaveLength(1);
  });

  it.each([
    ['nothing chosen', {}, 'type', 'Velg ett opphold eller en serie.'],
    ['no person', { type: 'enkelt', fra: day(2), til: day(5) }, 'person', 'Velg personen'],
    ['an unknown person', { type: 'enkelt', person: '999999', fra: day(2), til: day(5) }, 'person', 'Velg personen'],
    ['a start before today', { type: 'enkelt', fra: day(-1), til: day(5) }, 'fra', 'før i dag'],
    ['an end before the start', { type: 'enkelt', fra: day(5), til: day(5) }, 'til', 'etter første dag'],
    ['a stay over 90 days', { type: 'enkelt', fra: day(5), til: day(120) }, 'til', 'høyst 90 døgn'],
    ['a stay ending after two years', { type: 'enkelt', fra: day(700), til: day(740) }, 'til', 'innen to år'],
    ['a broken date', { type: 'enkelt', fra: '31.02.2027', til: day(5) }, 'fra', 'gyldig dato'],
    ['stays longer than the interval', { type: 'serie', forste: day(2), dogn: '8', uker: '1', siste: day(60) }, 'dogn', 'kan ikke overlappe'],
    ['a length of 0', { type: 'serie', forste: day(2), dogn: '0', uker: '2', siste: day(60) }, 'dogn', '1–28'],
    ['an interval of 30 weeks', { type: 'serie', forste: day(2), dogn: '3', uker: '30', siste: day(300) }, 'uker', '1–26'],
    ['a last date before the start', { type: 'serie', forste: day(20), dogn: '3', uker: '2', siste: day(10) }, 'siste', 'etter første dag'],
    ['a series with no stay in it', { type: 'serie', forste: day(20), dogn: '7', uker: '2', siste: day(25) }, 'siste', 'ingen opphold'],
    ['a series past two years', { type: 'serie', forste: day(20), dogn: '7', uker: '2', siste: day(800) }, 'siste', 'innen to år'],
  ])('when the form has %s, then 422 with the message at the field and nothing is saved', async (_what, form, field, message) => {
    const before = (await app.database.db.select().from(bookings)).length;
    const body = { person: String(personId), ...form } as Record<string, string>;
    if ('person' in form) body.person = (form as Record<string, string>).person!;
    else if (field === 'person') delete body.person;
    const res = await coordinator.post(page('STR-K'), body, htmx);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`id="nytt-${field}(-[a-z]+)?-feil"[^>]*>[^<]*${message.replace(/[.()]/g, '\\$&')}`));
    expect((await app.database.db.select().from(bookings)).length).toBe(before);
  });

  it('when stays fill the unit, then the next one is refused at the field with the day and the places, and Plasser counts the held places', async () => {
    let refused: Response | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const [guest] = await app.database.db.insert(persons).values({ name: `Gjest ${i}`, fnr: String(30_000_000_000 + i), district: 'Nord' }).returning();
      const res = await coordinator.post(page('SOL-K'), { person: String(guest!.id), type: 'enkelt', fra: day(20), til: day(24) }, htmx);
      if (res.status === 422) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused).toBeDefined();
    expect(await refused!.text()).toMatch(new RegExp(`id="nytt-fra-feil"[^>]*>Ikke plass: ${norwegian(day(20)).replace(/\./g, '\\.')} har enheten ingen ledige plasser, og oppholdet som begynner ${norwegian(day(20)).replace(/\./g, '\\.')} trenger 1`));
    const html = await (await coordinator.get('/plasser')).text();
    expect(html).toMatch(/data-unit="SOL-K"[^]*?\d+ holdt av til avlastning/);
  });

  it('when booked stays end, then Plasser shows their returned places as free from that day, not as announced departures', async () => {
    const html = await (await coordinator.get('/plasser')).text();
    const later = html.match(/data-unit="SOL-K"[^]*?class="col-later"[^>]*>([^<]*)</)?.[1];
    expect(later).toMatch(new RegExp(`\\d+ ledige? fra ${norwegian(day(24)).slice(0, 6).replace(/\./g, '\\.')}`));
    expect(later).not.toMatch(/avgang/);
  });

  it('when the person already has a stay on those days, then the new one is refused at the field with the dates of the other', async () => {
    const res = await coordinator.post(page('BRE-K'), { person: String(personId), type: 'enkelt', fra: day(42), til: day(44) }, htmx);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(`Personen har allerede et opphold ${norwegian(day(40))}–${norwegian(day(47))} på Korttidsavdeling 1. etasje.`);
  });

  it('when a stay is moved, then a reason is required, and with one the dates change and the move is audited', async () => {
    const created = await coordinator.post(page('STR-K'), { person: String(personId), type: 'enkelt', fra: day(10), til: day(14) }, htmx);
    expect(created.status).toBe(200);
    const [stay] = await stays(unit['STR-K']!);
    const missing = await coordinator.post(`/plasser/avlastning/${stay!.id}/flytt`, { fra: day(11), til: day(15), begrunnelse: '' }, htmx);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain(`id="flytt-${stay!.id}-begrunnelse-feil"`);
    const backwards = await coordinator.post(`/plasser/avlastning/${stay!.id}/flytt`, { fra: day(15), til: day(11), begrunnelse: 'Ny dato' }, htmx);
    expect(backwards.status).toBe(422);
    const moved = await coordinator.post(`/plasser/avlastning/${stay!.id}/flytt`, { fra: day(11), til: day(15), begrunnelse: 'Datteren er bortreist' }, htmx);
    expect(moved.status).toBe(200);
    expect(await moved.text()).toContain(`Oppholdet er flyttet til ${norwegian(day(11))}–${norwegian(day(15))}.`);
    expect((await stays(unit['STR-K']!))[0]).toMatchObject({ fromDate: day(11), toDate: day(15) });
    const [audit] = await app.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'booking.move'), eq(auditLog.entityId, String(stay!.id))));
    expect(audit).toMatchObject({ before: { from: day(10), to: day(14) }, after: { from: day(11), to: day(15), reason: 'Datteren er bortreist' } });
  });

  it('when the rest of a series is cancelled with a reason, then those stays are gone from the page, audited; without a reason 422', async () => {
    const ids = (await stays(unit['BRE-K']!)).filter((s) => s.seriesId !== null).map((s) => s.id).sort((a, b) => a - b);
    expect(ids).toHaveLength(3);
    const missing = await coordinator.post(`/plasser/avlastning/${ids[1]}/avlys`, { begrunnelse: 'x', resten: 'ja' }, htmx);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain(`id="avlys-${ids[1]}-begrunnelse-feil"`);
    const res = await coordinator.post(`/plasser/avlastning/${ids[1]}/avlys`, { begrunnelse: 'Har fått langtidsplass', resten: 'ja' }, htmx);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('2 opphold i serien er avlyst.');
    const rows = await app.database.db.select().from(bookings).where(inArray(bookings.id, ids));
    expect(rows.sort((a, b) => a.id - b.id).map((r) => r.status)).toEqual(['booked', 'cancelled', 'cancelled']);
    expect(await app.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'booking.cancel'), inArray(auditLog.entityId, ids.map(String))))).toHaveLength(2);
    const again = await coordinator.post(`/plasser/avlastning/${ids[1]}/avlys`, { begrunnelse: 'Igjen, ved en feil' }, htmx);
    expect(again.status).toBe(409);
  });

  it('when the form is sent without htmx, then success redirects to the page and an error gets the whole page with its summary', async () => {
    const ok = await coordinator.post(page('LIN-K'), { person: String(personId), type: 'enkelt', fra: day(3), til: day(4) });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(page('LIN-K'));
    const bad = await coordinator.post(page('LIN-K'), { person: String(personId), type: 'enkelt', fra: day(4), til: day(3) });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('data-error-summary');
  });

  it('when a unit is not korttid, then the page says so, and booking on it answers 404', async () => {
    const html = await (await coordinator.get(page('SOL-L'))).text();
    expect(html).toContain('holdes av på korttidsenheter');
    expect(html).not.toContain('Hold av plass');
    expect((await coordinator.post(page('SOL-L'), { person: String(personId), type: 'enkelt', fra: day(3), til: day(4) }, htmx)).status).toBe(404);
  });

  it("when a leader opens their own korttid unit, then they see the booked stays without forms, and another unit's stays answer 404", async () => {
    const leader = await loginAs(app.server.url, 'leder-bre');
    const own = await leader.get(page('BRE-K'));
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html).toContain('hver 3. uke');
    expect(html).not.toContain('Hold av plass');
    expect(html).not.toContain('Flytt oppholdet');
    expect((await leader.get(page('LIN-K'))).status).toBe(404);
    expect((await leader.get(page('SOL-K'))).status).toBe(404);
    expect((await leader.post(page('BRE-K'), { person: String(personId), type: 'enkelt', fra: day(3), til: day(4) })).status).toBe(403);
    const [foreign] = await app.database.db.select().from(bookings).where(eq(bookings.unitId, unit['LIN-K']!));
    expect((await leader.post(`/plasser/avlastning/${foreign!.id}/avlys`, { begrunnelse: 'Ikke min enhet' })).status).toBe(403);
    // The card on their home page lists the unit's incoming stays, none of another unit's.
    const card = await (await leader.get('/enheter')).text();
    expect(card).toMatch(/Avlastning og planlagte opphold \(\d+\)/);
    const foreignGuest = (await app.database.db.select({ name: persons.name }).from(persons).where(eq(persons.id, foreign!.personId)))[0]!.name;
    expect(card).not.toContain(foreignGuest);
  });

  it('when the meeting room asks for the booking page or an action, then it is refused', async () => {
    const mote = await loginAs(app.server.url, 'mote');
    expect([403, 404]).toContain((await mote.get(page('BRE-K'))).status);
    expect((await mote.post(page('BRE-K'), {})).status).toBe(403);
  });
});
