/**
 * Partner links (samboergaranti, forskrift om en verdig eldreomsorg § 3): two waiting persons of
 * the same kind who want to live together are planned, shown and accepted as one. Linking and
 * unlinking lock both entries, check every rule, and audit on both persons, in one transaction.
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../client.ts';
import { applications, partnerLinks, persons, waitlistEntries } from '../schema.ts';
import { appendAudits } from './audit.ts';

/** A refusal at a form field (`partner`, `begrunnelse`), or not found. */
export type PartnerOutcome =
  | { ok: true; linkId: number }
  | { ok: false; reason: 'not-found' | 'invalid'; field: 'partner' | 'begrunnelse'; message: string };

const invalid = (field: 'partner' | 'begrunnelse', message: string): PartnerOutcome => ({ ok: false, reason: 'invalid', field, message });
const notFound: PartnerOutcome = { ok: false, reason: 'not-found', field: 'partner', message: 'Fant ikke ventelisteplassen.' };

const KIND_WORDS: Record<string, string> = { korttid: 'korttidsplass', langtid: 'langtidsplass', bofellesskap: 'bofellesskap' };

/** The entries of a link and who linked them; `entryId` is the one asked about, `partnerEntryId` the other. */
export interface ActiveLink { linkId: number; entryId: number; partnerEntryId: number; reason: string; createdAt: Date }

interface LockedEntry { id: number; personId: number; kind: string; status: string; name: string; interimAllowed: boolean }

/** Locks the entries in id order (two links made at once wait for each other) and reads what the rules need. */
async function lockEntries(tx: Tx, ids: number[]): Promise<LockedEntry[]> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.select({ id: waitlistEntries.id }).from(waitlistEntries).where(inArray(waitlistEntries.id, sorted)).orderBy(waitlistEntries.id).for('update');
  return tx.select({
    id: waitlistEntries.id, personId: waitlistEntries.personId, kind: waitlistEntries.kind, status: waitlistEntries.status,
    name: persons.name, interimAllowed: applications.interimAllowed,
  }).from(waitlistEntries).innerJoin(persons, eq(persons.id, waitlistEntries.personId))
    .innerJoin(applications, eq(applications.id, waitlistEntries.applicationId)).where(inArray(waitlistEntries.id, sorted));
}

/** The active link of any of the person's entries, or of the entry; undefined when there is none. */
async function activeLinkOf(db: DbOrTx, where: { personId: number } | { entryId: number }): Promise<{ id: number; entryA: number; entryB: number } | undefined> {
  const entryIds = 'entryId' in where ? [where.entryId]
    : (await db.select({ id: waitlistEntries.id }).from(waitlistEntries).where(eq(waitlistEntries.personId, where.personId))).map((e) => e.id);
  if (entryIds.length === 0) return undefined;
  const [link] = await db.select({ id: partnerLinks.id, entryA: partnerLinks.entryA, entryB: partnerLinks.entryB }).from(partnerLinks)
    .where(and(isNull(partnerLinks.endedAt), or(inArray(partnerLinks.entryA, entryIds), inArray(partnerLinks.entryB, entryIds))));
  return link;
}

/** The other person in the link than `personId`, for messages: «… er allerede knyttet til Ola Nordmann». */
async function linkedName(tx: Tx, link: { entryA: number; entryB: number }, personId: number): Promise<string> {
  const rows = await tx.select({ personId: waitlistEntries.personId, name: persons.name }).from(waitlistEntries)
    .innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(inArray(waitlistEntries.id, [link.entryA, link.entryB]));
  return rows.find((r) => r.personId !== personId)?.name ?? 'en annen';
}

/** Why the two entries cannot be partners, as the message at the partner field; null when they can. */
async function refusal(tx: Tx, me: LockedEntry, partner: LockedEntry): Promise<string | null> {
  if (me.personId === partner.personId) return 'En person kan ikke knyttes til seg selv. Velg den personen hen skal bo sammen med.';
  if (me.status !== 'waiting') return `${me.name} venter ikke lenger på plass, og kan ikke knyttes til en partner.`;
  if (partner.status !== 'waiting') return `${partner.name} venter ikke på plass (står ikke på ventelisten som ventende). Bare to som venter kan knyttes sammen.`;
  if (me.kind !== partner.kind) {
    return `${partner.name} venter på ${KIND_WORDS[partner.kind]}, ikke ${KIND_WORDS[me.kind]}. Et par må vente på samme type plass.`;
  }
  for (const p of [me, partner]) {
    if (p.interimAllowed) {
      return `${p.name} kan vente på korttidsplass (står i vedtaket). Et par flytter inn sammen, samme dag, og kan ikke vente hver for seg på korttid. `
        + 'Registrer et nytt vedtak uten «Kan vente på korttidsplass» først.';
    }
  }
  for (const p of [me, partner]) {
    const existing = await activeLinkOf(tx, { personId: p.personId });
    if (existing) return `${p.name} er allerede knyttet til ${await linkedName(tx, existing, p.personId)} som partner. Avslutt den koblingen først.`;
  }
  return null;
}

/**
 * Links the waiting entry `entryId` of person `personId` to the waiting entry `partnerEntryId` as
 * partners who want to live together, with the coordinator's reason. Refused, changing nothing,
 * when either is not waiting, they wait for different kinds of place, either has interim korttid in
 * the vedtak (a couple moves in together), either person already has an active link, or it is the
 * same person.
 */
export async function linkPartners(db: DbOrTx, personId: number, entryId: number, partnerEntryId: number, reason: string, userId: number, at: Date): Promise<PartnerOutcome> {
  return db.transaction(async (tx) => {
    const locked = await lockEntries(tx, [entryId, partnerEntryId]);
    const me = locked.find((e) => e.id === entryId);
    if (!me || me.personId !== personId) return notFound;
    const partner = entryId === partnerEntryId ? me : locked.find((e) => e.id === partnerEntryId);
    if (!partner) return invalid('partner', 'Velg en person fra listen.');
    const refused = await refusal(tx, me, partner);
    if (refused) return invalid('partner', refused);
    const [entryA, entryB] = entryId < partnerEntryId ? [entryId, partnerEntryId] : [partnerEntryId, entryId];
    const [link] = await tx.insert(partnerLinks).values({ entryA, entryB, reason, createdBy: userId, createdAt: at }).returning({ id: partnerLinks.id });
    await appendAudits(tx, [[me, partner], [partner, me]].map(([p, other]) => ({
      userId, action: 'partner.link', entity: 'partner_link', entityId: link!.id, personId: p!.personId,
      after: { entryId: p!.id, partnerEntryId: other!.id, reason },
    })));
    return { ok: true, linkId: link!.id };
  });
}

/** Ends the active link of the person's entry, with the coordinator's reason; audited on both persons. */
export async function unlinkPartners(db: DbOrTx, personId: number, entryId: number, reason: string, userId: number, at: Date): Promise<PartnerOutcome> {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select({ personId: waitlistEntries.personId }).from(waitlistEntries).where(eq(waitlistEntries.id, entryId));
    if (!entry || entry.personId !== personId) return notFound;
    const found = await activeLinkOf(tx, { entryId });
    if (!found) return invalid('begrunnelse', 'Personen er ikke knyttet til noen partner (koblingen er kanskje avsluttet av noen andre). Last siden på nytt.');
    const locked = await lockEntries(tx, [found.entryA, found.entryB]);
    const [ended] = await tx.update(partnerLinks).set({ endedAt: at, endedBy: userId, endReason: reason })
      .where(and(eq(partnerLinks.id, found.id), isNull(partnerLinks.endedAt))).returning({ id: partnerLinks.id });
    if (!ended) return invalid('begrunnelse', 'Koblingen er allerede avsluttet. Last siden på nytt.');
    await appendAudits(tx, locked.map((p) => ({
      userId, action: 'partner.unlink', entity: 'partner_link', entityId: found.id, personId: p.personId,
      before: { entryId: p.id, partnerEntryId: p.id === found.entryA ? found.entryB : found.entryA }, after: { reason },
    })));
    return { ok: true, linkId: found.id };
  });
}

/** Every active link whose two entries are both waiting: the couples the planner must place together. */
export async function listWaitingCouples(db: DbOrTx): Promise<{ entryA: number; entryB: number }[]> {
  return queryRows<{ entryA: number; entryB: number }>(db, sql`
    select l.entry_a as "entryA", l.entry_b as "entryB" from partner_links l
    join waitlist_entries a on a.id = l.entry_a join waitlist_entries b on b.id = l.entry_b
    where l.ended_at is null and a.status = 'waiting' and b.status = 'waiting'
    order by l.entry_a`);
}

/** Whether the entry is one of a waiting couple (active link, both waiting): such a person is never given a place alone. */
export async function hasActivePartner(db: DbOrTx, entryId: number): Promise<boolean> {
  return (await listWaitingCouples(db)).some((c) => c.entryA === entryId || c.entryB === entryId);
}

/** One waiting-list entry of the person as the partner section shows it. */
export interface PartnerEntryView {
  entryId: number;
  kind: string;
  status: string;
  interimAllowed: boolean;
  link: { partnerPersonId: number; partnerName: string; partnerStatus: string; reason: string; createdAt: Date } | null;
  /** Waiting persons of the same kind who could be linked: not this person, without a link or interim korttid. */
  candidates: { entryId: number; label: string }[];
}

/** The person's waiting or reserved entries, each with its active link or the persons it could be linked to. */
export async function loadPartnerSection(db: DbOrTx, personId: number): Promise<PartnerEntryView[]> {
  const entries = await queryRows<{ id: number; kind: string; status: string; interim_allowed: boolean }>(db, sql`
    select e.id, e.kind, e.status, a.interim_allowed from waitlist_entries e join applications a on a.id = e.application_id
    where e.person_id = ${personId} and e.status in ('waiting', 'reserved') order by e.id`);
  const out: PartnerEntryView[] = [];
  for (const e of entries) {
    const [link] = await queryRows<{ person_id: number; name: string; status: string; reason: string; created_at: Date | string }>(db, sql`
      select p.id as person_id, p.name, o.status, l.reason, l.created_at from partner_links l
      join waitlist_entries o on o.id = case when l.entry_a = ${e.id} then l.entry_b else l.entry_a end
      join persons p on p.id = o.person_id
      where l.ended_at is null and ${e.id} in (l.entry_a, l.entry_b)`);
    const candidates = link || e.status !== 'waiting' ? [] : await queryRows<{ entryId: number; label: string }>(db, sql`
      select o.id as "entryId", p.name || ', bydel ' || p.district as label from waitlist_entries o
      join persons p on p.id = o.person_id join applications a on a.id = o.application_id
      where o.status = 'waiting' and o.kind = ${e.kind} and o.person_id <> ${personId} and not a.interim_allowed
        and not exists (select 1 from partner_links l join waitlist_entries x on x.id in (l.entry_a, l.entry_b)
                        where l.ended_at is null and x.person_id = o.person_id)
      order by p.name, o.id`);
    out.push({
      entryId: e.id, kind: e.kind, status: e.status, interimAllowed: e.interim_allowed, candidates,
      link: link ? { partnerPersonId: link.person_id, partnerName: link.name, partnerStatus: link.status, reason: link.reason, createdAt: new Date(link.created_at) } : null,
    });
  }
  return out;
}
