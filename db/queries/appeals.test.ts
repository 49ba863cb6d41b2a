import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useCoordinatorDatabase } from '../../test/support/coordinator-database.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { appeals, auditLog } from '../schema.ts';
import { seedVedtak } from './appeal-test-helpers.ts';
import { decideAppeal, forwardAppeal, listAppeals, reassessAppeal, registerAppeal } from './appeals.ts';

const TODAY = '2026-12-01';

describe.each(testDrivers)('appeals on %s', (driver) => {
  const ctx = useCoordinatorDatabase(driver);

  const auditCount = async () => (await ctx.database.db.select({ n: count() }).from(auditLog))[0]!.n;

  it('when an appeal goes through every step, then each is saved and audited, and the appeal is decided', async () => {
    const db = ctx.database.db;
    const { personId, applicationId } = await seedVedtak(db, '2026-10-01');
    const registered = await registerAppeal(db, personId, applicationId, { receivedDate: '2026-10-20', vedtakReceivedDate: '2026-10-05' }, ctx.user, TODAY);
    expect(registered.ok).toBe(true);
    const id = registered.ok ? registered.appealId : 0;
    expect((await reassessAppeal(db, personId, id, { date: '2026-10-25', result: 'opprettholdt' }, ctx.user, TODAY)).ok).toBe(true);
    expect((await forwardAppeal(db, personId, id, '2026-10-26', ctx.user, TODAY)).ok).toBe(true);
    expect((await decideAppeal(db, personId, id, { outcome: 'stadfestet', date: '2026-11-30' }, ctx.user, TODAY)).ok).toBe(true);
    const [row] = await listAppeals(db, personId);
    expect(row).toMatchObject({ vedtakReceivedDate: '2026-10-05', reassessmentResult: 'opprettholdt', sentDate: '2026-10-26', outcome: 'stadfestet', outcomeDate: '2026-11-30' });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.personId, personId))).map((a) => a.action);
    expect(actions).toEqual(['appeal.register', 'appeal.reassess', 'appeal.forward', 'appeal.decide']);
  });

  it('when a step is refused, then nothing is saved and nothing audited', async () => {
    const db = ctx.database.db;
    const { personId, applicationId } = await seedVedtak(db, '2026-10-01');
    const before = await auditCount();
    expect(await registerAppeal(db, personId, applicationId, { receivedDate: '2026-09-30', vedtakReceivedDate: null }, ctx.user, TODAY))
      .toMatchObject({ ok: false, field: 'klage_mottatt' });
    expect(await listAppeals(db, personId)).toEqual([]);
    const ok = await registerAppeal(db, personId, applicationId, { receivedDate: '2026-10-10', vedtakReceivedDate: null }, ctx.user, TODAY);
    const id = ok.ok ? ok.appealId : 0;
    expect(await forwardAppeal(db, personId, id, '2026-10-11', ctx.user, TODAY)).toMatchObject({ ok: false, field: '_' });
    expect(await decideAppeal(db, personId, id, { outcome: 'opphevet', date: '2026-10-12' }, ctx.user, TODAY)).toMatchObject({ ok: false, field: '_' });
    expect(await registerAppeal(db, personId, applicationId, { receivedDate: '2026-10-11', vedtakReceivedDate: null }, ctx.user, TODAY))
      .toMatchObject({ ok: false, field: '_' });
    const [row] = await db.select().from(appeals).where(eq(appeals.id, id));
    expect(row).toMatchObject({ reassessedDate: null, sentDate: null, outcome: null });
    expect(await auditCount()).toBe(before + 1);
  });

  it('when the office changes the vedtak itself, then the appeal cannot be sent on', async () => {
    const db = ctx.database.db;
    const { personId, applicationId } = await seedVedtak(db, '2026-10-01');
    const ok = await registerAppeal(db, personId, applicationId, { receivedDate: '2026-10-10', vedtakReceivedDate: null }, ctx.user, TODAY);
    const id = ok.ok ? ok.appealId : 0;
    expect((await reassessAppeal(db, personId, id, { date: '2026-10-12', result: 'omgjort' }, ctx.user, TODAY)).ok).toBe(true);
    expect(await forwardAppeal(db, personId, id, '2026-10-13', ctx.user, TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('omgjort') });
  });

  it('when the appeal or vedtak belongs to someone else, then it is not found', async () => {
    const db = ctx.database.db;
    const a = await seedVedtak(db, '2026-10-01');
    const b = await seedVedtak(db, '2026-10-01');
    expect(await registerAppeal(db, b.personId, a.applicationId, { receivedDate: '2026-10-10', vedtakReceivedDate: null }, ctx.user, TODAY))
      .toMatchObject({ ok: false, field: 'not-found' });
    const ok = await registerAppeal(db, a.personId, a.applicationId, { receivedDate: '2026-10-10', vedtakReceivedDate: null }, ctx.user, TODAY);
    expect(await reassessAppeal(db, b.personId, ok.ok ? ok.appealId : 0, { date: '2026-10-12', result: 'omgjort' }, ctx.user, TODAY))
      .toMatchObject({ ok: false, field: 'not-found' });
  });
});
