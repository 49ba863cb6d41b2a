/**
 * The KPR registrations on the figures' hand-made fixture (db/figures/test-fixture.ts), on
 * every driver: which entries count as on the list in a month, and which admission day shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { monthPeriod } from '../figures/period.ts';
import { insertFigureFixture } from '../figures/test-fixture.ts';
import { type KprRegistration, listKprRegistrations } from './kpr-registrations.ts';

/** The fixture's person number (fnr 200000000NN) with the admission day, in the list's order. */
const summary = (rows: KprRegistration[]) => rows.map((r) => [Number(r.fnr.slice(-2)), r.kind, r.admittedDate]);

describe.each(testDrivers)('KPR registrations on the hand-made fixture on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await insertFigureFixture(database.db);
  });
  afterAll(async () => { await database?.close(); });

  it('when March is exported, then every entry on the list some day of March is there, admitted on its own place\'s first day (not the interim stay)', async () => {
    const rows = await listKprRegistrations(database.db, monthPeriod(2026, 3));
    // P1 admitted 04.03; P2 waiting; P4 admitted 31.03; P5 died 03.04; P6 withdrew 05.03; P7 interim from 01.02, own place 15.03; P8 interim only;
    // P14 marked admitted 12.03 with no allocation recorded: admitted the day of that change.
    expect(summary(rows)).toEqual([
      [1, 'korttid', '2026-03-04'], [2, 'langtid', null], [4, 'langtid', '2026-03-31'], [5, 'korttid', null],
      [6, 'bofellesskap', null], [7, 'langtid', '2026-03-15'], [8, 'langtid', null], [14, 'bofellesskap', '2026-03-12'],
    ]);
    expect(rows[0]).toMatchObject({ fnr: '20000000001', outcome: 'innvilget', receivedDate: '2026-02-20', decisionDate: '2026-03-02' });
    expect(rows.find((r) => r.fnr.endsWith('04'))!.outcome).toBe('ventelistevedtak');
  });

  it('when February is exported, then vedtak made later are not there, and admissions after February are not shown', async () => {
    // P1, P2 and P5 were decided in March; P4, P7 and P14 moved in in March.
    expect(summary(await listKprRegistrations(database.db, monthPeriod(2026, 2)))).toEqual([
      [4, 'langtid', null], [6, 'bofellesskap', null], [7, 'langtid', null], [8, 'langtid', null], [14, 'bofellesskap', null],
    ]);
  });

  it('when April is exported, then those admitted or withdrawn before April are gone, and the one who died in April is there', async () => {
    expect(summary(await listKprRegistrations(database.db, monthPeriod(2026, 4)))).toEqual([
      [2, 'langtid', null], [5, 'korttid', null], [8, 'langtid', null],
    ]);
  });
});
