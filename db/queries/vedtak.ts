/** Registering an application with its vedtak, and its place on the waiting list when granted. */
import { asc, eq, sql } from 'drizzle-orm';
import { insertRows } from '../batch.ts';
import { type DbOrTx, queryRows } from '../client.ts';
import { applications, type PlaceKind, units, waitlistEntries, waitlistUnitChoices } from '../schema.ts';
import { appendAudits } from './audit.ts';

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
  /** langtid or bofellesskap: may wait in a korttid place (korttidsopphold i påvente av langtidsplass). */
  interimAllowed: boolean;
  /** Needs of that korttid stay (tags); empty unless interimAllowed. */
  interimTags: string[];
}

export interface VedtakIds { applicationId: number; entryId: number | null }

/** innvilget and ventelistevedtak put the person on the waiting list; avslag and a pending application (null) do not. */
export const putsOnWaitingList = (v: { outcome: NewVedtak['outcome'] | null }) => v.outcome === 'innvilget' || v.outcome === 'ventelistevedtak';

/**
 * Inserts the application; a granted one (innvilget or ventelistevedtak) also gets a
 * waiting entry with its unit choices. Audited; call inside a transaction.
 */
export async function insertVedtak(tx: DbOrTx, v: NewVedtak, userId: number | null): Promise<VedtakIds> {
  return (await insertVedtaks(tx, [v], userId))[0]!;
}

/** Many vedtak as `insertVedtak` would insert each, a slice per statement; ids in the same order. */
export async function insertVedtaks(tx: DbOrTx, list: readonly NewVedtak[], userId: number | null): Promise<VedtakIds[]> {
  if (list.length === 0) return [];
  // Ids drawn first, so each vedtak knows its application without relying on RETURNING order.
  const drawn = await queryRows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('applications', 'id'))::int as id from generate_series(1, ${list.length})`);
  const applicationIds = drawn.map((r) => Number(r.id)).sort((a, b) => a - b);
  await insertRows(tx, applications, list.map((v, i) => ({
    id: applicationIds[i]!, personId: v.personId, receivedDate: v.receivedDate, kind: v.kind, requiredTags: v.requiredTags, outcome: v.outcome,
    decisionDate: v.decisionDate, priority: v.priority, priorityReason: v.priorityReason, guaranteeDate: v.guaranteeDate,
    guaranteeOverrideReason: v.guaranteeOverrideReason, reasoning: v.reasoning, appealRegime: v.appealRegime, decidedBy: userId,
    interimAllowed: v.interimAllowed, interimTags: v.interimTags,
  })));
  const entryOf = await insertWaitingEntries(tx, list.map((v, i) => ({ v, applicationId: applicationIds[i]! })));
  const ids = list.map((_, i) => ({ applicationId: applicationIds[i]!, entryId: entryOf.get(applicationIds[i]!) ?? null }));
  await appendAudits(tx, list.map(({ personId, ...after }, i) => ({
    userId, action: 'application.create', entity: 'application', entityId: ids[i]!.applicationId, personId,
    after: { ...after, entryId: ids[i]!.entryId },
  })));
  return ids;
}

/**
 * The waiting entries (with unit choices) of the granted vedtak among `decided`; avslag gets
 * none. Returns application id → entry id. Not audited here: the caller audits the vedtak.
 */
export async function insertWaitingEntries(tx: DbOrTx, decided: readonly { v: NewVedtak; applicationId: number }[]): Promise<Map<number, number>> {
  const waiting = decided.filter(({ v }) => putsOnWaitingList(v));
  const entries = await insertRows(tx, waitlistEntries, waiting.map(({ v, applicationId }) => ({
    applicationId, personId: v.personId, kind: v.kind, status: 'waiting' as const, earliestDate: v.earliestDate,
  })), ['id', 'applicationId']);
  const entryOf = new Map(entries.map((e) => [e.applicationId, e.id]));
  const choices = waiting.flatMap(({ v, applicationId }) => [
    ...v.preferredUnitIds.map((unitId) => ({ entryId: entryOf.get(applicationId)!, unitId, choice: 'preferred' as const })),
    ...v.excludedUnitIds.map((unitId) => ({ entryId: entryOf.get(applicationId)!, unitId, choice: 'excluded' as const })),
  ]);
  await insertRows(tx, waitlistUnitChoices, choices);
  return entryOf;
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
