/** Registering an application with its vedtak, and its place on the waiting list when granted. */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { applications, type PlaceKind, units, waitlistEntries, waitlistUnitChoices } from '../schema.ts';
import { appendAudit } from './audit.ts';

/** A validated application and its vedtak (forms and import check the rules first). */
export interface NewVedtak {
  personId: number;
  receivedDate: string;
  kind: PlaceKind;
  requiredTags: string[];
  outcome: 'innvilget' | 'avslag' | 'ventelistevedtak';
  decisionDate: string;
  /** 1–3; null only for avslag. */
  priority: number | null;
  priorityReason: string | null;
  /** null for avslag. */
  guaranteeDate: string | null;
  /** Set when the guarantee date differs from the computed one. */
  guaranteeOverrideReason: string | null;
  reasoning: string;
  appealRegime: 'statsforvalteren' | 'lokal';
  earliestDate: string | null;
  preferredUnitIds: number[];
  excludedUnitIds: number[];
}

export interface VedtakIds { applicationId: number; entryId: number | null }

/**
 * Inserts the application; a granted one (innvilget or ventelistevedtak) also gets a
 * waiting entry with its unit choices. Audited; call inside a transaction.
 */
export async function insertVedtak(tx: DbOrTx, v: NewVedtak, userId: number | null): Promise<VedtakIds> {
  const [app] = await tx.insert(applications).values({
    personId: v.personId, receivedDate: v.receivedDate, kind: v.kind, requiredTags: v.requiredTags, outcome: v.outcome,
    decisionDate: v.decisionDate, priority: v.priority, priorityReason: v.priorityReason, guaranteeDate: v.guaranteeDate,
    guaranteeOverrideReason: v.guaranteeOverrideReason, reasoning: v.reasoning, appealRegime: v.appealRegime, decidedBy: userId,
  }).returning({ id: applications.id });
  const applicationId = app!.id;
  let entryId: number | null = null;
  if (v.outcome !== 'avslag') {
    const [entry] = await tx.insert(waitlistEntries).values({
      applicationId, personId: v.personId, kind: v.kind, status: 'waiting', earliestDate: v.earliestDate,
    }).returning({ id: waitlistEntries.id });
    entryId = entry!.id;
    const choices = [
      ...v.preferredUnitIds.map((unitId) => ({ entryId: entryId!, unitId, choice: 'preferred' as const })),
      ...v.excludedUnitIds.map((unitId) => ({ entryId: entryId!, unitId, choice: 'excluded' as const })),
    ];
    if (choices.length) await tx.insert(waitlistUnitChoices).values(choices);
  }
  const { personId: _p, ...after } = v;
  await appendAudit(tx, {
    userId, action: 'application.create', entity: 'application', entityId: applicationId, personId: v.personId,
    after: { ...after, entryId },
  });
  return { applicationId, entryId };
}

/** Registers the vedtak in one transaction. */
export async function registerVedtak(db: DbOrTx, v: NewVedtak, userId: number): Promise<VedtakIds> {
  return db.transaction((tx) => insertVedtak(tx, v, userId));
}

export interface UnitOption { id: number; name: string; kind: PlaceKind }

/** Active units, by kind and name: choices for preferred and excluded units. */
export async function listUnitOptions(db: DbOrTx): Promise<UnitOption[]> {
  return db.select({ id: units.id, name: units.name, kind: units.kind }).from(units)
    .where(eq(units.active, true)).orderBy(asc(units.kind), asc(units.name));
}
