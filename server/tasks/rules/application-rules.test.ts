import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../../test/support/databases.ts';
import type { Database } from '../../../db/client.ts';
import { persons, users } from '../../../db/schema.ts';
import { decideApplication, recordInterimReply } from '../../../db/queries/application-changes.ts';
import { registerApplication } from '../../../db/queries/applications.ts';
import { loadSettings, type Settings } from '../../../db/queries/settings.ts';
import { caseTargetRule } from './case-target-rule.ts';
import { interimReplyRule } from './interim-reply-rule.ts';
import { TASK_RULES } from './rules.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';

describe.each(testDrivers)('the application rules of Oppgaver on %s', (driver) => {
  let database: Database;
  let settings: Settings;
  let userId: number;
  let personId: number;
  const ids: Record<string, number> = {};

  const at = (rule: TaskRule, today: string) => rule.find(database.db, { today, now: new Date(`${today}T08:00:00Z`), settings });
  const itemOf = async (rule: TaskRule, id: number, today: string) => (await at(rule, today)).find((t) => t.key === `${rule.id}:application:${id}`);

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    settings = { ...(await loadSettings(database.db)), interimReplyWarnDays: 7, caseTargetWarnDays: 3 };
    userId = (await database.db.insert(users).values({ username: 'k', displayName: 'Kari Koordinator', passwordHash: 'x', role: 'koordinator' }).returning())[0]!.id;
    personId = (await database.db.insert(persons).values({ name: 'Per Søker', fnr: '09999999998', district: 'Sentrum' }).returning())[0]!.id;
    const register = (kind: 'korttid' | 'langtid', receivedDate: string) => registerApplication(database.db, {
      personId, kind, receivedDate, requiredTags: [], applicantLocation: 'hjemme', handledBy: userId, appealRegime: 'statsforvalteren',
    }, userId);
    // Langtid received Monday 2 November: a month ends Wednesday 2 December (a working day); target 30 days: 2 December too.
    ids.langtid = await register('langtid', '2026-11-02');
    // Korttid received 10 November: target 14 days, 24 November.
    ids.korttid = await register('korttid', '2026-11-10');
    // Received 25 November: the month ends on Christmas Day, so the reply is due Monday 28 December.
    ids.christmas = await register('langtid', '2026-11-25');
  });
  afterAll(async () => { await database?.close(); });

  it('when the rules are listed, then both are in the registry with stable ids', () => {
    expect(TASK_RULES.map((r) => r.id)).toEqual(expect.arrayContaining(['foreløpig-svar', 'saksbehandlingstid']));
  });

  it('when the foreløpig svar is due in 8 days, then it is not listed; 7 days, soon; the day before, soon', async () => {
    expect(await itemOf(interimReplyRule, ids.langtid!, '2026-11-24')).toBeUndefined();
    expect((await itemOf(interimReplyRule, ids.langtid!, '2026-11-25'))?.urgency).toBe('soon');
    expect((await itemOf(interimReplyRule, ids.langtid!, '2026-12-01'))?.urgency).toBe('soon');
  });

  it('when the foreløpig svar is due today, then it is today; the day after, overdue, with the person and a link', async () => {
    const today = await itemOf(interimReplyRule, ids.langtid!, '2026-12-02');
    expect(today).toMatchObject({ urgency: 'today', dueDate: '2026-12-02', href: `/personer/${personId}#soknad-${ids.langtid}`, subject: { kind: 'person', personId, name: 'Per Søker' } });
    expect(today!.reason).toContain('02.12.2026');
    expect((await itemOf(interimReplyRule, ids.langtid!, '2026-12-03'))?.urgency).toBe('overdue');
  });

  it('when the month ends on Christmas Day, then the reply is due on Monday 28 December, not before', async () => {
    expect((await itemOf(interimReplyRule, ids.christmas!, '2026-12-25'))?.urgency).toBe('soon');
    expect((await itemOf(interimReplyRule, ids.christmas!, '2026-12-28'))?.urgency).toBe('today');
    expect((await itemOf(interimReplyRule, ids.christmas!, '2026-12-29'))?.urgency).toBe('overdue');
  });

  it('when the saksbehandlingstid target is 4, 3, 0 and -1 days away, then it is not listed, soon, today and overdue', async () => {
    expect(await itemOf(caseTargetRule, ids.korttid!, '2026-11-20')).toBeUndefined();
    expect((await itemOf(caseTargetRule, ids.korttid!, '2026-11-21'))?.urgency).toBe('soon');
    expect((await itemOf(caseTargetRule, ids.korttid!, '2026-11-23'))?.urgency).toBe('soon');
    const due = await itemOf(caseTargetRule, ids.korttid!, '2026-11-24');
    expect(due).toMatchObject({ urgency: 'today', dueDate: '2026-11-24' });
    expect(due!.reason).toContain('14 dager');
    expect((await itemOf(caseTargetRule, ids.korttid!, '2026-11-25'))?.urgency).toBe('overdue');
  });

  it('when the warning days are set to 0, then the target is listed only from its own day', async () => {
    const rule = { ...settings, caseTargetWarnDays: 0 };
    const find = (today: string) => caseTargetRule.find(database.db, { today, now: new Date(), settings: rule });
    expect((await find('2026-11-23')).some((t) => t.key.endsWith(`:${ids.korttid}`))).toBe(false);
    expect((await find('2026-11-24')).some((t) => t.key.endsWith(`:${ids.korttid}`))).toBe(true);
  });

  it('when a foreløpig svar is recorded, then its item leaves while the target item stays', async () => {
    expect((await recordInterimReply(database.db, personId, ids.langtid!, { sentDate: '2026-11-30', expectedDate: '2026-12-20' }, userId)).ok).toBe(true);
    expect(await itemOf(interimReplyRule, ids.langtid!, '2026-12-03')).toBeUndefined();
    expect((await itemOf(caseTargetRule, ids.langtid!, '2026-12-03'))?.urgency).toBe('overdue');
  });

  it('when the application is decided, then both items leave', async () => {
    expect((await itemOf(interimReplyRule, ids.korttid!, '2026-12-11'))?.urgency).toBe('overdue');
    const decided = await decideApplication(database.db, ids.korttid!, {
      personId, receivedDate: '2026-11-10', kind: 'korttid', requiredTags: [], outcome: 'avslag', decisionDate: '2026-11-23', priority: null,
      priorityReason: null, guaranteeDate: null, guaranteeOverrideReason: null, reasoning: 'Kan bo hjemme.', appealRegime: 'statsforvalteren',
      earliestDate: null, preferredUnitIds: [], excludedUnitIds: [], interimAllowed: false, interimTags: [],
    }, userId);
    expect(decided.ok).toBe(true);
    expect(await itemOf(interimReplyRule, ids.korttid!, '2026-12-11')).toBeUndefined();
    expect(await itemOf(caseTargetRule, ids.korttid!, '2026-12-11')).toBeUndefined();
  });
});
