/** Oppgaver: a person in a korttid bed with korttid days this year at the warning, or beyond the limit (billed as langtid). */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { formatNumber } from '../../../views/format.ts';
import { persons, unitStays, units } from '../../../db/schema.ts';
import { korttidLevel, loadKorttidDays } from '../../../db/queries/korttid-days.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';

const ID = 'korttid-dogn';

/**
 * One item per open korttid stay and level: from `korttidWarnDays` days a warning (soon),
 * beyond `korttidLimitDays` overdue, since every further day is billed as langtid. The level
 * and year are in the key, so dismissing the warning does not hide the limit.
 */
export const korttidYearDays: TaskRule = {
  id: ID,
  label: 'Korttidsdøgn i år',
  async find(db, { today, settings }) {
    const open = await db.select({ stayId: unitStays.id, personId: persons.id, name: persons.name })
      .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId)).innerJoin(persons, eq(persons.id, unitStays.personId))
      .where(and(eq(units.kind, 'korttid'), isNull(unitStays.toDate))).orderBy(asc(persons.name), asc(unitStays.id));
    const counts = await loadKorttidDays(db, open.map((o) => o.personId), today);
    const year = today.slice(0, 4);
    return open.flatMap((o) => {
      const count = counts.get(o.personId) ?? 0;
      const level = korttidLevel(count, settings);
      if (level === 'ok') return [];
      const reason = level === 'over'
        ? `${formatNumber(count)} korttidsdøgn i ${year}: over ${formatNumber(settings.korttidLimitDays)} døgn – betales som langtid.`
        : `${formatNumber(count)} korttidsdøgn i ${year}: grensen på ${formatNumber(settings.korttidLimitDays)} døgn nærmer seg.`;
      return [{
        key: `${ID}:stay:${o.stayId}:${year}:${level}`, rule: ID, urgency: level === 'over' ? 'overdue' as const : 'soon' as const,
        subject: { kind: 'person' as const, personId: o.personId, name: o.name }, reason, href: `/personer/${o.personId}#korttid`, dueDate: null,
      }];
    });
  },
};
