/** Institutions, their units and the latest figures reported for each. */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { PlaceKind } from '../schema.ts';
import { parseTextArray } from './queues.ts';

export interface UnitPlaces {
  unitId: number;
  code: string;
  name: string;
  kind: PlaceKind;
  tags: string[];
  physicalBeds: number;
  staffedBeds: number;
  /** From the latest report; null when the unit has never reported. */
  report: null | {
    reportedAt: Date;
    freeNow: number;
    occupied: number;
    closedToAdmissions: boolean;
    closedReason: string | null;
  };
  /** Reserved allocations to this unit not yet admitted. */
  reserved: number;
}

export interface InstitutionPlaces {
  institutionId: number;
  name: string;
  type: string;
  district: string;
  units: UnitPlaces[];
}

interface RawRow {
  institution_id: number; institution_name: string; institution_type: string; district: string;
  unit_id: number; code: string; unit_name: string; kind: PlaceKind; tags: string[] | string;
  physical_beds: number; staffed_beds: number;
  reported_at: Date | string | null; free_now: number | null; occupied: number | null;
  closed_to_admissions: boolean | null; closed_reason: string | null; reserved: number | string;
}

/** Every active unit, grouped by institution, with its latest report and reservations. */
export async function listPlaces(db: DbOrTx, onlyUnitIds?: number[]): Promise<InstitutionPlaces[]> {
  const unitFilter = onlyUnitIds ? sql`and u.id in (${sql.join(onlyUnitIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  if (onlyUnitIds && onlyUnitIds.length === 0) return [];
  const rows = await queryRows<RawRow>(db, sql`
    with latest as (
      select distinct on (unit_id) * from place_reports order by unit_id, reported_at desc, id desc
    )
    select i.id as institution_id, i.name as institution_name, i.type as institution_type, i.district,
           u.id as unit_id, u.code, u.name as unit_name, u.kind, u.tags, u.physical_beds, u.staffed_beds,
           r.reported_at, r.free_now, r.occupied, r.closed_to_admissions, r.closed_reason,
           (select count(*) from allocations al where al.unit_id = u.id and al.status = 'reserved') as reserved
    from units u
    join institutions i on i.id = u.institution_id
    left join latest r on r.unit_id = u.id
    where u.active ${unitFilter}
    order by i.name, u.name`);
  return groupByInstitution(rows);
}

function groupByInstitution(rows: RawRow[]): InstitutionPlaces[] {
  const byId = new Map<number, InstitutionPlaces>();
  for (const row of rows) {
    let institution = byId.get(row.institution_id);
    if (!institution) {
      institution = { institutionId: row.institution_id, name: row.institution_name, type: row.institution_type, district: row.district, units: [] };
      byId.set(row.institution_id, institution);
    }
    institution.units.push({
      unitId: row.unit_id, code: row.code, name: row.unit_name, kind: row.kind, tags: parseTextArray(row.tags),
      physicalBeds: row.physical_beds, staffedBeds: row.staffed_beds, reserved: Number(row.reserved),
      report: row.reported_at === null ? null : {
        reportedAt: new Date(row.reported_at), freeNow: row.free_now ?? 0, occupied: row.occupied ?? 0,
        closedToAdmissions: row.closed_to_admissions ?? false, closedReason: row.closed_reason,
      },
    });
  }
  return [...byId.values()];
}
