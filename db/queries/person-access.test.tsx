import { eq } from 'drizzle-orm';
import { render } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type Driver, testDrivers } from '../../test/support/databases.ts';
import { PersonViewers } from '../../views/admin/person-viewers.tsx';
import type { Database } from '../client.ts';
import { syntheticFnr } from '../fnr.ts';
import { auditLog, persons, users } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { listPersonViewers, recordPersonView, revealFnr } from './person-access.ts';

describe.each(testDrivers)('who has looked at a person on %s', (driver: Driver) => {
  let database: Database;
  let personId: number;
  let userId: number;
  const fnr = [120, 121, 122, 123, 124].map((n) => syntheticFnr({ year: 1940, month: 5, day: 17 }, n)).find(Boolean)!;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const db = database.db;
    personId = (await db.insert(persons).values({ name: 'Anne Hansen', fnr, district: 'Sentrum' }).returning())[0]!.id;
    userId = (await db.insert(users).values({ username: 'kari', displayName: 'Kari <K>', passwordHash: 'x', role: 'koordinator' }).returning())[0]!.id;
  });
  afterAll(async () => { await database?.close(); });

  it('when the full fødselsnummer is revealed, then it is returned and the showing is logged', async () => {
    expect(await revealFnr(database.db, userId, personId)).toBe(fnr);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'person.fnr-view'));
    expect(entry).toMatchObject({ userId, personId, entity: 'person', entityId: String(personId) });
    expect(await revealFnr(database.db, userId, 999_999)).toBeUndefined();
  });

  it('when people open the page and others change data, then only the openings are listed, newest first', async () => {
    await recordPersonView(database.db, userId, personId);
    await appendAudit(database.db, { userId, action: 'application.create', entity: 'application', entityId: 1, personId });
    const viewers = await listPersonViewers(database.db, personId);
    expect(viewers.map((v) => v.action).sort()).toEqual(['person.fnr-view', 'person.view']);
    expect(viewers[0]).toMatchObject({ username: 'kari', role: 'koordinator' });
    expect(viewers[0]!.at.getTime()).toBeGreaterThanOrEqual(viewers[1]!.at.getTime());
  });

  it('when the list is shown, then names are text and the action is in Norwegian', async () => {
    const html = render(<PersonViewers viewers={await listPersonViewers(database.db, personId)} />);
    expect(html).toContain('Hvem har sett opplysningene');
    expect(html).toContain('Kari &lt;K>');
    expect(html).toContain('Viste fullt fødselsnummer');
    expect(render(<PersonViewers viewers={[]} />)).toContain('Ingen har åpnet opplysningene');
  });
});
