/** How an interim korttid stay is named wherever it is shown: proposals, reserved places, the person page, the leader's units. */
import type { ProposalRow } from '../../db/queries/planning-runs.ts';
import { formatDate } from '../format.ts';

/** «Korttid i påvente av langtidsplass» (korttidsopphold i påvente av langtidsplass), by the kind of place the person waits for. */
export const interimLabel = (waitsFor: string): string =>
  (waitsFor === 'bofellesskap' ? 'Korttid i påvente av plass i bofellesskap' : 'Korttid i påvente av langtidsplass');

/** The head of an interim proposal: «venter på Bredalen (BRE-K) fra 02.12.2026 til plass på Solbakken (SOL-L) fra 15.01.2027». */
export function InterimHead({ row }: { row: Pick<ProposalRow, 'unitName' | 'unitCode' | 'date' | 'finalUnitName' | 'finalUnitCode' | 'finalDate'> }) {
  return (
    <span class="interim-head">
      venter på {row.unitName} ({row.unitCode}) fra {formatDate(row.date)}
      {row.finalUnitName
        ? <> til plass på {row.finalUnitName} ({row.finalUnitCode}){row.finalDate && <> fra {formatDate(row.finalDate)}</>}</>
        : <> til egen plass (ikke innen planperioden)</>}
    </span>
  );
}
