import type { Snapshot } from './snapshot';

/**
 * Partner index per applicant (v2 `partnerId`, the samboergaranti), or -1. Only mutual pairs
 * count: validation rejects any other, and a one-sided id must not make a plan split or drop
 * anybody, so it is read as no partner.
 */
export function mutualPartners(snapshot: Snapshot): number[] {
  const index = new Map(snapshot.applicants.map((a, i) => [a.id, i]));
  return snapshot.applicants.map((a, i) => {
    const j = a.partnerId === undefined ? undefined : index.get(a.partnerId);
    return j !== undefined && j !== i && snapshot.applicants[j]!.partnerId === a.id ? j : -1;
  });
}
