import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { changeCounts, latestReport, type LeaderFixture, leaderFixture, reportForm } from './test-helpers.ts';

const HX = { 'hx-request': 'true' };

/** [name, form changes (beds: the unit's physical beds), field, message] */
const WRONG: [string, (beds: number) => Record<string, string>, string, string][] = [
  ['free above staffed', () => ({ bemannede: '4', belagt: '0', ledige: '5' }), 'ledige', 'Ledige plasser kan ikke være flere enn bemannede senger.'],
  ['staffed above physical beds', (beds) => ({ bemannede: String(beds + 1), belagt: '0', ledige: '0' }), 'bemannede', 'fysiske senger'],
  ['reserved above free', () => ({ ledige: '1', reservert: '2' }), 'reservert', 'Reserverte plasser kan ikke være flere enn ledige plasser.'],
  ['occupied and free above staffed', () => ({ bemannede: '5', belagt: '4', ledige: '2' }), 'belagt', 'Belagte og ledige til sammen kan ikke være flere enn bemannede senger.'],
  ['closed without a reason', () => ({ stengt: 'ja', stengt_grunn: '  ' }), 'stengt_grunn', 'Skriv hvorfor enheten er stengt for inntak.'],
  ['expected departure in the past', () => ({ avreise_dato_1: '2026-11-22', avreise_antall_1: '1' }), 'avreise_dato_1', 'Forventet avreise kan ikke være tilbake i tid.'],
  ['departure count without a date', () => ({ avreise_antall_0: '2' }), 'avreise_dato_0', 'Skriv datoen for avreisen.'],
  ['a figure that is not a number', () => ({ ledige: 'to' }), 'ledige', 'Skriv antall ledige plasser som et helt tall (0 eller mer).'],
  ['a negative figure', () => ({ belagt: '-1' }), 'belagt', 'helt tall'],
  ['a departing person who does not live in the unit', () => ({ avreise_dato_0: '2026-11-30', avreise_person_0: '1' }), 'avreise_person_0', 'Velg en beboer som bor på enheten nå.'],
];

describe.each(testDrivers)('leader report validation and access on %s', (driver) => {
  let app: DemoApp;
  let leader: Client;
  let fx: LeaderFixture;
  let beds: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    leader = await loginAs(app.server.url, 'leder');
    fx = await leaderFixture(app.database.db);
    beds = (await app.database.db.select().from(units).where(eq(units.id, fx.ownUnitIds[0]!)))[0]!.physicalBeds;
  });
  afterAll(async () => { await app?.close(); });

  it.each(WRONG)('when a report has %s, then 422 with the message at the field and nothing saved', async (_name, change, field, message) => {
    const before = await changeCounts(app.database.db);
    const res = await leader.post(`/enheter/${fx.ownUnitIds[0]}/melding`, reportForm(change(beds)), { headers: HX });
    expect(res.status).toBe(422);
    const html = await res.text();
    const errorId = field.startsWith('avreise_') ? `melding-${fx.ownUnitIds[0]}-avreise_rad_${field.at(-1)}-feil` : `melding-${fx.ownUnitIds[0]}-${field}-feil`;
    const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(new RegExp(`id="${errorId}"[^>]*>[^<]*${escaped}`).test(html), `${errorId}: ${message}`).toBe(true);
    expect(html).toContain('<details class="ds-details leader-details" open');
    expect(await changeCounts(app.database.db)).toEqual(before);
  });

  it('when staffed beds are more than occupied and free (8, 6, 1), then 422 asks at the field whether the figures are right and nothing is saved', async () => {
    const before = await changeCounts(app.database.db);
    const unitId = fx.ownUnitIds[0]!;
    const res = await leader.post(`/enheter/${unitId}/melding`, reportForm({ bemannede: String(beds), belagt: String(beds - 2), ledige: '1' }), { headers: HX });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`id="melding-${unitId}-tallene-feil"[^>]*>[^<]*${beds} bemannede senger, men ${beds - 2} belagt og 1 ledig er ${beds - 1}\\. Stemmer tallene\\?`));
    expect(html).toMatch(/<input[^>]*name="tallene_stemmer"/);
    expect(await changeCounts(app.database.db)).toEqual(before);
  });

  it('when the leader ticks «Tallene stemmer» without saying why, then 422 asks for the reason; with it, the report is saved', async () => {
    const unitId = fx.ownUnitIds[0]!;
    const uneven = reportForm({ bemannede: String(beds), belagt: String(beds - 2), ledige: '1', tallene_stemmer: 'ja' });
    const before = await changeCounts(app.database.db);
    const bare = await leader.post(`/enheter/${unitId}/melding`, uneven, { headers: HX });
    expect(bare.status).toBe(422);
    expect(await bare.text()).toMatch(new RegExp(`id="melding-${unitId}-merknad-feil"[^>]*>[^<]*Skriv i merknaden`));
    expect(await changeCounts(app.database.db)).toEqual(before);
    const explained = await leader.post(`/enheter/${unitId}/melding`, { ...uneven, merknad: 'Én seng vaskes etter utreise' }, { headers: HX });
    expect(explained.status).toBe(200);
    expect(await latestReport(app.database.db, unitId)).toMatchObject({ staffedBeds: beds, occupied: beds - 2, freeNow: 1, note: 'Én seng vaskes etter utreise' });
  });

  it("when the leader reads or reports another unit, then every route answers 404 and nothing changes", async () => {
    const before = await changeCounts(app.database.db);
    const foreign = fx.foreignUnitId;
    expect((await leader.get(`/plasser/enhet/${foreign}`)).status).toBe(404);
    for (const [path, form] of [
      ['ingen-endring', {}], ['melding', reportForm()], ['innskrevet', { tildeling: '1' }],
      ['utreise', { opphold: '1', dato: '2026-11-23', arsak: 'hjem' }],
    ] as const) {
      const res = await leader.post(`/enheter/${foreign}/${path}`, form);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain(`enhet-${foreign}`);
    }
    expect((await leader.post('/enheter/abc/melding', reportForm())).status).toBe(404);
    expect(await changeCounts(app.database.db)).toEqual(before);
  });

  it('when other roles use the leader routes, then they are refused; the unit page is for the coordinator and the leader', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    expect((await coordinator.post(`/enheter/${fx.ownUnitIds[0]}/ingen-endring`, {})).status).toBe(403);
    expect((await coordinator.get('/enheter')).status).toBe(403);
    const page = await coordinator.get(`/plasser/enhet/${fx.foreignUnitId}`);
    expect(page.status).toBe(200);
    expect((await leader.get(`/plasser/enhet/${fx.ownUnitIds[0]}`)).status).toBe(200);
    const mote = await loginAs(app.server.url, 'mote');
    expect([403, 404]).toContain((await mote.get(`/plasser/enhet/${fx.ownUnitIds[0]}`)).status);
  });
});
