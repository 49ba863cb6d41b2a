import type { Applicant, Snapshot } from '../snapshot';

const DAY = 86_400_000;
/** Day index of an ISO date, computed apart from days.ts on purpose (NaN for a bad date). */
export const dayOf = (today: string, iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY;

/** Ready day s of the format: max(0, earliestDate, dischargeReadyDate of a hospital patient). */
export function readyOf(snap: Snapshot, a: Applicant): number {
  let s = 0;
  if (a.earliestDate !== undefined) s = Math.max(s, dayOf(snap.today, a.earliestDate));
  if (a.location.type === 'hospital') s = Math.max(s, dayOf(snap.today, a.location.dischargeReadyDate));
  return s;
}

/** A plan's decisions by applicant id, with day indices; what the capacity check reads. */
export interface Decisions {
  final: Map<string, { unit: string; day: number }>;
  interim: Map<string, { unit: string; day: number }>;
}
