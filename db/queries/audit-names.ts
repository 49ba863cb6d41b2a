/**
 * Names behind the ids an audit page mentions (the user an entry is about, units, waitlist
 * entries, meetings), so the log reads by name. One query per kind for the whole page.
 */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { meetings, persons, units, users, waitlistEntries } from '../schema.ts';

/** Names by id; an id not found is simply absent. */
export interface AuditNames {
  /** Users by id: display name. */
  users: Map<number, string>;
  /** Units by id: unit name. */
  units: Map<number, string>;
  /** Waitlist entries by id: the person's name. */
  entries: Map<number, string>;
  /** Meetings by id: the Monday the meeting's week starts, `YYYY-MM-DD`. */
  meetings: Map<number, string>;
}

/** The keys in before/after that hold ids of these kinds. */
const UNIT_KEYS = ['unitId', 'unitIds', 'leftUnitId', 'preferredUnitIds', 'excludedUnitIds'];
const ENTRY_KEYS = ['entryId', 'partnerEntryId'];

interface NamedRow { entity: string; entityId: string | null; before: unknown; after: unknown }

function idsIn(rows: readonly NamedRow[], keys: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const row of rows) {
    for (const side of [row.before, row.after]) {
      if (!side || typeof side !== 'object') continue;
      for (const key of keys) {
        const value = (side as Record<string, unknown>)[key];
        for (const id of Array.isArray(value) ? value : [value]) if (Number.isSafeInteger(id)) ids.add(id as number);
      }
    }
  }
  return [...ids];
}

const entityIds = (rows: readonly NamedRow[], entity: string): number[] =>
  [...new Set(rows.filter((r) => r.entity === entity && /^\d{1,9}$/.test(r.entityId ?? '')).map((r) => Number(r.entityId)))];

/** The names for one page of audit rows. */
export async function loadAuditNames(db: DbOrTx, rows: readonly NamedRow[]): Promise<AuditNames> {
  const userIds = entityIds(rows, 'user');
  const meetingIds = entityIds(rows, 'meeting');
  const unitIds = idsIn(rows, UNIT_KEYS);
  const entryIds = idsIn(rows, ENTRY_KEYS);
  const [userRows, unitRows, entryRows, meetingRows] = await Promise.all([
    userIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds)) : [],
    unitIds.length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : [],
    entryIds.length ? db.select({ id: waitlistEntries.id, name: persons.name }).from(waitlistEntries)
      .innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(inArray(waitlistEntries.id, entryIds)) : [],
    meetingIds.length ? db.select({ id: meetings.id, name: meetings.weekStart }).from(meetings).where(inArray(meetings.id, meetingIds)) : [],
  ]);
  const byId = (list: { id: number; name: string }[]) => new Map(list.map((r) => [r.id, r.name]));
  return { users: byId(userRows), units: byId(unitRows), entries: byId(entryRows), meetings: byId(meetingRows) };
}

/** No names: for a page with no rows. */
export const EMPTY_AUDIT_NAMES: AuditNames = { users: new Map(), units: new Map(), entries: new Map(), meetings: new Map() };
