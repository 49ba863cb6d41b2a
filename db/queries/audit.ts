/** The append-only audit log: every change and every opening of a person's data. */
import { insertRows } from '../batch.ts';
import type { DbOrTx } from '../client.ts';
import { auditLog } from '../schema.ts';

export interface AuditEntry {
  userId: number | null;
  /** What happened, e.g. 'person.view', 'application.create', 'allocation.reserve'. */
  action: string;
  entity: string;
  entityId?: string | number | null;
  personId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry; call it inside the same transaction as the change it records. */
export async function appendAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await appendAudits(db, [entry]);
}

/** Appends entries, many per statement; call inside the change's transaction. */
export async function appendAudits(db: DbOrTx, entries: readonly AuditEntry[]): Promise<void> {
  await insertRows(db, auditLog, entries.map((entry) => ({
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    personId: entry.personId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  })));
}
