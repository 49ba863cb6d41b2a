import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../solver/index.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { loadDemoData } from '../demo/load-demo-data.ts';
import { applications, hospitalStays, partnerLinks, waitlistEntries } from '../schema.ts';
import { buildSnapshot } from './snapshot.ts';

const NOW = new Date('2026-11-23T08:00:00Z');

describe.each(testDrivers)('couples in the snapshot on %s', (driver) => {
  let database: Database;
  let couple: { id: number; entryA: number; entryB: number };
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await loadDemoData(database.db, { today: '2026-11-23' });
    [couple] = await database.db.select({ id: partnerLinks.id, entryA: partnerLinks.entryA, entryB: partnerLinks.entryB }).from(partnerLinks) as [typeof couple];
  }, 120_000);
  afterAll(async () => { await database?.close(); });

  /** Today's snapshot, checked by the planner's own validation, and the couple's two applicants in it. */
  async function snapshotNow() {
    const built = await buildSnapshot(database.db, NOW);
    const validation = validateSnapshot(JSON.parse(JSON.stringify(built.snapshot)));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    const find = (entryId: number) => built.snapshot.applicants.find((a) => a.id === `V-${entryId}`);
    return { ...built, a: find(couple.entryA), b: find(couple.entryB) };
  }
  const setEntry = (entryId: number, status: 'waiting' | 'withdrawn') =>
    database.db.update(waitlistEntries).set({ status }).where(eq(waitlistEntries.id, entryId));

  it('when both of a link wait, then each names the other as partnerId, and only they have one', async () => {
    const { snapshot, a, b } = await snapshotNow();
    expect(a?.partnerId).toBe(`V-${couple.entryB}`);
    expect(b?.partnerId).toBe(`V-${couple.entryA}`);
    expect(snapshot.applicants.filter((x) => x.partnerId !== undefined).map((x) => x.id).sort()).toEqual([a!.id, b!.id].sort());
  });

  it('when a partner\'s vedtak allows interim korttid after all, then neither has interim in the snapshot, and it stays valid', async () => {
    const [entry] = await database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, couple.entryA));
    await database.db.update(applications).set({ interimAllowed: true }).where(eq(applications.id, entry!.applicationId));
    const { a, b } = await snapshotNow();
    expect(a).toMatchObject({ partnerId: b!.id });
    expect(a!.interim).toBeUndefined();
    expect(b!.interim).toBeUndefined();
    await database.db.update(applications).set({ interimAllowed: false }).where(eq(applications.id, entry!.applicationId));
  });

  it('when one partner is no longer waiting, then the other is planned alone, without partnerId', async () => {
    await setEntry(couple.entryB, 'withdrawn');
    const { a, b } = await snapshotNow();
    expect(b).toBeUndefined();
    expect(a).toBeDefined();
    expect(a!.partnerId).toBeUndefined();
    await setEntry(couple.entryB, 'waiting');
  });

  it('when one partner is in hospital and not yet discharge-ready, then both are left out, with a warning', async () => {
    const [entry] = await database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, couple.entryA));
    const open = await database.db.select().from(hospitalStays).where(and(eq(hospitalStays.personId, entry!.personId), isNull(hospitalStays.endedDate)));
    expect(open).toHaveLength(1);
    await database.db.update(hospitalStays).set({ status: 'innlagt', dischargeReadyDate: null }).where(eq(hospitalStays.id, open[0]!.id));
    const { a, b, warnings } = await snapshotNow();
    expect(a).toBeUndefined();
    expect(b).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'partner-not-planned', text: expect.stringContaining(`V-${couple.entryB} skal flytte inn sammen med V-${couple.entryA}`) }));
    await database.db.update(hospitalStays).set({ status: open[0]!.status, dischargeReadyDate: open[0]!.dischargeReadyDate }).where(eq(hospitalStays.id, open[0]!.id));
  });

  it('when the link has ended, then neither has a partnerId', async () => {
    await database.db.update(partnerLinks).set({ endedAt: NOW, endReason: 'Slutt' }).where(eq(partnerLinks.id, couple.id));
    const { snapshot } = await snapshotNow();
    expect(snapshot.applicants.filter((x) => x.partnerId !== undefined)).toEqual([]);
  });
});
