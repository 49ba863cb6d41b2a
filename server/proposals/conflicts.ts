/** Proposals with what decisions since their run mean for them: which can no longer be accepted, and whether the run is out of date. */
import type { DbOrTx } from '../../db/client.ts';
import type { ProposalRow } from '../../db/queries/planning-runs.ts';
import { decidedSinceRun, proposalConflicts } from '../../db/queries/proposal-conflicts.ts';
import { conflictText } from '../../views/proposals/proposal-conflict.tsx';
import type { ProposalView } from '../../views/proposals/proposal-row.tsx';

/** Each row with `blocked` set when it conflicts with a decision (as acceptProposal would refuse it). */
export async function withConflicts(db: DbOrTx, rows: readonly ProposalRow[], now: Date): Promise<ProposalView[]> {
  const conflicts = await proposalConflicts(db, rows, now);
  return rows.map((row) => {
    const conflict = conflicts.get(row.allocationId);
    return conflict ? { ...row, blocked: conflictText(conflict, row) } : row;
  });
}

/** Whether the run's proposals are out of date: something was decided after it was made. */
export const runOutdated = (db: DbOrTx, runId: number | null | undefined): Promise<boolean> =>
  runId == null ? Promise.resolve(false) : decidedSinceRun(db, runId);
