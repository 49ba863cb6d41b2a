import { desc, eq } from 'drizzle-orm';
import { HX, registerPerson, vedtakBody } from '../persons/test-helpers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMED_POLICIES } from '../../db/queries/planning-policy.ts';
import { loadSettings } from '../../db/queries/settings.ts';
import { buildSnapshot } from '../../db/queries/snapshot.ts';
import { auditLog, planningRuns } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { storedSettingsForm } from './test-helpers.ts';

/** The office's planning policy: named weightings or its own, the snapshot's weights, and the run that says which it used. */
describe.each(testDrivers)('Planning policy on %s', (driver) => {
  let app: DemoApp;
  let admin: Client;
  const db = () => app.database.db;
  const storedForm = () => storedSettingsForm(db());
  const policyAudits = async () => (await db().select().from(auditLog).where(eq(auditLog.action, 'settings.update')))
    .filter((a) => a.after && 'planningPolicy' in (a.after as object));

  beforeAll(async () => {
    app = await startDemoApp(driver);
    admin = await loginAs(app.server.url, 'admin');
  });
  afterAll(async () => { await app?.close(); });

  it('when nothing is chosen, then «Balansert» writes the v2 defaults and tailDays 14 into the snapshot', async () => {
    const { snapshot, policy } = await buildSnapshot(db(), TEST_NOW);
    expect(policy).toBe('balansert');
    expect(snapshot.format).toBe('plassplan.snapshot/2');
    expect(snapshot.tailDays).toBe(14);
    expect(snapshot.costs).toMatchObject({ guaranteeBreachNok: 10_000, guaranteeLateDayNok: 3000, waitingDayNok: { 1: 1500, 2: 500, 3: 100 }, nonPreferredNok: 300 });
  });

  it('when the settings page opens, then each policy is offered with its explanation, and weights are not called kroner', async () => {
    const html = await (await admin.get('/admin/innstillinger')).text();
    for (const label of ['Behov først', 'Balansert', 'Lavest kostnad', 'Egendefinert']) expect(html).toContain(label);
    expect(html).toMatch(/id="f-planningPolicy-balansert" name="planningPolicy" value="balansert" checked/);
    expect(html).toContain('Vektene er ikke kroner');
    expect(html).not.toContain('Kostnadsvekter i planleggingen (kroner)');
  });

  it('when a langtid hospital patient may wait in korttid, then Forslag shows the interim stay as its own row, with names, never V-ids', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const id = await registerPerson(coordinator, 'Interim Testesen');
    await coordinator.post(`/personer/${id}/vedtak`, vedtakBody({ prioritet: '1' }), HX);
    await coordinator.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10', utskrivningsklar: '2026-11-18' }, HX);
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    const [run] = await db().select().from(planningRuns).orderBy(desc(planningRuns.id)).limit(1);
    const interim = (run!.plan as { interimStays: { applicantId: string }[] }).interimStays;
    expect(interim.length).toBeGreaterThan(0);
    const forslag = await (await coordinator.get('/forslag')).text();
    const section = /<section class="interim-stays">[^]*?<\/section>/.exec(forslag)![0];
    expect(section.match(/<article /g)).toHaveLength(interim.length);
    expect(section).toMatch(/Interim Testesen<\/a><\/strong><span class="interim-head">venter på [^<]+ fra \d\d\.\d\d\.\d{4}/);
    expect(section).not.toMatch(/\bV-\d+/);
    // The meeting of the week shows the same rows, initials on the projector.
    const started = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari Koordinator' });
    const meetingPath = started.headers.get('location')!;
    expect((await coordinator.post(`${meetingPath}/planlegg`, {})).status).toBe(303);
    const meeting = await (await coordinator.get(meetingPath)).text();
    expect(/<section class="interim-stays">[^]*?<\/section>/.exec(meeting)![0]).toContain('Interim Testesen');
    const projected = await (await coordinator.get(`${meetingPath}?visning=projektor`)).text();
    const projectedSection = /<section class="interim-stays">[^]*?<\/section>/.exec(projected)![0];
    expect(projectedSection).not.toContain('Interim Testesen');
    expect(projectedSection).not.toMatch(/\bV-\d+/);
  });

  it('when «Behov først» is chosen, then it is saved and audited, the snapshot carries its weights, and the run and Forslag say so', async () => {
    const res = await admin.post('/admin/innstillinger', { ...(await storedForm()), planningPolicy: 'behov-forst' });
    expect(res.status).toBe(303);
    expect((await loadSettings(db())).planningPolicy).toBe('behov-forst');
    const [audit] = await policyAudits();
    expect(audit).toMatchObject({ before: { planningPolicy: 'balansert' }, after: { planningPolicy: 'behov-forst' } });
    const { snapshot } = await buildSnapshot(db(), TEST_NOW);
    expect(snapshot.costs!.waitingDayNok[1]).toBe(NAMED_POLICIES['behov-forst'].waitingDayNok[1]);
    expect(snapshot.costs!.waitingDayNok[1]).toBeGreaterThan(snapshot.costs!.overliggerdognNok);
    const coordinator = await loginAs(app.server.url, 'koordinator');
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    const [run] = await db().select().from(planningRuns).orderBy(desc(planningRuns.id)).limit(1);
    expect(run!.policy).toBe('behov-forst');
    expect(await (await coordinator.get('/forslag')).text()).toContain('Vekting: Behov først');
  });

  it('when «Egendefinert» is chosen, then the custom weights and tailDays are what the snapshot uses', async () => {
    await admin.post('/admin/innstillinger', { ...(await storedForm()), planningPolicy: 'egendefinert', waitingDayNokP1: '4000', tailDays: '30' });
    const { snapshot, policy } = await buildSnapshot(db(), TEST_NOW);
    expect(policy).toBe('egendefinert');
    expect(snapshot.tailDays).toBe(30);
    expect(snapshot.costs!.waitingDayNok[1]).toBe(4000);
  });

  it('when the policy is unknown or tailDays out of range, then 422 at the field and nothing is saved', async () => {
    const before = await loadSettings(db());
    const audits = (await policyAudits()).length;
    const res = await admin.post('/admin/innstillinger', { ...(await storedForm()), planningPolicy: 'tilfeldig', tailDays: '400' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-planningPolicy-error"[^>]*>Velg en vekting\./);
    expect(html).toMatch(/id="f-tailDays"[^]*?Kan være høyst 366\./);
    expect(await loadSettings(db())).toEqual(before);
    expect(await policyAudits()).toHaveLength(audits);
  });
});
