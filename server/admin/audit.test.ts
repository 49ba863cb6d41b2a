import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/queries/audit.ts';
import { listPersonViewers } from '../../db/queries/person-access.ts';
import { auditLog, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { HOSTILE_NAME, insertHostilePerson } from '../../test/support/hostile-person.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

const osloDay = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

describe.each(testDrivers)('Admin: audit log on %s', (driver) => {
  let app: DemoApp;
  let admin: Client;
  let hostile: { personId: number; fnr: string };
  const db = () => app.database.db;
  const rowsOf = (html: string) => (html.match(/<tr><td>/g) ?? []).length;
  const tableOf = (html: string) => /<tbody>([^]*)<\/tbody>/.exec(html)?.[1] ?? '';

  beforeAll(async () => {
    app = await startDemoApp(driver);
    admin = await loginAs(app.server.url, 'admin');
    hostile = await insertHostilePerson(db());
    for (let i = 0; i < 55; i++) await appendAudit(db(), { userId: null, action: 'test.page', entity: 'test', entityId: i });
  });
  afterAll(async () => { await app?.close(); });

  it('when filtered by action, then only that action shows, 50 to a page, with a link to the next page', async () => {
    const first = await (await admin.get('/admin/logg?handling=test.page')).text();
    expect(first).toContain('55 oppføringer');
    expect(rowsOf(first)).toBe(50);
    expect(first).toContain('href="/admin/logg?handling=test.page&amp;side=2"');
    const second = await (await admin.get('/admin/logg?handling=test.page&side=2')).text();
    expect(rowsOf(second)).toBe(5);
    expect(tableOf(second)).not.toContain('Logget inn');
  });

  it('when filtered by user and by days, then only their entries on those days show', async () => {
    const [coordinator] = await db().select().from(users).where(eq(users.username, 'koordinator'));
    await loginAs(app.server.url, 'koordinator');
    const today = osloDay(new Date());
    const html = await (await admin.get(`/admin/logg?bruker=${coordinator!.id}&fra=${today}&til=${today}`)).text();
    expect(rowsOf(html)).toBeGreaterThan(0);
    expect(tableOf(html)).not.toContain('test.page');
    expect(tableOf(html)).toContain('Kari Koordinator');
    expect(await (await admin.get(`/admin/logg?bruker=${coordinator!.id}&fra=2099-01-01`)).text()).toContain('Ingen oppføringer passer filteret.');
  });

  it('when the admin looks a person up by fødselsnummer, then the URL carries only the id and the look-up is logged', async () => {
    const res = await admin.post('/admin/logg', { person: hostile.fnr });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/admin/logg?person=${hostile.personId}`);
    const html = await (await admin.get(location)).text();
    expect(html).toContain('Registrerte vedtak');
    expect(html).not.toContain(hostile.fnr);
    const viewers = await listPersonViewers(db(), hostile.personId);
    expect(viewers[0]).toMatchObject({ username: 'admin', action: 'audit.person-search' });
  });

  it('when the filter is wrong, then 422 says so at the field and nothing is searched', async () => {
    const res = await admin.post('/admin/logg', { person: '12345678901', fra: '', til: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Fant ingen person med denne id-en eller dette fødselsnummeret.');
    const dates = await admin.post('/admin/logg', { fra: '2026-02-30' });
    expect(await dates.text()).toContain('Skriv en gyldig dato.');
    const order = await admin.post('/admin/logg', { fra: '2026-03-02', til: '2026-03-01' });
    expect(await order.text()).toContain('Til-datoen må være samme dag som eller etter fra-datoen.');
  });

  it('when a name and a reasoning hold HTML, then the log shows them as text', async () => {
    const html = await (await admin.get(`/admin/logg?person=${hostile.personId}`)).text();
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('id="injected"');
  });

  it('when the log is shown, then actions, subjects and changes read as Norwegian words, not codes, ids or JSON', async () => {
    const logins = tableOf(await (await admin.get('/admin/logg?handling=user.login')).text());
    expect(logins).toContain('Logget inn');
    expect(logins).toMatch(/Bruker (Kari Koordinator|Admin)/);
    const all = tableOf(await (await admin.get(`/admin/logg?person=${hostile.personId}`)).text());
    expect(all).toContain('Utfall:</strong> Innvilget');
    expect(all).not.toMatch(/application\.create|"kind"|\{&quot;|\bV-\d+\b/);
  });

  it('when someone other than an admin asks for the log, then access is refused', async () => {
    for (const username of ['koordinator', 'leder', 'mote']) {
      const client = await loginAs(app.server.url, username);
      expect((await client.get('/admin/logg')).status).toBe(403);
    }
    expect((await db().select().from(auditLog).where(eq(auditLog.action, 'audit.person-search'))).length).toBeGreaterThan(0);
  });
});
