import type { ReservedRow } from '../../db/queries/allocation-lists.ts';
import type { SnapshotWarning } from '../../db/queries/snapshot.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import type { PlanFigures } from '../../server/proposals/service.ts';
import { formatDateTime, formatDayHeading } from '../format.ts';
import { policyUsedText } from '../admin/policy-words.ts';
import { Layout, type NavId } from '../layout.tsx';
import { Comparison } from './comparison.tsx';
import { InterimStays } from './interim-rows.tsx';
import { Inversions, type InversionView } from './inversions.tsx';
import { ProposalRowView, type ProposalView } from './proposal-row.tsx';
import { OutdatedNotice } from './proposal-conflict.tsx';
import { ReservedList } from './reserved-list.tsx';
import { RunFailure, runStatusText } from './run-status.tsx';

export interface RunView {
  id: number;
  createdAt: Date;
  status: string;
  /** why the run failed (status `error`), in Norwegian */
  error: string | null;
  engine: string | null;
  millis: number | null;
  /** The office's policy the run used; null for runs stored before policies. */
  policy: string | null;
  /** The snapshot's exchange format, e.g. plassplan.snapshot/2. */
  format: string;
  warnings: SnapshotWarning[];
  /** The run's final admissions (interim stays not among them). */
  proposals: ProposalView[];
  /** The run's interim korttid stays as allocations, to decide. */
  interimProposals: ProposalView[];
  /** Something was decided after the run: its proposals are out of date until a new run. */
  outdated: boolean;
  /** Interim korttid stays (plan/2) as the plan has them: shown read-only when the run stored none as allocations. */
  interimStays: InterimStayView[];
  unplaced: { name: string; personId: number | null; why: string }[];
  comparison: { plan: PlanFigures; fcfs: PlanFigures } | null;
  /** «Lavere prioritet foran høyere»: one sentence per case, people named. */
  inversions: InversionView[];
}

export interface InterimStayView {
  name: string;
  personId: number | null;
  /** ISO date the interim stay starts */
  date: string;
  unitName: string;
  unitCode: string;
  /** The final place the person waits for; null when the plan gives none within the horizon. */
  finalUnitName: string | null;
  finalUnitCode: string | null;
  finalDate: string | null;
  why: string;
}

export interface ProposalsPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  run: RunView | null;
  reserved: ReservedRow[];
  canDecide: boolean;
}

export function ProposalsPage(props: ProposalsPageProps) {
  return (
    <Layout title="Forslag" user={props.user} csrfToken={props.csrfToken} active="forslag" available={props.available}>
      <h1 class="ds-heading" data-size="lg">Forslag</h1>
      {props.canDecide && (
        <form method="post" action="/forslag/planlegg" class="plan-form" hx-post="/forslag/planlegg" hx-target="#proposals" hx-select="#proposals" hx-swap="outerHTML" hx-indicator="#plan-progress" hx-disabled-elt="find button">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" class="ds-button" data-variant="primary">Lag nye forslag</button>
          <span id="plan-progress" class="htmx-indicator"><span class="ds-spinner" aria-hidden="true"></span> Planlegger ut fra dagens ventelister og plasser …</span>
          <a class="ds-link" href="/forslag/oyeblikksbilde.json">Last ned dagens øyeblikksbilde (JSON)</a>
        </form>
      )}
      <ProposalsSection run={props.run} canDecide={props.canDecide} />
      <ReservedList rows={props.reserved} canDecide={props.canDecide} />
    </Layout>
  );
}

/** The latest run's proposals; the htmx answer to «Lag nye forslag». */
export function ProposalsSection({ run, canDecide }: { run: RunView | null; canDecide: boolean }) {
  if (!run) return <section id="proposals"><p class="ds-paragraph">Ingen forslag ennå.{canDecide && ' Trykk «Lag nye forslag».'}</p></section>;
  const byDate = groupBy(run.proposals, (p) => p.date);
  return (
    <section id="proposals">
      <p class="ds-paragraph run-meta" data-announce="polite">
        Planlagt {formatDateTime(run.createdAt)} · {runStatusText(run.status)}
        {run.engine && <> · {run.engine}</>}{run.millis !== null && <> · {run.millis} ms</>} ·{' '}
        <a class="ds-link" href={`/forslag/kjoring/${run.id}`}>Kjøring {run.id}</a>
      </p>
      <p class="ds-paragraph run-policy">Vekting: {policyUsedText(run.policy)}</p>
      {run.status === 'error' && <RunFailure error={run.error} />}
      <OutdatedNotice outdated={run.outdated} again="lag nye forslag" />
      {run.warnings.length > 0 && (
        <div class="ds-alert" data-color="warning">
          <strong>Tallene har svakheter:</strong>
          <ul>{run.warnings.map((w, i) => <li key={i}>{w.text}</li>)}</ul>
        </div>
      )}
      {run.comparison && <Comparison plan={run.comparison.plan} fcfs={run.comparison.fcfs} />}
      {run.comparison && <Inversions groups={run.inversions} />}
      <InterimStays proposals={run.interimProposals} planned={run.interimStays} canDecide={canDecide} linkPeople={canDecide} options="on-open" />
      {[...byDate].map(([date, rows]) => (
        <section key={date} class="proposal-day">
          <h2 class="ds-heading" data-size="xs">{formatDayHeading(date)}</h2>
          {rows.map((row) => <ProposalRowView key={row.allocationId} row={row} canDecide={canDecide} linkPeople={canDecide} options="on-open" />)}
        </section>
      ))}
      {run.unplaced.length > 0 && (
        <section class="unplaced">
          <h2 class="ds-heading" data-size="xs">Får ikke plass innen planperioden ({run.unplaced.length})</h2>
          <ul class="ds-list">
            {run.unplaced.map((u, i) => <li key={i}>{u.personId && canDecide ? <a class="ds-link" href={`/personer/${u.personId}`}>{u.name}</a> : u.name}: {u.why}</li>)}
          </ul>
        </section>
      )}
    </section>
  );
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
