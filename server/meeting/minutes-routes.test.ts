import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocations, meetings, persons, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

describe.each(testDrivers)('Referat and the meeting list on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let meetingId: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    coordinator = await loginAs(app.server.url, 'koordinator');
    const started = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari Koordinator' });
    meetingId = Number(/\/tildelingsmote\/(\d+)$/.exec(started.headers.get('location')!)![1]);
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/planlegg`, {})).status).toBe(303);
  });
  afterAll(async () => { await app?.close(); });

  const db = () => app.database.db;
  const nameOf = async (allocationId: number) => (await db().select({ name: persons.name }).from(allocations)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, allocations.entryId)).innerJoin(persons, eq(persons.id, waitlistEntries.personId))
    .where(eq(allocations.id, allocationId)))[0]!.name;

  it('when the week\'s meeting is shown, then it is listed under its week and not again under «Tidligere møter»', async () => {
    const html = await (await coordinator.get('/tildelingsmote?uke=2026-W48')).text();
    const [week, earlier] = html.split('Tidligere møter');
    expect(week).toContain(`href="/tildelingsmote/${meetingId}"`);
    expect(earlier).not.toContain(`href="/tildelingsmote/${meetingId}"`);
    expect(await (await coordinator.get('/tildelingsmote?uke=2026-W49')).text()).toMatch(new RegExp(`Tidligere møter[\\s\\S]*href="/tildelingsmote/${meetingId}"`));
  });

  it('when a proposal of the week is accepted on Forslag the same day, then the minutes include it, marked as decided there', async () => {
    const { planningRunId } = (await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!;
    const [proposal] = await db().select().from(allocations)
      .where(and(eq(allocations.planningRunId, planningRunId!), eq(allocations.status, 'proposed'))).orderBy(allocations.id).limit(1);
    const accepted = await coordinator.post(`/forslag/${proposal!.id}/godta`, {}, { headers: { 'hx-request': 'true' } });
    expect(accepted.status).toBe(200);
    const minutes = await (await coordinator.get(`/tildelingsmote/${meetingId}/referat`)).text();
    const name = await nameOf(proposal!.id);
    expect(minutes).toMatch(new RegExp(`Tildelte plasser \\(1\\)[\\s\\S]*${name}<br/?><span class="muted">prioritet \\d · Reservert · avgjort på Forslag`));
    expect(minutes).toContain('Med én beslutning om ukas forslag tatt på Forslag samme dag');
  });

  it('when the minutes are issued, then they say who issued them and when', async () => {
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/referat/fastsett`, {})).status).toBe(303);
    const frozen = (await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!.minutesHtml!;
    expect(frozen).toMatch(/Referatet ble fastsatt 23\.11\.2026,? 09:00 av Kari Koordinator\./);
  });
});
