/** What a decision does to the other proposals: out of date, and some of them no longer possible. */
import type { ProposalConflict } from '../../db/queries/proposal-conflicts.ts';
import type { ProposalRow } from '../../db/queries/planning-runs.ts';
import { formatDate } from '../format.ts';

/** Why the row's «Godta» is gone, in words for the page. */
export function conflictText(conflict: ProposalConflict, row: Pick<ProposalRow, 'unitName' | 'date'>): string {
  if (conflict.kind === 'place' && conflict.waitsForMove) {
    return `Kan ikke godtas ennå: plassen på ${row.unitName} fra ${formatDate(row.date)} blir ledig først når flyttingen som frigjør den, er godtatt.`;
  }
  if (conflict.kind === 'place') return `Kan ikke godtas: ${row.unitName} har ingen ledig plass fra ${formatDate(row.date)} i plassoversikten.`;
  if (conflict.status === 'reserved') return 'Kan ikke godtas: personen har allerede fått en plass reservert.';
  if (conflict.status === 'admitted') return 'Kan ikke godtas: personen er allerede innskrevet.';
  return 'Kan ikke godtas: personen venter ikke lenger på plass.';
}

export const OUTDATED_ID = 'proposals-outdated';

/**
 * The notice that the run's proposals are out of date after a decision; always rendered (empty
 * when they are not) so that a decision's answer can swap it in out of band.
 * @param again what to do about it, e.g. «lag nye forslag»
 */
export function OutdatedNotice({ outdated, again, oob = false }: { outdated: boolean; again: string; oob?: boolean }) {
  return (
    <div id={OUTDATED_ID} hx-swap-oob={oob ? 'true' : undefined} data-oob={oob ? '' : undefined}>
      {outdated && <div class="ds-alert" data-color="warning">Forslagene er utdatert etter en beslutning – {again}.</div>}
    </div>
  );
}
