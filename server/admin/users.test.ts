import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

const PASSWORD = 'et-langt-passord-1';

describe.each(testDrivers)('Admin: users on %s', (driver) => {
  let app: DemoApp;
  let admin: Client;
  const db = () => app.database.db;
  const userNamed = async (username: string) => (await db().select().from(users).where(eq(users.username, username)))[0];
  const create = (form: Record<string, string>) => admin.post('/admin/brukere', form);

  beforeAll(async () => {
    app = await startDemoApp(driver);
    admin = await loginAs(app.server.url, 'admin');
  });
  afterAll(async () => { await app?.close(); });

  it('when the admin logs in, then they land in the admin area and the nav links to it; others never see it', async () => {
    const home = await admin.get('/admin');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<a href="/admin" aria-current="page">Administrasjon</a>');
    const coordinator = await loginAs(app.server.url, 'koordinator');
    expect(await (await coordinator.get('/ventelister')).text()).not.toContain('Administrasjon');
  });

  it('when the new user comes as JSON with objects where text and ids belong, then 422 at the fields and nothing is saved', async () => {
    const before = await db().select().from(users);
    const res = await fetch(`${app.server.url}/admin/brukere`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ brukernavn: { toString: 1 }, navn: ['Ny', 'Bruker'], rolle: 'institusjonsleder', enheter: [{ valueOf: 1 }], passord: PASSWORD }),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Skriv et brukernavn.');
    expect(html).toContain('Skriv fullt navn.');
    expect(html).toContain('Velg gyldige enheter.');
    expect(await db().select().from(users)).toEqual(before);
  });

  it('when the new user form is wrong in every field, then 422 names each field in Norwegian and nothing is saved', async () => {
    const before = await db().select().from(users);
    const res = await create({ brukernavn: 'Ø', navn: ' ', rolle: 'sjef', passord: 'kort' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Brukernavnet må ha 2–40 tegn');
    expect(html).toContain('Skriv fullt navn.');
    expect(html).toContain('Velg en rolle.');
    expect(html).toContain('Passordet må ha minst 12 tegn.');
    expect(html).toMatch(/id="ny-brukernavn"[^>]*aria-invalid="true"/);
    expect(await db().select().from(users)).toHaveLength(before.length);
  });

  it('when a leader gets no units or the name is taken, then the form says so at the field', async () => {
    const leader = await create({ brukernavn: 'ny.leder', navn: 'Ny Leder', rolle: 'institusjonsleder', passord: PASSWORD });
    expect(leader.status).toBe(422);
    expect(await leader.text()).toContain('Velg minst én enhet for institusjonslederen.');
    const taken = await create({ brukernavn: 'KOORDINATOR', navn: 'Kopi', rolle: 'koordinator', passord: PASSWORD });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('Brukernavnet er allerede i bruk.');
    expect(await userNamed('ny.leder')).toBeUndefined();
  });

  it('when a user is created, then they can log in and the audit entry has no password hash', async () => {
    const res = await create({ brukernavn: 'ola.nordmann', navn: 'Ola Nordmann', rolle: 'mote', passord: PASSWORD });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/brukere?melding=opprettet');
    expect(await (await admin.get('/admin/brukere?melding=opprettet')).text()).toContain('Brukeren er opprettet.');
    await loginAs(app.server.url, 'ola.nordmann', PASSWORD);
    const created = (await userNamed('ola.nordmann'))!;
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, String(created.id)));
    expect(entry).toMatchObject({ action: 'user.create', entity: 'user', after: { username: 'ola.nordmann', role: 'mote' } });
  });

  it('when a user is deactivated, then their open session stops working at once and they cannot log in', async () => {
    await create({ brukernavn: 'kortvarig', navn: 'Kort Varig', rolle: 'koordinator', passord: PASSWORD });
    const target = (await userNamed('kortvarig'))!;
    const them = await loginAs(app.server.url, 'kortvarig', PASSWORD);
    expect((await them.get('/ventelister')).status).toBe(200);
    const res = await admin.post(`/admin/brukere/${target.id}/deaktiver`, {});
    expect(res.status).toBe(303);
    expect((await them.get('/ventelister')).status).toBe(303);
    expect(await db().select().from(sessions).where(eq(sessions.userId, target.id))).toHaveLength(0);
    await expect(loginAs(app.server.url, 'kortvarig', PASSWORD)).rejects.toThrow(/401/);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'user.deactivate'));
    expect(entry).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('when the admin tries to deactivate themselves, then it is refused', async () => {
    const self = (await userNamed('admin'))!;
    const res = await admin.post(`/admin/brukere/${self.id}/deaktiver`, {});
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Du kan ikke deaktivere deg selv.');
    expect((await userNamed('admin'))!.active).toBe(true);
  });

  it('when a password is reset, then old sessions end, the new one works, and no hash reaches the log', async () => {
    await create({ brukernavn: 'glemsom', navn: 'Glem Som', rolle: 'mote', passord: PASSWORD });
    const target = (await userNamed('glemsom'))!;
    const them = await loginAs(app.server.url, 'glemsom', PASSWORD);
    const short = await admin.post(`/admin/brukere/${target.id}/passord`, { passord: 'kort' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('Passordet må ha minst 12 tegn.');
    expect((await admin.post(`/admin/brukere/${target.id}/passord`, { passord: 'helt-nytt-passord-2' })).status).toBe(303);
    expect((await them.get('/forslag')).status).toBe(303);
    await loginAs(app.server.url, 'glemsom', 'helt-nytt-passord-2');
    const log = JSON.stringify(await db().select().from(auditLog));
    expect(log).toContain('user.password-reset');
    expect(log).not.toContain('$argon2');
  });

  it('when a user becomes an institution leader with units, then role and units change with before and after in the log', async () => {
    await create({ brukernavn: 'forfremmet', navn: 'For Fremmet', rolle: 'mote', passord: PASSWORD });
    const target = (await userNamed('forfremmet'))!;
    const page = await (await admin.get(`/admin/brukere/${target.id}`)).text();
    const unitId = /name="enheter" value="(\d+)"/.exec(page)![1]!;
    const res = await admin.post(`/admin/brukere/${target.id}`, { navn: 'For Fremmet', rolle: 'institusjonsleder', enheter: unitId });
    expect(res.status).toBe(303);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'user.update'));
    expect(entry).toMatchObject({ before: { role: 'mote', unitIds: [] }, after: { role: 'institusjonsleder', unitIds: [Number(unitId)] } });
    const leader = await loginAs(app.server.url, 'forfremmet', PASSWORD);
    expect((await leader.get('/plasser')).status).toBe(200);
  });

  it('when the admin asks for a user that does not exist, then 404', async () => {
    expect((await admin.get('/admin/brukere/999999')).status).toBe(404);
    expect((await admin.post('/admin/brukere/999999/aktiver', {})).status).toBe(404);
  });
});
