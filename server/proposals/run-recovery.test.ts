import { describe, expect, it } from 'vitest';
import { ABANDONED_RUN_ERROR, findRun } from '../../db/queries/planning-runs.ts';
import { planningRuns } from '../../db/schema.ts';
import { generateSnapshot } from '../../solver/index.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { ABANDONED_AFTER_MS, watchAbandonedRuns } from './service.ts';

const snapshot = generateSnapshot({ people: 2, units: 1, horizonDays: 7 }, 1);

describe.each(testDrivers)('runs left running by a dead server, on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');

  async function runningRun(ageMs: number): Promise<number> {
    const [run] = await ctx.app.database.db.insert(planningRuns)
      .values({ snapshot, status: 'running', createdAt: new Date(Date.now() - ageMs) }).returning({ id: planningRuns.id });
    return run!.id;
  }

  it('when the server starts beside others on PostgreSQL, then an old running run fails and the pages say why, a fresh one is left', async () => {
    const dead = await runningRun(ABANDONED_AFTER_MS + 60_000);
    const fresh = await runningRun(1_000);
    const stop = await watchAbandonedRuns(ctx.app.database.db, { exclusive: false });
    stop();
    expect(await findRun(ctx.app.database.db, dead)).toMatchObject({ status: 'error', error: ABANDONED_RUN_ERROR });
    expect((await findRun(ctx.app.database.db, fresh))!.status).toBe('running');

    const runPage = await (await ctx.client.get(`/forslag/kjoring/${dead}`)).text();
    expect(runPage).toContain('feilet');
    expect(runPage).toContain(ABANDONED_RUN_ERROR);
    const proposals = await (await ctx.client.get('/forslag')).text();
    expect(proposals).toContain(`Kjøring ${dead}`);
    expect(proposals).toMatch(/class="ds-alert" data-color="danger"[^>]*><strong>Planleggingen feilet\.<\/strong>/);
    expect(proposals).toContain(ABANDONED_RUN_ERROR);
  });

  it('when the server has the database to itself, then at start every run still running fails at once', async () => {
    const fresh = await runningRun(1_000);
    (await watchAbandonedRuns(ctx.app.database.db, { exclusive: true }))();
    expect(await findRun(ctx.app.database.db, fresh)).toMatchObject({ status: 'error', error: ABANDONED_RUN_ERROR });
  });
});
