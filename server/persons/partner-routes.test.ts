import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, auditLog, partnerLinks, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { HX, registerPerson, vedtakBody } from './test-helpers.ts';

describe.each(testDrivers)('partner links (samboergaranti) on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;

  /** A person granted a place of the kind, waiting; returns the person and the entry. */
  async function waiting(name: string, over: Record<string, string> = {}): Promise<{ personId: number; entryId: number }> {
    const personId = await registerPerson(ctx.client, name);
    const res = await ctx.client.post(`/personer/${personId}/vedtak`, vedtakBody({ kan_vente_sendt: 'ja', ...over }), HX);
    expect(res.status).toBe(200);
    const [entry] = await db().select().from(waitlistEntries).where(eq(waitlistEntries.personId, personId));
    return { personId, entryId: entry!.id };
  }
  const link = (me: { personId: number; entryId: number }, partner: number | string, begrunnelse = 'Ektefeller i 50 år') =>
    ctx.client.post(`/personer/${me.personId}/venteliste/${me.entryId}/partner`, { partner: String(partner), begrunnelse }, HX);
  const unlink = (me: { personId: number; entryId: number }, begrunnelse = 'Ønsker ikke lenger å bo sammen') =>
    ctx.client.post(`/personer/${me.personId}/venteliste/${me.entryId}/partner/avslutt`, { begrunnelse }, HX);
  const activeLinks = () => db().select().from(partnerLinks).where(isNull(partnerLinks.endedAt));
  const partnerAudits = () => db().select().from(auditLog).where(eq(auditLog.entity, 'partner_link'));

  /** Posts the link and checks: 422, the message at the partner field, nothing saved or audited. */
  async function refused(me: { personId: number; entryId: number }, partner: number | string, message: string, field = 'partner') {
    const [links, audits] = [(await db().select().from(partnerLinks)).length, (await partnerAudits()).length];
    const res = await link(me, partner);
    expect(res.status).toBe(422);
    const html = await res.text();
    const at = new RegExp(`id="partner-${me.entryId}-${field}-feil"[^>]*>([^<]*)`).exec(html)?.[1];
    expect(at).toContain(message);
    expect((await db().select().from(partnerLinks)).length).toBe(links);
    expect((await partnerAudits()).length).toBe(audits);
  }

  it('when two waiting langtid persons are linked with a reason, then the link is stored once, both pages show it, and it is audited on both', async () => {
    const kari = await waiting('Kari Samboer');
    const ola = await waiting('Ola Samboer');
    const page = await (await ctx.client.get(`/personer/${kari.personId}`)).text();
    expect(page).toContain('Ønsker å bo sammen med');
    expect(page).toMatch(new RegExp(`<option value="${ola.entryId}">Ola Samboer, bydel Sentrum</option>`));
    const res = await link(kari, ola.entryId);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Koblingen er lagret.');
    const [stored] = (await activeLinks()).filter((l) => [l.entryA, l.entryB].includes(kari.entryId));
    expect(stored).toMatchObject({ entryA: Math.min(kari.entryId, ola.entryId), entryB: Math.max(kari.entryId, ola.entryId), reason: 'Ektefeller i 50 år' });
    const olaPage = await (await ctx.client.get(`/personer/${ola.personId}`)).text();
    expect(olaPage).toMatch(/Ola Samboer ønsker å bo sammen med <a class="ds-link" href="\/personer\/\d+">Kari Samboer<\/a>/);
    const audits = (await partnerAudits()).filter((a) => a.entityId === String(stored!.id));
    expect(audits.map((a) => [a.action, a.personId]).sort()).toEqual([['partner.link', kari.personId], ['partner.link', ola.personId]].sort());
    const log = await (await ctx.client.get(`/personer/${kari.personId}`)).text();
    expect(log).toContain('Knyttet sammen med partner');
  });

  it('when the partner is missing, the reason is empty, or it is the person themself, then 422 at the field and nothing is saved', async () => {
    const me = await waiting('Eva Alene');
    const before = (await db().select().from(partnerLinks)).length;
    const empty = await link(me, '', '');
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain('Velg personen hen ønsker å bo sammen med.');
    expect(html).toContain('Skriv hvorfor de skal bo sammen');
    expect((await db().select().from(partnerLinks)).length).toBe(before);
    await refused(me, me.entryId, 'En person kan ikke knyttes til seg selv.');
  });

  it('when the partner waits for another kind of place, then 422 says so at the field', async () => {
    const me = await waiting('Lang Tidsen');
    const other = await waiting('Kort Tidsen', { type: 'korttid', utfall: 'innvilget' });
    await refused(me, other.entryId, 'Kort Tidsen venter på korttidsplass, ikke langtidsplass. Et par må vente på samme type plass.');
  });

  it('when the partner is not waiting (withdrawn), then 422 says so at the field', async () => {
    const me = await waiting('Anne Venter');
    const gone = await waiting('Bjørn Trukket');
    expect((await ctx.client.post(`/personer/${gone.personId}/venteliste/${gone.entryId}/trekk`, { begrunnelse: 'Takket nei' }, HX)).status).toBe(200);
    await refused(me, gone.entryId, 'Bjørn Trukket venter ikke på plass');
  });

  it('when either may wait on korttid (interim in the vedtak), then 422 explains that a couple moves in together', async () => {
    const me = await waiting('Inger Uten');
    const interim = await waiting('Ivar Korttid', { kan_vente: 'ja' });
    const [app] = await db().select().from(applications).where(eq(applications.personId, interim.personId));
    expect(app!.interimAllowed).toBe(true);
    await refused(me, interim.entryId, 'Ivar Korttid kan vente på korttidsplass (står i vedtaket). Et par flytter inn sammen');
    await refused(interim, me.entryId, 'Ivar Korttid kan vente på korttidsplass');
  });

  it('when either is already linked, on either side of a link, then 422 names the partner; the database refuses it too', async () => {
    const a = await waiting('Per Først');
    const b = await waiting('Pia Først');
    const c = await waiting('Pål Tredje');
    expect((await link(a, b.entryId)).status).toBe(200);
    await refused(c, a.entryId, 'Per Først er allerede knyttet til Pia Først som partner. Avslutt den koblingen først.');
    await refused(c, b.entryId, 'Pia Først er allerede knyttet til Per Først');
    await refused(b, c.entryId, 'Pia Først er allerede knyttet til Per Først');
    // The rule holds in the database across the two sides, whatever the code does.
    const [low, high] = [Math.min(b.entryId, c.entryId), Math.max(b.entryId, c.entryId)];
    await expect(db().insert(partnerLinks).values({ entryA: low, entryB: high, reason: 'x' })).rejects.toThrow();
  });

  it('when a link is ended with a reason, then both are free again and it is audited on both; without a reason 422', async () => {
    const a = await waiting('Sigrid Slutt');
    const b = await waiting('Sverre Slutt');
    expect((await link(a, b.entryId)).status).toBe(200);
    const noReason = await unlink(b, '');
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Skriv hvorfor koblingen avsluttes.');
    expect((await activeLinks()).some((l) => l.entryA === Math.min(a.entryId, b.entryId))).toBe(true);
    const res = await unlink(b);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Koblingen er avsluttet.');
    const [ended] = await db().select().from(partnerLinks).where(and(eq(partnerLinks.entryA, Math.min(a.entryId, b.entryId)), eq(partnerLinks.entryB, Math.max(a.entryId, b.entryId))));
    expect(ended).toMatchObject({ endReason: 'Ønsker ikke lenger å bo sammen' });
    expect(ended!.endedAt).not.toBeNull();
    const audits = (await partnerAudits()).filter((x) => x.action === 'partner.unlink' && x.entityId === String(ended!.id));
    expect(audits.map((x) => x.personId).sort()).toEqual([a.personId, b.personId].sort());
    const again = await unlink(a);
    expect(again.status).toBe(422);
    expect(/id="partner-slutt-\d+-begrunnelse-feil"[^>]*>Personen er ikke knyttet til noen partner/.test(await again.text())).toBe(true);
    expect((await link(a, b.entryId)).status).toBe(200);
  });

  it('when an institution leader or the meeting room tries to link or unlink, then 403 and nothing is saved', async () => {
    const a = await waiting('Tone Tilgang');
    const b = await waiting('Tor Tilgang');
    const before = (await db().select().from(partnerLinks)).length;
    for (const who of ['leder', 'mote']) {
      const client = await loginAs(ctx.app.server.url, who);
      expect((await client.post(`/personer/${a.personId}/venteliste/${a.entryId}/partner`, { partner: String(b.entryId), begrunnelse: 'Ektefeller' }, HX)).status).toBe(403);
      expect((await client.post(`/personer/${a.personId}/venteliste/${a.entryId}/partner/avslutt`, { begrunnelse: 'Slutt' }, HX)).status).toBe(403);
    }
    expect((await db().select().from(partnerLinks)).length).toBe(before);
  });

  it('when the entry is not the person\'s, then 404', async () => {
    const a = await waiting('Ulf Feil');
    const b = await waiting('Una Feil');
    expect((await ctx.client.post(`/personer/${a.personId}/venteliste/${b.entryId}/partner`, { partner: String(a.entryId), begrunnelse: 'Ektefeller' }, HX)).status).toBe(404);
  });
});
