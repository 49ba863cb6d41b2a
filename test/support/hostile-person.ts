/**
 * A waiting person whose name and vedtak reasoning are HTML, for escaping tests: if any
 * page renders them as markup, a script runs or an element appears.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { syntheticFnr } from '../../db/fnr.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { applications, persons, waitlistEntries } from '../../db/schema.ts';

export const HOSTILE_NAME = '<script>alert(1)</script>';
export const HOSTILE_REASONING = '<img src=x onerror="alert(2)"><b id="injected">fet</b> & "sitat"';

/** Adds the person to the korttid queue with priority 1, decided by `userId`; returns ids and fødselsnummer. */
export async function insertHostilePerson(db: Db, userId: number | null = null): Promise<{ personId: number; fnr: string }> {
  const fnr = await freeFnr(db);
  return db.transaction(async (tx) => {
    const [person] = await tx.insert(persons).values({ name: HOSTILE_NAME, fnr, district: 'Sentrum' }).returning();
    const [application] = await tx.insert(applications).values({
      personId: person!.id, receivedDate: '2026-11-02', kind: 'korttid', outcome: 'innvilget', decisionDate: '2026-11-03',
      priority: 1, guaranteeDate: '2026-11-17', reasoning: HOSTILE_REASONING, appealRegime: 'statsforvalteren',
    }).returning();
    await tx.insert(waitlistEntries).values({ applicationId: application!.id, personId: person!.id, kind: 'korttid' });
    await appendAudit(tx, {
      userId, action: 'application.create', entity: 'application', entityId: application!.id, personId: person!.id,
      after: { kind: 'korttid', outcome: 'innvilget', reasoning: HOSTILE_REASONING },
    });
    return { personId: person!.id, fnr };
  });
}

async function freeFnr(db: Db): Promise<string> {
  for (let individual = 999; individual > 900; individual--) {
    const fnr = syntheticFnr({ year: 1931, month: 3, day: 14 }, individual);
    if (fnr && (await db.select({ id: persons.id }).from(persons).where(eq(persons.fnr, fnr))).length === 0) return fnr;
  }
  throw new Error('no free synthetic fødselsnummer');
}
