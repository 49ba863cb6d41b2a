/** A planning run's outcome in words, shared by the proposals page and the run page. */

const STATUS_WORDS: Record<string, string> = {
  running: 'planlegger fortsatt',
  optimal: 'optimal plan',
  feasible: 'gyldig plan, ikke bevist optimal',
  timedout: 'tidsgrensen ble nådd, plan etter først til mølla',
  infeasible: 'ingen gyldig plan',
  error: 'feilet',
};

/** `optimal` → «optimal plan»; an unknown status is shown as it is. */
export const runStatusText = (status: string): string => STATUS_WORDS[status] ?? status;

/** Why a run failed (stored on the run), where its proposals would have been. */
export function RunFailure({ error }: { error: string | null }) {
  return (
    <div class="ds-alert" data-color="danger" role="alert">
      <strong>Planleggingen feilet.</strong> {error ?? 'Årsaken ble ikke lagret.'}
    </div>
  );
}
