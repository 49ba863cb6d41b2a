import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applicantIdOf, buildSnapshot } from '../../db/queries/snapshot.ts';
import { applications, waitlistEntries } from '../../db/schema.ts';
import { validateSnapshot } from '../../solver/index.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, useDemoAppAs } from '../../test/support/demo-app.ts';
import { auditOf, counts, HX, registerPerson, vedtakBody } from './test-helpers.ts';

/** «Kan vente på korttidsplass» on the vedtak form: stored on the vedtak, audited, and written to the snapshot as `interim`. */
describe.each(testDrivers)('Interim korttid on the vedtak on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;
  const applicationOf = async (personId: number) => (await db().select().from(applications).where(eq(applications.personId, personId)))[0]!;
  const applicantOf = async (personId: number) => {
    const [entry] = await db().select().from(waitlistEntries).where(eq(waitlistEntries.personId, personId));
    const { snapshot } = await buildSnapshot(db(), TEST_NOW);
    expect(validateSnapshot(snapshot).ok).toBe(true);
    return snapshot.applicants.find((a) => a.id === applicantIdOf(entry!.id));
  };

  it('when a langtid hospital patient may wait in korttid with rehabilitering, then the vedtak keeps it, the log says so and the snapshot carries interim', async () => {
    const id = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody({ kan_vente_sendt: 'ja', kan_vente: 'ja', korttid_behov: 'rehabilitering' }), HX);
    expect(res.status).toBe(200);
    expect(await applicationOf(id)).toMatchObject({ interimAllowed: true, interimTags: ['rehabilitering'] });
    const audit = (await auditOf(db(), id)).find((a) => a.action === 'application.create')!;
    expect(audit.after).toMatchObject({ interimAllowed: true, interimTags: ['rehabilitering'] });
    await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10', utskrivningsklar: '2026-11-18' }, HX);
    const applicant = await applicantOf(id);
    expect(applicant).toMatchObject({ kind: 'langtid', location: { type: 'hospital' }, interim: { requires: ['rehabilitering'] } });
  });

  it('when the box is unticked, then the person does not wait in korttid; a client that sends no box gets the langtid default', async () => {
    const unticked = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${unticked}/vedtak`, vedtakBody({ kan_vente_sendt: 'ja', korttid_behov: 'rehabilitering' }), HX);
    expect(await applicationOf(unticked)).toMatchObject({ interimAllowed: false, interimTags: [] });
    expect((await applicantOf(unticked))!.interim).toBeUndefined();
    const older = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${older}/vedtak`, vedtakBody(), HX);
    expect(await applicationOf(older)).toMatchObject({ interimAllowed: true, interimTags: [] });
    expect((await applicantOf(older))!.interim).toEqual({ requires: [] });
  });

  it('when bofellesskap is ticked, then it may wait in korttid; korttid never does, whatever is sent', async () => {
    const bo = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${bo}/vedtak`, vedtakBody({ type: 'bofellesskap', behov: 'rop', kan_vente_sendt: 'ja', kan_vente: 'ja' }), HX);
    expect(await applicationOf(bo)).toMatchObject({ interimAllowed: true });
    const bofDefault = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${bofDefault}/vedtak`, vedtakBody({ type: 'bofellesskap', behov: 'rop' }), HX);
    expect(await applicationOf(bofDefault)).toMatchObject({ interimAllowed: false });
    const kort = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${kort}/vedtak`, vedtakBody({ type: 'korttid', kan_vente_sendt: 'ja', kan_vente: 'ja', korttid_behov: 'rehabilitering' }), HX);
    expect(await applicationOf(kort)).toMatchObject({ interimAllowed: false, interimTags: [] });
  });

  it.each([
    ['a need no korttid place has', { kan_vente_sendt: 'ja', kan_vente: 'ja', korttid_behov: 'skjermet' }, 'korttid_behov', 'Under korttidsoppholdet kan behovet bare være rehabilitering.'],
    ['a box with a strange value', { kan_vente_sendt: 'ja', kan_vente: 'kanskje' }, 'kan_vente', 'Kryss av eller la feltet stå tomt.'],
  ])('when the interim part has %s, then 422 with the message at the field and nothing is saved', async (_name, over, field, message) => {
    const id = await registerPerson(ctx.client);
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody(over), HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(new RegExp(`id="vedtak-${field}-feil"[^>]*>[^<]*${message}`));
    expect(await counts(db())).toEqual(before);
  });

  it('when the form opens, then «Kan vente på korttidsplass» is ticked with its optional needs', async () => {
    const id = await registerPerson(ctx.client);
    const html = await (await ctx.client.get(`/personer/${id}`)).text();
    expect(html).toMatch(/<input class="ds-input" type="checkbox" id="vedtak-kan_vente" name="kan_vente" value="ja" checked/);
    expect(html).toContain('Behov under korttidsoppholdet (valgfritt)');
  });
});
