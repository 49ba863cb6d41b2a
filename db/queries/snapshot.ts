/**
 * Builds today's planning snapshot (plassplan.snapshot/2) from the database: free
 * places from capacity.ts (what the ledger leaves for new reservations), each unit's «kun for»,
 * everyone waiting (with interim korttid where the vedtak allows it, couples as partners: snapshot-partners.ts), and the office's policy
 * (planning-policy.ts: weights and tailDays). Applicants are named by waitlist entry (`V-<id>`),
 * units by code: no personal data leaves in a snapshot.
 */
import { sql } from 'drizzle-orm';
import type { Snapshot } from '../../solver/index.ts';
import { type DbOrTx, queryRows } from '../client.ts';
import { osloToday } from '../dates.ts';
import type { PlaceKind } from '../schema.ts';
import { unitBookings } from './booking-places.ts';
import { loadUnitCapacity, type UnitCapacity } from './capacity.ts';
import { parseTextArray } from './queues.ts';
import { type PlanningPolicy, policyOf, policyWeights } from './planning-policy.ts';
import { withPartners } from './snapshot-partners.ts';
import { loadSettings, type Settings } from './settings.ts';

export interface SnapshotWarning {
  /** e.g. 'stale-report', 'closed-unit', 'not-discharge-ready' */
  kind: string;
  /** Norwegian, for the proposal page. */
  text: string;
  /** For a closed unit: its name and code, and the reason as the leader wrote it (the page phrases the two). */
  unit?: string;
  closedReason?: string | null;
}

export interface BuiltSnapshot {
  snapshot: Snapshot;
  warnings: SnapshotWarning[];
  /** The policy whose weights the snapshot carries, stored with the run. */
  policy: PlanningPolicy;
}

type SnapshotUnit = Snapshot['units'][number];
type SnapshotApplicant = Snapshot['applicants'][number];

export const applicantIdOf = (entryId: number) => `V-${entryId}`;
export const entryIdOf = (applicantId: string): number | null => {
  const match = /^V-(\d+)$/.exec(applicantId);
  return match ? Number(match[1]) : null;
};

export async function buildSnapshot(db: DbOrTx, now: Date): Promise<BuiltSnapshot> {
  const settings = await loadSettings(db);
  const today = osloToday(now);
  const capacity = await loadUnitCapacity(db, now, settings.reportStaleHour);
  const waiting = await loadWaiting(db);
  const codes = new Map(capacity.map((u) => [u.unitId, u.code]));
  const warnings = capacityWarnings(capacity);
  const single: Snapshot['applicants'] = [];
  for (const person of waiting) {
    const applicant = toApplicant(person, codes, today);
    if (applicant) single.push(applicant);
    else warnings.push({ kind: 'not-discharge-ready', text: `${applicantIdOf(person.entry_id)} ligger på sykehus uten utskrivningsklar-dato og er ikke med i planen.` });
  }
  const { applicants, warnings: coupleWarnings } = await withPartners(db, single);
  warnings.push(...coupleWarnings);
  const weights = policyWeights(settings);
  const snapshot: Snapshot = {
    format: 'plassplan.snapshot/2', today, horizonDays: settings.horizonDays, turnaroundDays: settings.turnaroundDays,
    tailDays: weights.tailDays,
    costs: await costsOf(db, settings, today),
    units: capacity.map(toUnit),
    applicants,
  };
  return { snapshot, warnings, policy: policyOf(settings) };
}

/**
 * A unit as the snapshot has it (`onlyFor` ⊆ `tags` holds in the database): free places,
 * departures and booked stays from the one ledger, through unitBookings (a stay already begun is
 * in the bed count, not a booking).
 */
function toUnit(u: UnitCapacity): SnapshotUnit {
  return { id: u.code, name: u.name, kind: u.kind, tags: u.tags, onlyFor: u.onlyFor, beds: u.staffedBeds, ...unitBookings(u) };
}

function capacityWarnings(capacity: UnitCapacity[]): SnapshotWarning[] {
  return capacity.flatMap((u): SnapshotWarning[] => [...overbooked(u), ...reportWarnings(u)]);
}

function overbooked(u: UnitCapacity): SnapshotWarning[] {
  if (!u.shortfall) return [];
  const n = u.shortfall.count;
  return [{ kind: 'overbooked', text: `${u.name} (${u.code}) har ${n} ${n === 1 ? 'reservasjon' : 'reservasjoner'} mer enn plassene rekker til. Planen gir enheten ingen nye før det er rom. Sjekk reservasjonene.` }];
}

function reportWarnings(u: UnitCapacity): SnapshotWarning[] {
  if (u.closed) return [{ kind: 'closed-unit', text: `${u.name} (${u.code}) er stengt for inntak.`, unit: `${u.name} (${u.code})`, closedReason: u.closedReason }];
  if (!u.reportedAt) return [{ kind: 'stale-report', text: `${u.name} (${u.code}) har aldri meldt ledige plasser.` }];
  if (u.stale) return [{ kind: 'stale-report', text: `${u.name} (${u.code}): tallene er fra en gammel melding.` }];
  return [];
}

interface WaitingRow {
  entry_id: number; kind: PlaceKind; required_tags: string[] | string; priority: number;
  decision_date: string | null; guarantee_date: string | null; earliest_date: string | null;
  interim_allowed: boolean; interim_tags: string[] | string; interim_held: boolean;
  h_id: number | null; h_ready: string | null; h_status: string | null; stay_unit: number | null;
  preferred: number[] | string | null; excluded: number[] | string | null;
}

async function loadWaiting(db: DbOrTx): Promise<WaitingRow[]> {
  return queryRows<WaitingRow>(db, sql`
    select e.id as entry_id, e.kind, a.required_tags, a.priority, a.decision_date::text, a.guarantee_date::text,
      e.earliest_date::text, a.interim_allowed, a.interim_tags,
      exists (select 1 from allocations x where x.entry_id = e.id and x.interim and x.status in ('reserved', 'admitted')) as interim_held,
      h.id as h_id, h.discharge_ready_date::text as h_ready, h.status as h_status,
      s.unit_id as stay_unit,
      array(select unit_id from waitlist_unit_choices c where c.entry_id = e.id and c.choice = 'preferred' order by unit_id) as preferred,
      array(select unit_id from waitlist_unit_choices c where c.entry_id = e.id and c.choice = 'excluded' order by unit_id) as excluded
    from waitlist_entries e
    join applications a on a.id = e.application_id
    left join hospital_stays h on h.person_id = e.person_id and h.ended_date is null
    left join unit_stays s on s.person_id = e.person_id and s.to_date is null
    where e.status = 'waiting'
    order by e.id`);
}

function toApplicant(row: WaitingRow, codes: Map<number, string>, today: string): SnapshotApplicant | null {
  const unitCodes = (ids: WaitingRow['preferred']) =>
    parseTextArray((ids ?? []) as string[] | string).map(Number).flatMap((id) => (codes.has(id) ? [codes.get(id)!] : []));
  const base = {
    id: applicantIdOf(row.entry_id), kind: row.kind, requires: parseTextArray(row.required_tags),
    priority: row.priority as 1 | 2 | 3,
    ...(row.decision_date ? { decisionDate: row.decision_date } : {}),
    ...(row.guarantee_date ? { guaranteeDate: row.guarantee_date } : {}),
    ...(unitCodes(row.preferred).length ? { preferredUnits: unitCodes(row.preferred) } : {}),
    ...(unitCodes(row.excluded).length ? { excludedUnits: unitCodes(row.excluded) } : {}),
  };
  // Interim korttid only for those waiting at home or in hospital: an occupant already has a bed,
  // and so has someone whose interim stay is reserved (the reservation is in the ledger).
  const interim = row.interim_allowed && !row.interim_held && row.kind !== 'korttid' ? { interim: { requires: parseTextArray(row.interim_tags) } } : {};
  if (row.h_id !== null) {
    if (row.h_status !== 'utskrivningsklar' || !row.h_ready) return null;
    return { ...base, location: { type: 'hospital', dischargeReadyDate: row.h_ready }, ...interim };
  }
  const earliest = row.earliest_date && row.earliest_date > today ? { earliestDate: row.earliest_date } : {};
  if (row.stay_unit !== null && codes.has(row.stay_unit)) {
    return { ...base, ...earliest, location: { type: 'unit', unitId: codes.get(row.stay_unit)! } };
  }
  return { ...base, ...earliest, location: { type: 'home' }, ...interim };
}

async function costsOf(db: DbOrTx, settings: Settings, today: string): Promise<NonNullable<Snapshot['costs']>> {
  const year = Number(today.slice(0, 4));
  const [rate] = await queryRows<{ nok_per_day: number }>(db, sql`
    select nok_per_day from overligger_rates where year <= ${year} order by year desc limit 1`);
  const w = policyWeights(settings);
  return {
    overliggerdognNok: rate?.nok_per_day ?? 5981,
    guaranteeBreachNok: w.guaranteeBreachNok,
    guaranteeLateDayNok: w.guaranteeLateDayNok,
    waitingDayNok: { 1: w.waitingDayNok[1], 2: w.waitingDayNok[2], 3: w.waitingDayNok[3] },
    nonPreferredNok: w.nonPreferredNok,
  };
}
