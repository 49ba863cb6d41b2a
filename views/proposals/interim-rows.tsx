/** The interim korttid stays of a run (plan/2): each its own row, decided like any proposal. */
import type { ProposalView } from './proposal-row.tsx';
import { formatDate } from '../format.ts';
import { type ActionUrl, type OverrideOptions, ProposalRowView } from './proposal-row.tsx';
import type { InterimStayView } from './proposals-page.tsx';

export interface InterimStaysProps {
  /** The run's interim allocations, to decide. */
  proposals: ProposalView[];
  /** The plan's interim stays, shown read-only when the run stored none as allocations (runs from before they were). */
  planned: InterimStayView[];
  canDecide: boolean;
  linkPeople: boolean;
  /** Override choices (korttid units, people who may wait there); `on-open` fetches them. */
  options?: OverrideOptions | 'on-open';
  actionUrl?: ActionUrl;
}

/** «Korttid mens de venter»: who waits where, from when, for which place. */
export function InterimStays({ proposals, planned, canDecide, linkPeople, options, actionUrl }: InterimStaysProps) {
  const count = proposals.length || planned.length;
  if (count === 0) return null;
  return (
    <section class="interim-stays">
      <h2 class="ds-heading" data-size="xs">Korttid mens de venter ({count})</h2>
      {proposals.length > 0
        ? proposals.map((row) => <ProposalRowView key={row.allocationId} row={row} canDecide={canDecide} linkPeople={linkPeople} options={options} actionUrl={actionUrl} />)
        : planned.map((r, i) => <PlannedStay key={i} stay={r} linkPeople={linkPeople} />)}
    </section>
  );
}

function PlannedStay({ stay: r, linkPeople }: { stay: InterimStayView; linkPeople: boolean }) {
  return (
    <article class="interim-stay ds-card" data-interim={r.unitCode}>
      <header class="proposal-head">
        <strong>{linkPeople && r.personId ? <a class="ds-link" href={`/personer/${r.personId}`}>{r.name}</a> : r.name}</strong>
        <span>venter på {r.unitName} fra {formatDate(r.date)}{r.finalUnitName
          ? <> til plass på {r.finalUnitName} ({formatDate(r.finalDate!)})</>
          : <> til egen plass (ikke innen planperioden)</>}</span>
      </header>
      <p class="ds-paragraph proposal-why">{r.why}</p>
    </article>
  );
}
