import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, persons, taskDismissals } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { TEST_TODAY, useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs, postLogin } from '../../test/support/http.ts';

const htmx = { headers: { 'hx-request': 'true' } };
/** The text of the group's section (from its heading to the next group). */
const group = (html: string, title: string) => html.split(`<span id="${title}">`)[1]?.split('class="task-group"')[0] ?? '';
const badge = (html: string) => Number(/class="nav-badge">(\d+)<\/span><span class="ds-sr-only"> som haster/.exec(html)?.[1] ?? 0);
const count = (html: string, title: string) => Number(new RegExp(`<span id="${title}">[^<]+</span> \\((\\d+)\\)`).exec(html)?.[1]);
const keyOf = (html: string, name: string) => new RegExp(`${name}</a></h3>[\\s\\S]*?name="nokkel" value="([^"]+)"`).exec(html)?.[1];

describe.each(testDrivers)('Oppgaver over HTTP on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;
  let patientId: number;
  beforeAll(async () => {
    patientId = (await db().select().from(persons).where(eq(persons.name, 'Torbjørg Helland')))[0]!.id;
  });

  it('when the coordinator logs in, then the start page is Oppgaver', async () => {
    const res = await postLogin(ctx.app.server.url, { brukernavn: 'koordinator', passord: 'demo' });
    expect(res.headers.get('location')).toBe('/oppgaver');
  });

  it('when the coordinator opens Oppgaver on the demo, then the four groups show with the items of their rules, and the badge counts overdue and today', async () => {
    const html = await (await ctx.client.get('/oppgaver')).text();
    for (const title of ['Forfalt', 'I dag', 'Snart', 'Rettinger']) expect(html).toContain(`>${title}</span>`);
    expect(group(html, 'forfalt')).toContain(`<a class="ds-link" href="/personer/${patientId}">Torbjørg Helland</a>`);
    expect(group(html, 'forfalt')).toContain('Pasienten har vært utskrivningsklar i 1 dag, men har ingen søknad eller vedtak.');
    expect(group(html, 'rettinger')).toContain('Håkon Brekke');
    expect(group(html, 'rettinger')).toContain('Marie');
    expect(group(html, 'snart')).toContain('Garantidatoen for');
    expect(badge(html)).toBe(count(html, 'forfalt') + count(html, 'i-dag'));
    expect(badge(html)).toBeGreaterThan(0);
    expect(html).toMatch(/id="nav-oppgaver" href="\/oppgaver" aria-current="page"/);
    // Another page shows the same count.
    expect(badge(await (await ctx.client.get('/ventelister')).text())).toBe(badge(html));
  });

  it('when an item is dismissed without a reason, then 422, the message is at the field, and nothing is saved', async () => {
    const page = await (await ctx.client.get('/oppgaver')).text();
    const key = keyOf(page, 'Håkon Brekke')!;
    const audits = (await db().select().from(auditLog)).length;
    for (const form of [{ nokkel: key, begrunnelse: '   ' }, { nokkel: key }] as Record<string, string>[]) {
      const res = await ctx.client.post('/oppgaver/avvis', form, htmx);
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toContain('Skriv hvorfor oppgaven avvises.');
      expect(html).toMatch(/aria-invalid="true" aria-describedby="oppgave-[^"]+-grunn-feil"/);
      expect(html).toContain('<details class="ds-details" open');
    }
    expect(await db().select().from(taskDismissals)).toEqual([]);
    expect((await db().select().from(auditLog)).length).toBe(audits);
  });

  it('when an item that no rule lists is dismissed, then 409 and nothing is saved', async () => {
    const res = await ctx.client.post('/oppgaver/avvis', { nokkel: 'garantidato:entry:999999', begrunnelse: 'Test' }, htmx);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Oppgaven finnes ikke lenger');
    expect(await db().select().from(taskDismissals)).toEqual([]);
  });

  it('when an urgent item is dismissed with a reason, then it leaves the list and the badge, is audited, shows under Avviste and can be listed again', async () => {
    const before = await (await ctx.client.get('/oppgaver')).text();
    const key = keyOf(before, 'Torbjørg Helland')!;
    const res = await ctx.client.post('/oppgaver/avvis', { nokkel: key, begrunnelse: 'Sykehuset har trukket meldingen' }, htmx);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('data-announce="polite"');
    expect(html).toContain('Avvist: Torbjørg Helland. Begrunnelse: Sykehuset har trukket meldingen');
    expect(group(html, 'forfalt')).not.toContain('Torbjørg Helland');
    expect(html).toContain('hx-swap-oob="true"');
    expect(badge(html)).toBe(badge(before) - 1);
    expect(badge(await (await ctx.client.get('/ventelister')).text())).toBe(badge(before) - 1);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'task.dismiss'), eq(auditLog.entityId, key)));
    expect(entry).toMatchObject({ entity: 'task', personId: patientId, after: { reason: 'Sykehuset har trukket meldingen', rule: 'utskrivningsklar-uten-sak' } });

    const dismissed = await (await ctx.client.get('/oppgaver?avviste=ja')).text();
    expect(dismissed.split('id="avviste"')[1]).toContain('«Sykehuset har trukket meldingen»');
    const undo = await ctx.client.post('/oppgaver/angre', { nokkel: key, avviste: 'ja' }, htmx);
    expect(undo.status).toBe(200);
    expect(group(await undo.text(), 'forfalt')).toContain('Torbjørg Helland');
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, 'task.undismiss'), eq(auditLog.entityId, key)))).toHaveLength(1);
    expect(await db().select().from(taskDismissals)).toEqual([]);
  });

  it('when a form is posted without JavaScript, then the answer is a redirect to the list with the result', async () => {
    const page = await (await ctx.client.get('/oppgaver')).text();
    const key = keyOf(page, 'Håkon Brekke')!;
    const res = await ctx.client.post('/oppgaver/avvis', { nokkel: key, begrunnelse: 'Kontrollert med sykehuset' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/oppgaver?melding=avvist');
    expect(await (await ctx.client.get('/oppgaver?melding=avvist')).text()).toContain('Oppgaven er avvist.');
    await ctx.client.post('/oppgaver/angre', { nokkel: key });
  });

  it('when the cause is fixed (the open hospital stay is ended), then the item leaves the list', async () => {
    const [brekke] = await db().select().from(persons).where(eq(persons.name, 'Håkon Brekke'));
    expect(group(await (await ctx.client.get('/oppgaver')).text(), 'rettinger')).toContain('Håkon Brekke');
    const end = await ctx.client.post(`/personer/${brekke!.id}/sykehus/avslutt`, { melding: 'utskrevet', dato: TEST_TODAY, arsak: 'Hjem med hjemmetjenester' }, htmx);
    expect(end.status).toBe(200);
    expect(await (await ctx.client.get('/oppgaver')).text()).not.toContain('Håkon Brekke');
  });

  it.each(['leder', 'admin', 'mote', 'kontorleder'])('when %s opens or posts to Oppgaver, then 403, and the navigation has no Oppgaver', async (username) => {
    const client = await loginAs(ctx.app.server.url, username);
    expect((await client.get('/oppgaver')).status).toBe(403);
    expect((await client.post('/oppgaver/avvis', { nokkel: 'x', begrunnelse: 'y' })).status).toBe(403);
    expect(await (await client.get('/plasser')).text()).not.toContain('href="/oppgaver"');
  });
});
