/**
 * computeFigures against the simulation engine's own measure (db/demo/history/measure.ts)
 * on the simulated year (seed 5, the 365 days to 30.11.2026), for the figures both define.
 * Where the two count differently, the test says how and checks the difference itself:
 * - guarantees: measure keeps an entry closed (withdrawn, died) before its date among the
 *   due, as not breached; here it is not due. Same breaches, due smaller by those entries.
 * - to an institution: measure counts stays ENDED in the year with reason institusjon;
 *   here patients READY in the year, by where they had gone at its end.
 * - occupancy: the same stay-days; measure leaves each unit's respite bed out of the beds,
 *   here places are all staffed beds (respite is left out of the stay-days only).
 * - overliggerdøgn: measure counts waits of patients going to an institution; here every
 *   wait. In the simulation a patient going home leaves on the ready day, so they agree.
 * - appeals: the history has appeals, but the loader has no table for them yet (rows.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { daysBetween } from '../dates.ts';
import { insertHistory } from '../demo/history/load-history.ts';
import { measureLastYear, type YearFigures } from '../demo/history/measure.ts';
import { simulateHistory } from '../demo/history/simulate.ts';
import type { History } from '../demo/history/types.ts';
import { computeFigures, computeFiguresFor } from './compute.ts';
import { clipPeriod, monthsOf, type Period, previousPeriod, yearPeriod } from './period.ts';
import type { Figures } from './types.ts';

/** The same 365 days measureLastYear reads: 01.12.2025–30.11.2026. */
const YEAR: Period = { kind: 'year', id: '2025-12-01--2026-11-30', from: '2025-12-01', to: '2026-12-01', label: 'siste 365 dager' };
let simulated: Promise<History> | undefined;
const history = () => (simulated ??= simulateHistory({ seed: 5, lastDay: '2026-11-30' }));

describe.each(testDrivers)('computeFigures against the simulation\'s measure on %s', (driver) => {
  let database: Database;
  let sim: History;
  let measured: YearFigures;
  let figures: Figures;
  beforeAll(async () => {
    sim = await history();
    measured = measureLastYear(sim);
    database = await createTestDatabase(driver);
    await insertHistory(database.db, sim);
    figures = await computeFigures(database.db, YEAR);
  }, 180_000);
  afterAll(async () => { await database?.close(); });

  const row = <T extends { kind: string }>(rows: T[], kind: string) => rows.find((r) => r.kind === kind)!;

  it('when both count vedtak, refusals and the share within target, then they agree', () => {
    for (const kind of ['korttid', 'langtid', 'bofellesskap'] as const) expect(row(figures.vedtak, kind).total).toBe(measured.vedtak[kind]);
    expect(figures.vedtak.reduce((n, r) => n + r.avslag, 0)).toBe(measured.refused);
    expect(row(figures.caseTime, 'korttid').withinTargetPct! / 100).toBeCloseTo(measured.withinTarget.korttid, 10);
    expect(row(figures.caseTime, 'langtid').withinTargetPct! / 100).toBeCloseTo(measured.withinTarget.langtid, 10);
  });

  it('when both count utskrivningsklare patients and overliggerdøgn, then they agree', () => {
    expect(figures.discharged.total).toBe(measured.dischargeReady);
    expect(figures.overligger.days).toBe(measured.overliggerdogn);
  });

  it('when both count admissions, then the waiting-time counts are the admissions by kind', () => {
    for (const kind of ['korttid', 'langtid', 'bofellesskap'] as const) {
      expect(figures.waitingTime.find((r) => r.kind === kind && r.priority === null)!.count).toBe(measured.admissions[kind]);
    }
  });

  it('when langtid guarantees are counted, then the breaches agree and the due differ by the entries closed before their date', () => {
    const langtid = row(figures.guarantees, 'langtid');
    expect(langtid.breached).toBe(Math.round(measured.langtidBreachShare * measured.langtidGuaranteesDue));
    const closedFirst = sim.entries.filter((e) => {
      const g = sim.applications[e.application]!.guaranteeDate;
      return e.kind === 'langtid' && g !== null && g >= YEAR.from && g < YEAR.to
        && e.changes.some((c) => (c.status === 'deceased' || c.status === 'withdrawn') && c.on <= g);
    }).length;
    expect(langtid.due).toBe(measured.langtidGuaranteesDue - closedFirst);
  });

  it('when patients went to an institution, then those ready in the year and gone by its end match the history\'s own destinations', () => {
    const toInstitution = figures.discharged.rows.filter((r) => ['korttid', 'langtid', 'bofellesskap'].includes(r.destination)).reduce((n, r) => n + r.count, 0);
    const expected = sim.hospitalStays.filter((h) => h.dischargeReadyDate >= YEAR.from && h.dischargeReadyDate < YEAR.to
      && h.endedDate !== null && h.endedDate < YEAR.to && h.endedReason === 'institusjon').length;
    expect(toInstitution).toBe(expected);
    // measure's count (ended in the year) differs only by the stays crossing the year's two ends.
    expect(Math.abs(toInstitution - measured.toInstitution)).toBeLessThan(20);
  });

  it('when occupancy is counted, then the stay-days agree and the rates differ only by the respite beds measure leaves out', () => {
    for (const kind of ['korttid', 'langtid', 'bofellesskap'] as const) {
      const units = sim.units.filter((u) => u.kind === kind);
      const bedDays = units.reduce((n, u) => n + (u.beds - u.respiteBeds) * daysBetween(YEAR.from, YEAR.to), 0);
      const ours = row(figures.occupancy, kind);
      expect(ours.stayDays).toBe(Math.round(measured.occupancy[kind] * bedDays));
      expect(ours.places).toBe(units.reduce((n, u) => n + u.beds, 0));
    }
  });

  it('when the history has appeals, then none are counted: the loader has no table for them yet', () => {
    expect(measured.appeals).toBeGreaterThan(0);
    expect(figures.appeals.received).toBe(0);
  });

  it('when the page\'s periods (the year so far, the year before, its months) are computed in one pass, then each equals its own computation', async () => {
    const year = clipPeriod(yearPeriod(2026), '2026-12-01')!;
    const periods = [year, previousPeriod(year), ...monthsOf(year)];
    const together = await computeFiguresFor(database.db, periods);
    for (const [i, period] of periods.entries()) expect(together[i]).toEqual(await computeFigures(database.db, period));
  });
});
