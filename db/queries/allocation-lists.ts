/** Lists around allocations: reserved places awaiting admission, and override choices. */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { parseTextArray } from './queues.ts';

export interface ReservedRow {
  allocationId: number; date: string; personId: number; personName: string;
  unitId: number; unitName: string; kind: string; reason: string | null;
  /** A korttid stay while the person waits for their own place; `entryKind` is the place they wait for. */
  interim: boolean; entryKind: string;
}

/** Reserved allocations not yet admitted, soonest first (optionally only some units). */
export async function listReserved(db: DbOrTx, unitIds?: number[]): Promise<ReservedRow[]> {
  if (unitIds?.length === 0) return [];
  const filter = unitIds ? sql`and al.unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  return queryRows<ReservedRow>(db, sql`
    select al.id as "allocationId", al.date::text as date, p.id as "personId", p.name as "personName",
      u.id as "unitId", u.name as "unitName", u.kind, al.reason, al.interim, e.kind as "entryKind"
    from allocations al join waitlist_entries e on e.id = al.entry_id join persons p on p.id = e.person_id
    join units u on u.id = al.unit_id
    where al.status = 'reserved' ${filter}
    order by al.date, u.name, p.name`);
}

/** The override form's choices for a proposal: its kind's, or for an interim stay `interim`'s. */
export const overrideKeyOf = (row: { interim: boolean; kind: string }): string => (row.interim ? 'interim' : row.kind);

/**
 * Waiting people and active units per kind, for the override form; `interim`: those whose
 * vedtak lets them wait on korttid, with their needs there, and the korttid units.
 */
export async function overrideOptions(db: DbOrTx) {
  const people = await queryRows<{ entry_id: number; kind: string; name: string; priority: number; tags: string[] | string; interim_allowed: boolean; interim_tags: string[] | string }>(db, sql`
    select e.id as entry_id, e.kind, p.name, a.priority, a.required_tags as tags, a.interim_allowed, a.interim_tags from waitlist_entries e
    join persons p on p.id = e.person_id join applications a on a.id = e.application_id
    where e.status = 'waiting' order by a.priority, p.name`);
  const unitRows = await queryRows<{ id: number; kind: string; name: string; code: string }>(db, sql`
    select id, kind, name, code from units where active order by name`);
  const byKind: Record<string, { people: { entryId: number; label: string; needs: string[] }[]; units: { unitId: number; label: string }[] }> = {};
  for (const kind of ['korttid', 'langtid', 'bofellesskap']) {
    byKind[kind] = {
      people: people.filter((p) => p.kind === kind).map((p) => {
        const tags = parseTextArray(p.tags);
        return { entryId: p.entry_id, label: `${p.name} (pri. ${p.priority})`, needs: tags };
      }),
      units: unitRows.filter((u) => u.kind === kind).map((u) => ({ unitId: u.id, label: `${u.name} (${u.code})` })),
    };
  }
  byKind.interim = {
    people: people.filter((p) => p.interim_allowed && p.kind !== 'korttid')
      .map((p) => ({ entryId: p.entry_id, label: `${p.name} (pri. ${p.priority})`, needs: parseTextArray(p.interim_tags) })),
    units: byKind.korttid!.units,
  };
  return byKind;
}

/**
 * Why a unit cannot take a person (Norwegian), or null when it fits; `interim`: as a korttid
 * stay while they wait, checked against the vedtak's needs for that stay.
 */
export async function unfitReason(db: DbOrTx, entryId: number, unitId: number, interim = false): Promise<string | null> {
  if (interim) return interimUnfitReason(db, entryId, unitId);
  const [row] = await queryRows<{ entry_kind: string; unit_kind: string; required: string[] | string; tags: string[] | string; only_for: string[] | string; stay_unit: number | null }>(db, sql`
    select e.kind as entry_kind, u.kind as unit_kind, a.required_tags as required, u.tags, u.only_for,
      (select unit_id from unit_stays s where s.person_id = e.person_id and s.to_date is null) as stay_unit
    from waitlist_entries e join applications a on a.id = e.application_id, units u
    where e.id = ${entryId} and u.id = ${unitId}`);
  if (!row) return 'Ukjent person eller enhet.';
  if (row.entry_kind !== row.unit_kind) return `Enheten er ${row.unit_kind}, men vedtaket gjelder ${row.entry_kind}.`;
  const missing = parseTextArray(row.required).filter((t) => !parseTextArray(row.tags).includes(t));
  if (missing.length) return `Enheten mangler det vedtaket krever: ${missing.join(', ')}.`;
  const onlyFor = parseTextArray(row.only_for).filter((t) => !parseTextArray(row.required).includes(t));
  if (onlyFor.length) return `Enheten er bare for personer som trenger ${onlyFor.join(' og ')}, og det gjør ikke vedtaket.`;
  if (row.stay_unit === unitId) return 'Personen bor allerede på denne enheten.';
  return null;
}

async function interimUnfitReason(db: DbOrTx, entryId: number, unitId: number): Promise<string | null> {
  const [row] = await queryRows<{ entry_kind: string; unit_kind: string; allowed: boolean; needs: string[] | string; tags: string[] | string; only_for: string[] | string; stay_unit: number | null }>(db, sql`
    select e.kind as entry_kind, u.kind as unit_kind, a.interim_allowed as allowed, a.interim_tags as needs, u.tags, u.only_for,
      (select unit_id from unit_stays s where s.person_id = e.person_id and s.to_date is null) as stay_unit
    from waitlist_entries e join applications a on a.id = e.application_id, units u
    where e.id = ${entryId} and u.id = ${unitId}`);
  if (!row) return 'Ukjent person eller enhet.';
  if (!row.allowed || row.entry_kind === 'korttid') return 'Vedtaket sier ikke at personen kan vente på korttidsplass.';
  if (row.unit_kind !== 'korttid') return `Et opphold mens personen venter må være på en korttidsenhet, ikke ${row.unit_kind}.`;
  const needs = parseTextArray(row.needs);
  const missing = needs.filter((t) => !parseTextArray(row.tags).includes(t));
  if (missing.length) return `Enheten mangler det personen trenger mens hen venter: ${missing.join(', ')}.`;
  const onlyFor = parseTextArray(row.only_for).filter((t) => !needs.includes(t));
  if (onlyFor.length) return `Enheten er bare for personer som trenger ${onlyFor.join(' og ')}, og det gjør ikke vedtaket for korttid.`;
  if (row.stay_unit !== null) return 'Personen bor allerede på en enhet og har en seng mens hen venter.';
  return null;
}
