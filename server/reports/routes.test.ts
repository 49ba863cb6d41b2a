import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportUnits } from '../../db/queries/reports.ts';
import { auditLog, expectedDepartures, units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { changeCounts, latestReport, type LeaderFixture, leaderFixture, reportForm } from './test-helpers.ts';

const HX = { 'hx-request': 'true' };

describe.each(testDrivers)('leader reporting on %s', (driver) => {
  let app: DemoApp;
  let leader: Client;
  let fx: LeaderFixture;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    leader = await loginAs(app.server.url, 'leder');
    fx = await leaderFixture(app.database.db);
  });
  afterAll(async () => { await app?.close(); });

  it('when the leader logs in, then they land on their own units with «Ingen endring», and no other unit', async () => {
    const start = await leader.get('/');
    expect(start.headers.get('location')).toBe('/enheter');
    const html = await (await leader.get('/enheter')).text();
    const unitRows = await app.database.db.select().from(units);
    for (const unit of unitRows) {
      if (fx.ownUnitIds.includes(unit.id)) expect(html).toContain(`id="enhet-${unit.id}"`);
      else expect(html).not.toContain(`>${unit.code}<`);
    }
    expect(html.match(/Ingen endring<\/button>/g)).toHaveLength(fx.ownUnitIds.length);
  });

  it('when the leader presses «Ingen endring», then a new report copies the figures and future departures, audited', async () => {
    const unitId = fx.ownUnitIds[0]!;
    const [before] = await loadReportUnits(app.database.db, [unitId], TEST_NOW, 10);
    const res = await leader.post(`/enheter/${unitId}/ingen-endring`, {}, { headers: HX });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('meldt uten endring');
    const report = await latestReport(app.database.db, unitId);
    expect(report.reportedAt.getTime()).toBe(TEST_NOW.getTime());
    expect(report.reportedBy).toBe(fx.leaderId);
    expect({ staffed: report.staffedBeds, occupied: report.occupied, free: report.freeNow, reserved: report.reserved, closed: report.closedToAdmissions })
      .toEqual({ staffed: before!.today.staffedBeds, occupied: before!.today.occupied, free: before!.today.freeNow, reserved: before!.today.reserved, closed: before!.today.closed });
    const copied = await app.database.db.select().from(expectedDepartures).where(eq(expectedDepartures.reportId, report.id));
    expect(copied.map((d) => d.date).sort()).toEqual(before!.today.departures.map((d) => d.date).sort());
    expect(copied.every((d) => d.date >= TEST_TODAY)).toBe(true);
    const [audit] = await app.database.db.select().from(auditLog).where(eq(auditLog.action, 'place_report.confirm')).orderBy(desc(auditLog.id));
    expect(audit).toMatchObject({ userId: fx.leaderId, entity: 'place_report', entityId: String(report.id) });
    expect(audit!.before).not.toBeNull();
    expect(audit!.after).toMatchObject({ unitId, freeNow: before!.today.freeNow });
  });

  it('when the leader changes a figure and saves, then the report is kept and Plasser shows it to the coordinator', async () => {
    const unitId = fx.ownUnitIds[1]!;
    const [unit] = await app.database.db.select().from(units).where(eq(units.id, unitId));
    const form = reportForm({ bemannede: String(unit!.physicalBeds), belagt: String(unit!.physicalBeds - 3), ledige: '3', avreise_dato_0: '2026-12-01', avreise_antall_0: '2' });
    const res = await leader.post(`/enheter/${unitId}/melding`, form, { headers: HX });
    expect(res.status).toBe(200);
    const report = await latestReport(app.database.db, unitId);
    expect(report).toMatchObject({ freeNow: 3, occupied: unit!.physicalBeds - 3, reportedBy: fx.leaderId });
    const departures = await app.database.db.select().from(expectedDepartures).where(eq(expectedDepartures.reportId, report.id));
    expect(departures).toMatchObject([{ date: '2026-12-01', count: 2, personId: null }]);
    const audits = await app.database.db.select().from(auditLog)
      .where(and(eq(auditLog.action, 'place_report.create'), eq(auditLog.entityId, String(report.id))));
    expect(audits).toHaveLength(1);
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const plasser = await (await coordinator.get('/plasser')).text();
    const row = new RegExp(`<tr data-unit="${unit!.code}">.*?</tr>`).exec(plasser)![0];
    expect(row).toContain('data-label="Ledige nå">3</td>');
    expect(row).toContain('akkurat nå');
  });

  it('when the form is posted without htmx, then a good one redirects to the page and a wrong one shows the page with 422', async () => {
    const unitId = fx.ownUnitIds[0]!;
    const ok = await leader.post(`/enheter/${unitId}/melding`, reportForm({ bemannede: '5', belagt: '5', ledige: '0' }));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/enheter#enhet-${unitId}`);
    const bad = await leader.post(`/enheter/${unitId}/melding`, reportForm({ ledige: '9', bemannede: '5' }));
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('Ledige plasser kan ikke være flere enn bemannede senger.');
  });
});
