/**
 * Couples in the snapshot (v2 `partnerId`): both of an active link whose entries are both waiting
 * name each other, and neither has `interim` (a couple moves in together, from where they are; the
 * planner rejects interim on a partner). When one of the two is not in the snapshot (in hospital
 * without a discharge-ready date), the other is left out too, with a warning: they are placed
 * together or not at all.
 */
import type { Snapshot } from '../../solver/index.ts';
import type { DbOrTx } from '../client.ts';
import { listWaitingCouples } from './partners.ts';
import { applicantIdOf, type SnapshotWarning } from './snapshot.ts';

type Applicant = Snapshot['applicants'][number];

/** The applicants with their partners set, and the warnings for couples left out. */
export async function withPartners(db: DbOrTx, applicants: Applicant[]): Promise<{ applicants: Applicant[]; warnings: SnapshotWarning[] }> {
  const byId = new Map(applicants.map((a) => [a.id, a]));
  const partnerOf = new Map<string, string>();
  const leftOut = new Set<string>();
  const warnings: SnapshotWarning[] = [];
  for (const couple of await listWaitingCouples(db)) {
    const [a, b] = [applicantIdOf(couple.entryA), applicantIdOf(couple.entryB)];
    if (byId.has(a) && byId.has(b)) {
      partnerOf.set(a, b);
      partnerOf.set(b, a);
    } else if (byId.has(a) || byId.has(b)) {
      const [present, missing] = byId.has(a) ? [a, b] : [b, a];
      leftOut.add(present);
      warnings.push({ kind: 'partner-not-planned', text: `${present} skal flytte inn sammen med ${missing}, som ikke er med i planen. Ingen av dem får forslag før begge kan planlegges.` });
    }
  }
  const out = applicants.filter((a) => !leftOut.has(a.id)).map((a): Applicant => {
    const partnerId = partnerOf.get(a.id);
    if (partnerId === undefined) return a;
    const { interim: _interim, ...rest } = a;
    return { ...rest, partnerId };
  });
  return { applicants: out, warnings };
}
