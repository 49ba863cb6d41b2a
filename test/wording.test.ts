/**
 * Every page of every role, with demo data and a planning run, read as a user reads it
 * (text and tooltips, not markup): no internal applicant ids (`V-12`), no tag codes
 * (`psykisk-helse`), no action codes, no «for 0 min siden», no «1 ledige», no closure
 * said twice. Pages come from the app's route table, so a new page is read too.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocations, meetings, type Role, waitlistEntries } from '../db/schema.ts';
import { testDrivers } from './support/databases.ts';
import { type DemoApp, startDemoApp } from './support/demo-app.ts';
import { type Client, loginAs } from './support/http.ts';
import { demoIds, type Ids, ROLE_USERS, substitute } from './support/route-ids.ts';

/** What the user reads: text between tags and the tooltips and labels on them. */
function readableText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:title|aria-label|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<(script|style)\b[^]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [text, ...attributes].join(' ').replaceAll('&nbsp;', ' ').replace(/\s+/g, ' ');
}

const FORBIDDEN: [string, RegExp][] = [
  ['internal applicant id', /\bV-\d+\b/],
  ['tag code', /\b(psykisk-helse|barn-unge)\b/],
  ['action code', /\b(user|person|application|allocation|hospital|meeting|planning|waitlist|settings|place_report)\.[a-z-]+\b/],
  ['zero minutes', /\b0 min\b/],
  ['one with a plural', /\b1 (ledige|dager|avganger|enheter|oppføringer|plasser|minutter|timer)\b/],
  ['closure said twice', /stengt for inntak[^.]{0,4}stengt for inntak/i],
  ['kind said twice', /\b(Korttid|Langtid) – [^.]{0,40}\((korttid|langtid)\)/],
  ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['raw JSON', /\{&quot;|\{"[a-zA-Z]+":/],
];

describe.each(testDrivers)('every page in Norwegian words on %s', (driver) => {
  let app: DemoApp;
  let ids: Ids;
  const clients = new Map<Role, Client>();
  const extraPaths: string[] = [];
  beforeAll(async () => {
    app = await startDemoApp(driver);
    ids = await demoIds(app);
    const db = app.database.db;
    await db.update(meetings).set({ planningRunId: ids['kjoring:id']! }).where(eq(meetings.id, ids['tildelingsmote:id']!));
    // The person behind a proposal, whose page lists the planner's stored reason.
    const [proposal] = await db.select({ personId: waitlistEntries.personId }).from(allocations)
      .innerJoin(waitlistEntries, eq(waitlistEntries.id, allocations.entryId)).where(eq(allocations.id, ids['forslag:id']!));
    extraPaths.push(`/personer/${proposal!.personId}`, `/tildelingsmote/${ids['tildelingsmote:id']}?visning=projektor`,
      substitute('/plasser/enhet/:korttidUnit/avlastning', ids), substitute('/plasser/enhet/:korttidUnit', ids));
    for (const role of Object.keys(ROLE_USERS) as Role[]) clients.set(role, await loginAs(app.server.url, ROLE_USERS[role]));
  }, 180_000);
  afterAll(async () => { await app?.close(); });

  it.each(Object.keys(ROLE_USERS) as Role[])('when %s opens every page, then none shows codes, ids or broken Norwegian', async (role) => {
    const pages = app.server.routes.specs
      .filter((s) => s.method === 'get' && (s.allow === 'anyone' || s.allow.includes(role)) && !/\.(json|csv)$/.test(s.path))
      .map((s) => substitute(s.path, ids));
    const found: string[] = [];
    let read = 0;
    for (const path of [...pages, ...(role === 'koordinator' || role === 'mote' ? extraPaths : [])]) {
      const res = await clients.get(role)!.get(path);
      if (!res.headers.get('content-type')?.includes('text/html') || res.status !== 200) continue;
      read++;
      const text = readableText(await res.text());
      for (const [what, pattern] of FORBIDDEN) {
        // The import page's column guide lists the CSV file's own values: codes and ISO dates.
        if ((what === 'tag code' || what === 'ISO date') && path === '/import') continue;
        const match = pattern.exec(text);
        if (match) found.push(`${path}: ${what}: «${text.slice(Math.max(0, match.index - 40), match.index + 40)}»`);
      }
    }
    // The office's leader has two pages (Nøkkeltall and the Årsrapport); every other role more.
    expect(read).toBeGreaterThanOrEqual(role === 'kontorleder' ? 2 : 3);
    expect(found).toEqual([]);
  }, 180_000);
});
