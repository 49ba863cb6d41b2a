/** Dismissing an Oppgaver item with a reason, and undoing it; each in a transaction with its audit entry. */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.ts';
import { taskDismissals, users } from '../../schema.ts';
import { appendAudit } from '../audit.ts';

export interface Dismissal { key: string; reason: string; dismissedBy: string | null; dismissedAt: Date }

/** The dismissals of the given keys (all stored dismissals are never needed at once). */
export async function loadDismissals(db: DbOrTx, keys: readonly string[]): Promise<Map<string, Dismissal>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select({ key: taskDismissals.key, reason: taskDismissals.reason, dismissedBy: users.displayName, dismissedAt: taskDismissals.dismissedAt })
    .from(taskDismissals).leftJoin(users, eq(users.id, taskDismissals.dismissedBy)).where(inArray(taskDismissals.key, [...keys]));
  return new Map(rows.map((r) => [r.key, r]));
}

/** What the item was, for the audit entry: enough to read the log without the rule. */
export interface DismissedItem { key: string; rule: string; personId: number | null; reason: string }

/** Dismisses the item (reason trimmed, non-empty: the caller validated it); dismissing again changes the reason. */
export async function dismissTask(db: DbOrTx, item: DismissedItem, reason: string, userId: number, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(taskDismissals).where(eq(taskDismissals.key, item.key)).for('update');
    await tx.insert(taskDismissals).values({ key: item.key, reason, dismissedBy: userId, dismissedAt: at })
      .onConflictDoUpdate({ target: taskDismissals.key, set: { reason, dismissedBy: userId, dismissedAt: at } });
    await appendAudit(tx, {
      userId, action: 'task.dismiss', entity: 'task', entityId: item.key, personId: item.personId,
      before: before ? { reason: before.reason } : null, after: { rule: item.rule, listed: item.reason, reason },
    });
  });
}

/** Lists the item again; false when it was not dismissed (nothing written). */
export async function undoDismissal(db: DbOrTx, key: string, personId: number | null, userId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(taskDismissals).where(eq(taskDismissals.key, key)).returning();
    if (!removed) return false;
    await appendAudit(tx, {
      userId, action: 'task.undismiss', entity: 'task', entityId: key, personId,
      before: { reason: removed.reason }, after: null,
    });
    return true;
  });
}
