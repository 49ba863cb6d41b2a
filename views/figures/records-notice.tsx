/** The warning shown when a period, or the one it is compared with, starts before Plassplan's records do. */
import { formatDate } from '../format.ts';

export interface RecordsNoticeProps {
  /** First day of the records (db/figures/records-since.ts); null: none yet. */
  since: string | null;
  /** The period shown, and the one it is compared with (if any). */
  shown: { from: string; label: string };
  compared?: { from: string; label: string };
}

/** The period starts before the records do. */
const startsBeforeRecords = (period: { from: string }, since: string | null): boolean => since !== null && period.from < since;

export function RecordsNotice({ since, shown, compared }: RecordsNoticeProps) {
  const incomplete = [shown, compared].filter((p): p is { from: string; label: string } => !!p && startsBeforeRecords(p, since));
  if (!since || incomplete.length === 0) return null;
  const which = incomplete.map((p) => p.label).join(' og ');
  const comparison = compared && incomplete.includes(compared) ? ', og endringen mot den sier mer om registreringene enn om kontoret' : '';
  return (
    <div class="ds-alert records-notice" data-color="warning">
      <p class="ds-paragraph">
        {`Plassplan har registreringer fra ${formatDate(since)}. Tiden før mangler, så ${which} er ufullstendig${comparison}.`}
      </p>
    </div>
  );
}
