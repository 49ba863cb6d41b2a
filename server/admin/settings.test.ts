import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/queries/settings.ts';
import { auditLog, overliggerRates, sessions, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { SETTING_FIELDS } from '../../views/admin/setting-fields.ts';
import { storedSettingsForm } from './test-helpers.ts';

describe.each(testDrivers)('Admin: settings on %s', (driver) => {
  let app: DemoApp;
  let admin: Client;
  const db = () => app.database.db;
  const storedForm = () => storedSettingsForm(db());

  beforeAll(async () => {
    app = await startDemoApp(driver);
    admin = await loginAs(app.server.url, 'admin');
  });
  afterAll(async () => { await app?.close(); });

  it('when the settings page opens, then every setting shows with its stored value', async () => {
    const html = await (await admin.get('/admin/innstillinger')).text();
    const stored = await loadSettings(db());
    for (const field of SETTING_FIELDS) expect(html).toContain(`name="${field.key}" value="${stored[field.key]}"`);
  });

  it('when a setting changes, then it is saved with an audit entry holding only the change, before and after', async () => {
    const form = await storedForm();
    const before = await loadSettings(db());
    const res = await admin.post('/admin/innstillinger', { ...form, guaranteeDaysLangtid: '45', sessionIdleMinutes: '20' });
    expect(res.status).toBe(303);
    expect((await loadSettings(db())).guaranteeDaysLangtid).toBe(45);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'settings.update'));
    expect(entry!.before).toEqual({ guaranteeDaysLangtid: before.guaranteeDaysLangtid, sessionIdleMinutes: before.sessionIdleMinutes });
    expect(entry!.after).toEqual({ guaranteeDaysLangtid: 45, sessionIdleMinutes: 20 });
  });

  it('when nothing changed, then nothing is written', async () => {
    const count = (await db().select().from(auditLog).where(eq(auditLog.action, 'settings.update'))).length;
    const res = await admin.post('/admin/innstillinger', await storedForm());
    expect(res.headers.get('location')).toBe('/admin/innstillinger?melding=uendret');
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'settings.update'))).toHaveLength(count);
  });

  it('when values are out of range or not numbers, then 422 shows each message at its field and nothing is saved', async () => {
    const before = await loadSettings(db());
    const res = await admin.post('/admin/innstillinger', {
      ...(await storedForm()), guaranteeDaysKorttid: '14', reportStaleHour: '24', horizonDays: 'mange', sessionIdleMinutes: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Ingenting ble lagret.');
    expect(html).toMatch(/id="f-reportStaleHour"[^>]*aria-invalid="true"[^]*?Kan være høyst 23\./);
    expect(html).toMatch(/id="f-horizonDays"[^>]*value="mange"[^]*?Skriv et heltall\./);
    expect(html).toMatch(/id="f-sessionIdleMinutes"[^]*?Skriv et heltall\./);
    expect(await loadSettings(db())).toEqual(before);
  });

  it('when the overliggerdøgn rate for a year is set, then it is saved with before and after', async () => {
    const [old] = await db().select().from(overliggerRates).where(eq(overliggerRates.year, 2026));
    expect((await admin.post('/admin/innstillinger/overliggerdogn', { aar: '2026', sats: '6200' })).status).toBe(303);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'overligger-rate.set'));
    expect(entry).toMatchObject({ entityId: '2026', before: old ? { nokPerDay: old.nokPerDay } : null, after: { nokPerDay: 6200 } });
    expect(await (await admin.get('/admin/innstillinger')).text()).toMatch(/6\s200 kr/);
    const bad = await admin.post('/admin/innstillinger/overliggerdogn', { aar: '1999', sats: '0' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toMatch(/Må være minst 2000\.[^]*Må være minst 1\./);
  });

  it('when the idle time is shortened, then a session idle longer than that is ended', async () => {
    // The test clock is fixed, so idleness is made by moving last_seen_at back.
    const coordinator = await loginAs(app.server.url, 'koordinator');
    await admin.post('/admin/innstillinger', { ...(await storedForm()), sessionIdleMinutes: '5' });
    const [user] = await db().select().from(users).where(eq(users.username, 'koordinator'));
    await db().update(sessions).set({ lastSeenAt: new Date(TEST_NOW.getTime() - 6 * 60_000) }).where(eq(sessions.userId, user!.id));
    expect((await coordinator.get('/ventelister')).status).toBe(303);
  });
});
