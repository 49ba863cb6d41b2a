/**
 * Real demo ids for the path parameters of every route, so tests that walk the app's
 * route table (the access matrix, the bad-input fuzz) reach the handler behind each path.
 */
import { and, asc, eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { createUser } from '../../db/queries/users.ts';
import { addDays } from '../../db/dates.ts';
import { allocations, applications, bookings, meetings, partnerLinks, planningRuns, type Role, units, unitStays, userUnits, users, waitlistEntries } from '../../db/schema.ts';
import type { RouteSpec } from '../../server/routing.ts';
import { type DemoApp, TEST_TODAY } from './demo-app.ts';
import { loginAs } from './http.ts';

/** The demo user of each role (password `demo`). */
export const ROLE_USERS: Record<Role, string> = { admin: 'admin', koordinator: 'koordinator', institusjonsleder: 'leder', mote: 'mote', kontorleder: 'kontorleder' };

/** `area:param` (or `*:param`) → a real id. */
export type Ids = Record<string, number>;

/** The route's path with each parameter given a real id, chosen by the first path segment and the parameter's name. */
export function substitute(path: string, ids: Ids): string {
  const area = path.startsWith('/forslag/kjoring/') ? 'kjoring' : path.split('/')[1]!;
  return path.replace(/:(\w+)/g, (_m, param: string) => {
    const id = ids[`${area}:${param}`] ?? ids[`*:${param}`];
    if (id === undefined) throw new Error(`No demo id for :${param} in ${path}: add one to test/support/route-ids.ts`);
    return String(id);
  });
}

/** Plans once (so there are runs and proposals), makes a meeting and a user, and returns their ids. */
export async function demoIds(app: DemoApp): Promise<Ids> {
  const db = app.database.db;
  const coordinator = await loginAs(app.server.url, 'koordinator');
  if ((await coordinator.post('/forslag/planlegg', {})).status !== 303) throw new Error('planning failed');
  const [run] = await db.select().from(planningRuns).orderBy(asc(planningRuns.id)).limit(1);
  const [proposed] = await db.select().from(allocations).where(eq(allocations.status, 'proposed')).limit(1);
  const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.status, 'waiting')).orderBy(asc(waitlistEntries.id)).limit(1);
  const [meeting] = await db.select().from(meetings).limit(1);
  const meetingId = meeting?.id ?? (await db.insert(meetings).values({ weekStart: TEST_TODAY }).returning())[0]!.id;
  const target = await createUser(db, { username: 'matrise', displayName: 'Matrise Mål', passwordHash: await hash('ubrukt-passord-123'), role: 'mote' }, null);
  const [leader] = await db.select().from(users).where(eq(users.username, 'leder'));
  const [ownUnit] = await db.select().from(userUnits).where(eq(userUnits.userId, leader!.id));
  const [otherUnit] = await db.select().from(units).where(and(eq(units.active, true))).orderBy(asc(units.id));
  // A booked stay (avlastning) of the demo, and its korttid unit for the pages that book them.
  const [booking] = await db.select().from(bookings).orderBy(asc(bookings.id)).limit(1);
  // A pending application (søknad under behandling) of the same person, for the routes that decide or change one.
  const [pending] = await db.insert(applications).values({
    personId: entry!.personId, receivedDate: addDays(TEST_TODAY, -5), kind: 'langtid', appealRegime: 'statsforvalteren', applicantLocation: 'hjemme',
  }).returning({ id: applications.id });
  const [stay] = await db.select().from(unitStays).where(eq(unitStays.personId, entry!.personId)).limit(1);
  // One of the demo's couple, whose person page shows the partner link.
  const [couple] = await db.select({ personId: waitlistEntries.personId }).from(partnerLinks)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, partnerLinks.entryA)).orderBy(asc(partnerLinks.id)).limit(1);
  return {
    'kjoring:id': run!.id, 'forslag:id': proposed!.id, 'tildelinger:id': proposed!.id,
    'admin:id': target, 'personer:id': entry!.personId, 'personer:entry': entry!.id, 'personer:application': pending!.id,
    'tildelingsmote:id': meetingId, 'tildelingsmote:allocationId': proposed!.id, 'enheter:id': ownUnit!.unitId, '*:unitId': ownUnit!.unitId, 'enheter:foreign': otherUnit!.id === ownUnit!.unitId ? otherUnit!.id + 1 : otherUnit!.id,
    'plasser:id': booking!.id, '*:korttidUnit': booking!.unitId, 'personer:couple': couple!.personId,
    // The demo has no appeals: a missing one is a 404 (or the form's 422) for those allowed in, like any other.
    'personer:vedtak': entry!.applicationId, 'personer:appeal': 1, 'personer:stay': stay?.id ?? 1,
  };
}

export const label = (spec: RouteSpec): string => `${spec.method} ${spec.path}`;
