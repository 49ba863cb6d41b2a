/** The person page's appeals and korttid limits: each figure from the one function that defines it. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { applications, unitStays, units } from '../schema.ts';
import { APPEAL_BODY, appealDeadline, type AppealRow, appealState, type AppealState, awaitsForwarding, forwardDeadline, isInTime } from './appeal-rules.ts';
import { listAppeals } from './appeals.ts';
import { type KorttidLevel, korttidLevel, loadKorttidDays } from './korttid-days.ts';
import type { Settings } from './settings.ts';

export interface AppealView extends AppealRow {
  /** klagefrist, counted from `vedtakReceivedDate` or else the decision date. */
  deadline: string;
  inTime: boolean;
  state: AppealState;
  /** Who decides it: Statsforvalteren or the local klagenemnd. */
  body: string;
  /** The day it must be sent on by, while the office still has it; else null. */
  forwardDue: string | null;
}

export interface KorttidView {
  year: number;
  days: number;
  level: KorttidLevel;
  warnDays: number;
  limitDays: number;
  /** The open stay in a korttid unit, with its revurderingsdato. */
  openStay: { id: number; unitName: string; fromDate: string; reviewDate: string | null } | null;
}

/** The person's appeals with deadlines and state. */
export async function loadAppealViews(db: DbOrTx, personId: number, settings: Settings): Promise<AppealView[]> {
  const [rows, vedtak] = await Promise.all([
    listAppeals(db, personId),
    db.select({ id: applications.id, decisionDate: applications.decisionDate, regime: applications.appealRegime }).from(applications).where(eq(applications.personId, personId)),
  ]);
  return rows.flatMap((a) => {
    const v = vedtak.find((x) => x.id === a.applicationId);
    if (!v?.decisionDate) return [];
    const deadline = appealDeadline(v.regime, v.decisionDate, a.vedtakReceivedDate);
    return [{
      ...a, deadline, inTime: isInTime(a.receivedDate, deadline), state: appealState(a), body: APPEAL_BODY[v.regime] ?? 'klageinstansen',
      forwardDue: awaitsForwarding(a) ? forwardDeadline(a.receivedDate, settings.appealForwardDays) : null,
    }];
  });
}

/** Korttid days this calendar year against the settings' thresholds, and the open korttid stay. */
export async function loadKorttidView(db: DbOrTx, personId: number, today: string, settings: Settings): Promise<KorttidView> {
  const [counts, [open]] = await Promise.all([
    loadKorttidDays(db, [personId], today),
    db.select({ id: unitStays.id, unitName: units.name, fromDate: unitStays.fromDate, reviewDate: unitStays.reviewDate })
      .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId))
      .where(and(eq(unitStays.personId, personId), eq(units.kind, 'korttid'), isNull(unitStays.toDate))).orderBy(desc(unitStays.fromDate)).limit(1),
  ]);
  const days = counts.get(personId) ?? 0;
  return {
    year: Number(today.slice(0, 4)), days, level: korttidLevel(days, settings),
    warnDays: settings.korttidWarnDays, limitDays: settings.korttidLimitDays, openStay: open ?? null,
  };
}
