import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../db/queries/snapshot.ts';
import { auditLog, units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

/** Administrasjon → Enheter: «kun for», validated against the unit's own tags, audited, on Plasser and in the snapshot. */
describe.each(testDrivers)('Units only for a need on %s', (driver) => {
  let app: DemoApp;
  let admin: Client;
  const db = () => app.database.db;
  const unitByCode = async (code: string) => (await db().select().from(units).where(eq(units.code, code)))[0]!;
  const audits = async () => db().select().from(auditLog).where(eq(auditLog.action, 'unit.only-for'));

  beforeAll(async () => {
    app = await startDemoApp(driver);
    admin = await loginAs(app.server.url, 'admin');
  });
  afterAll(async () => { await app?.close(); });

  it('when the demo starts, then every skjermet and rehabilitation unit is only for that need, on Plasser and in the snapshot', async () => {
    const all = await db().select().from(units);
    for (const u of all) expect(u.onlyFor).toEqual(u.tags.filter((t) => t === 'skjermet' || t === 'rehabilitering'));
    expect(all.some((u) => u.onlyFor.includes('skjermet'))).toBe(true);
    const { snapshot } = await buildSnapshot(db(), TEST_NOW);
    expect(snapshot.units.find((u) => u.id === 'SOL-S')).toMatchObject({ onlyFor: ['skjermet'], bookings: [] });
    expect(snapshot.units.find((u) => u.id === 'BRE-R')).toMatchObject({ onlyFor: ['rehabilitering'] });
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const places = await (await coordinator.get('/plasser')).text();
    expect(places).toMatch(/data-unit="SOL-S"[^]*?Kun for: skjermet plass/);
  });

  it('when an admin clears «kun for», then it is saved and audited with before and after; saving again writes nothing', async () => {
    const unit = await unitByCode('BRE-R');
    const res = await admin.post(`/admin/enheter/${unit.id}/kun-for`, { kun_for_sendt: 'ja' });
    expect(res.status).toBe(303);
    expect((await unitByCode('BRE-R')).onlyFor).toEqual([]);
    const [audit] = await audits();
    expect(audit).toMatchObject({ entity: 'unit', entityId: String(unit.id), before: { onlyFor: ['rehabilitering'] }, after: { onlyFor: [] } });
    expect((await admin.post(`/admin/enheter/${unit.id}/kun-for`, { kun_for_sendt: 'ja' })).headers.get('location')).toContain('melding=uendret');
    expect(await audits()).toHaveLength(1);
    await admin.post(`/admin/enheter/${unit.id}/kun-for`, { kun_for_sendt: 'ja', kun_for: 'rehabilitering' });
    expect((await unitByCode('BRE-R')).onlyFor).toEqual(['rehabilitering']);
    expect(await (await admin.get('/admin/logg')).text()).toContain('Endret «kun for» på enhet');
  });

  it('when «kun for» names a need the unit does not offer, then 422 says so at the field and nothing is saved', async () => {
    const unit = await unitByCode('SOL-S');
    const count = (await audits()).length;
    const res = await admin.post(`/admin/enheter/${unit.id}/kun-for`, { kun_for_sendt: 'ja', kun_for: 'rop' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`id="enhet-${unit.id}-kun-for-feil"[^>]*>Enheten tilbyr ikke rus og psykiatri \\(ROP\\)`));
    expect(html).toContain('Ingenting ble lagret.');
    expect((await unitByCode('SOL-S')).onlyFor).toEqual(['skjermet']);
    expect(await audits()).toHaveLength(count);
  });

  it('when a request comes without the form (no kun_for_sendt), then 422 and «kun for» stays', async () => {
    const unit = await unitByCode('SOL-S');
    const res = await admin.post(`/admin/enheter/${unit.id}/kun-for`, {});
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Send skjemaet på nytt fra siden.');
    expect((await unitByCode('SOL-S')).onlyFor).toEqual(['skjermet']);
  });

  it('when someone who is not an admin posts, or the unit does not exist, then nothing changes', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const unit = await unitByCode('SOL-S');
    expect((await coordinator.post(`/admin/enheter/${unit.id}/kun-for`, { kun_for_sendt: 'ja' })).status).toBe(403);
    expect((await admin.post('/admin/enheter/999999/kun-for', { kun_for_sendt: 'ja' })).status).toBe(404);
    expect((await unitByCode('SOL-S')).onlyFor).toEqual(['skjermet']);
  });
});
