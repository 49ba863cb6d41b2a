import type { PlanningRun } from '../../db/queries/planning-runs.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { days, formatDate, formatDateTime, formatFreeFrom, formatKind, formatNok, formatNumber, formatTags } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { RunFailure, runStatusText } from './run-status.tsx';
import { policyUsedText } from '../admin/policy-words.ts';

/** A stored planning run: what it saw and what it proposed, for audits and complaints. */
export function RunPage({ run, user, csrfToken, available }: { run: PlanningRun; user: SessionUser; csrfToken: string; available: readonly NavId[] }) {
  const s = run.snapshot;
  return (
    <Layout title={`Kjøring ${run.id}`} user={user} csrfToken={csrfToken} active="forslag" available={available}>
      <h1 class="ds-heading" data-size="md">Planleggingskjøring {run.id}</h1>
      {run.status === 'error' && <RunFailure error={run.error} />}
      <dl class="facts">
        <dt>Kjørt</dt><dd>{formatDateTime(run.createdAt)}</dd>
        <dt>Status</dt><dd>{runStatusText(run.status)}{run.engine ? ` (${run.engine}, ${run.millis === null ? '?' : formatNumber(run.millis)} ms)` : ''}</dd>
        <dt>Planleggingsdag</dt><dd>{formatDate(s.today)}, {days(s.horizonDays)} frem</dd>
        <dt>Enheter / ventende</dt><dd>{s.units.length} / {s.applicants.length}</dd>
        <dt>Format</dt><dd>{s.format === 'plassplan.snapshot/1' ? 'versjon 1 (før korttid mens de venter og «kun for»)' : 'versjon 2'}</dd>
        <dt>Vekting</dt><dd>{policyUsedText(run.policy)}{s.tailDays !== undefined && `, ${days(s.tailDays)} etter planperioden`}</dd>
        {run.plan?.interimStays && <><dt>Korttid mens de venter</dt><dd>{run.plan.interimStays.length}</dd></>}
        {run.plan && <><dt>Samlet vekt (modell)</dt><dd>{formatNumber(run.plan.cost.total)}, nedre grense {formatNumber(run.plan.solver.bound)}; av dette overliggerdøgn {formatNok(run.plan.cost.overliggerdogn.nok)}</dd></>}
      </dl>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/forslag/kjoring/${run.id}/snapshot.json`}>Last ned øyeblikksbildet (JSON)</a> ·{' '}
        {run.plan && <a class="ds-link" href={`/forslag/kjoring/${run.id}/plan.json`}>Last ned planen (JSON)</a>}
      </p>
      <h2 class="ds-heading" data-size="xs" id="run-units-h">Plasser planen så</h2>
      {/* Its cells wrap; on a phone the table scrolls in its own box, reachable by keyboard, not the page. */}
      <div class="table-scroll" tabindex={0} role="region" aria-labelledby="run-units-h">
      <table class="ds-table run-units" data-border data-size="sm">
        <thead><tr><th>Enhet</th><th>Type</th><th>Ledige nå</th><th>Avganger</th></tr></thead>
        <tbody>
          {s.units.map((u) => (
            <tr key={u.id}><td>{u.name ?? u.id} ({u.id})</td><td>{formatKind(u.kind)}{u.tags.length ? ` – ${formatTags(u.tags)}` : ''}{u.onlyFor?.length ? ` (kun for ${formatTags(u.onlyFor)})` : ''}</td><td>{u.freeNow}</td>
              <td>{formatFreeFrom(u.departures)}</td></tr>
          ))}
        </tbody>
      </table>
      </div>
    </Layout>
  );
}
