import type { BookingRow } from '../../db/queries/bookings.ts';
import type { Incoming, Resident } from '../../db/queries/report-events.ts';
import type { ReportFigures, ReportUnit } from '../../db/queries/reports.ts';
import { formatClock, formatClosed, formatDate, formatKind, osloDay } from '../format.ts';
import { BookedSection, DepartureSection, IncomingSection } from './unit-events.tsx';
import { ReportForm } from './report-form.tsx';

/** One unit as its leader sees it. */
export interface LeaderUnitView {
  unit: ReportUnit;
  incoming: Incoming[];
  residents: Resident[];
  /** Booked stays (avlastning) not over yet. */
  booked: BookingRow[];
}

export type FormState = { values: Record<string, string>; errors: Record<string, string> };

/** What came back from the last action on this unit's card. */
export interface UnitCardState {
  /** Shown as a success message at the top of the card. */
  done?: string;
  /** A message for the card as a whole (e.g. «Ingen endring» refused). */
  error?: string;
  report?: FormState;
  departure?: FormState;
  admission?: FormState;
}


/** «i dag kl. 08:15» or «20.11.2026 kl. 09:40», Oslo time. */
export function formatReportTime(at: Date, now: Date): string {
  const day = osloDay(at);
  return `${day === osloDay(now) ? 'i dag' : formatDate(day)} kl. ${formatClock(at)}`;
}

export const cardId = (unitId: number) => `enhet-${unitId}`;

/**
 * The unit's card: today's figures, «Ingen endring», the report form, arrivals and
 * departures. Every form on it swaps the whole card (its own hx-target).
 */
export function UnitCard({ view, state = {}, now }: { view: LeaderUnitView; state?: UnitCardState; now: Date }) {
  const { unit } = view;
  const target = `#${cardId(unit.unitId)}`;
  return (
    <section id={cardId(unit.unitId)} class="ds-card leader-unit" aria-labelledby={`${cardId(unit.unitId)}-h`}>
      <h2 class="ds-heading" data-size="sm" id={`${cardId(unit.unitId)}-h`}>{unit.name}</h2>
      <p class="muted">{unit.institution} · {formatKind(unit.kind)} · {unit.physicalBeds} fysiske senger · <span class="mono">{unit.code}</span></p>
      <LastReport unit={unit} now={now} />
      {state.done && <div class="ds-alert" data-color="success" data-announce="polite" data-focus>{state.done}</div>}
      {state.error && <div class="ds-alert" data-color="danger" data-announce="assertive" data-focus>{state.error}</div>}
      <Figures figures={unit.today} unit={unit} />
      <form method="post" action={`/enheter/${unit.unitId}/ingen-endring`} hx-post={`/enheter/${unit.unitId}/ingen-endring`}
        hx-target={target} hx-swap="outerHTML" class="no-change">
        <button type="submit" class="ds-button big-button" data-variant="primary">Ingen endring</button>
      </form>
      <details class="ds-details leader-details" open={state.report !== undefined}>
        <summary>Endre tall</summary>
        <div><ReportForm unit={unit} target={target} state={state.report} residents={view.residents} /></div>
      </details>
      <IncomingSection unitId={unit.unitId} incoming={view.incoming} target={target} state={state.admission} />
      {unit.kind === 'korttid' && <BookedSection unitId={unit.unitId} booked={view.booked} now={now} />}
      <DepartureSection unitId={unit.unitId} residents={view.residents} target={target} state={state.departure} now={now} />
      <p><a class="ds-link" href={`/plasser/enhet/${unit.unitId}`}>Historikk for {unit.name}</a></p>
    </section>
  );
}

function LastReport({ unit, now }: { unit: ReportUnit; now: Date }) {
  if (!unit.reportedAt) return <p><span class="ds-tag" data-color="danger">Aldri meldt</span></p>;
  const today = osloDay(unit.reportedAt) === osloDay(now);
  const when = formatReportTime(unit.reportedAt, now);
  return (
    <p>Sist meldt {when}{' '}
      {unit.stale ? <span class="ds-tag" data-color="danger">Må meldes</span>
        : today ? <span class="ds-tag" data-color="success">Meldt i dag</span> : <span class="ds-tag" data-color="neutral">Ikke forfalt ennå</span>}
    </p>
  );
}

/**
 * Today's figures as a compact grid: what «Ingen endring» confirms. With the unit, also
 * the reservations that wait for a later place and an over-booking, which no grid hides.
 */
export function Figures({ figures, unit }: { figures: ReportFigures; unit?: Pick<ReportUnit, 'reservedLater' | 'shortfall'> }) {
  return (
    <>
      {unit?.shortfall && (
        <div class="ds-alert" data-color="danger" role="alert">
          Overbooket: {unit.shortfall.count} {unit.shortfall.count === 1 ? 'reservasjon' : 'reservasjoner'} mer enn plassene fra {formatDate(unit.shortfall.date)}.
          Tildelingskontoret må flytte eller kansellere en reservasjon.
        </div>
      )}
      <dl class="figures" aria-label="Dagens tall">
        <div><dt>Beman­nede</dt><dd>{figures.staffedBeds}</dd></div>
        <div><dt>Belagt</dt><dd>{figures.occupied}</dd></div>
        <div><dt>Ledige</dt><dd>{figures.freeNow}</dd></div>
        <div><dt>Reservert</dt><dd>{figures.reserved}</dd></div>
      </dl>
      {unit && unit.reservedLater > 0 && <p>{unit.reservedLater} reservert til en plass som blir ledig senere (se Innkomne).</p>}
      {figures.closed && <p><span class="ds-tag" data-color="warning">{formatClosed(figures.closedReason)}</span></p>}
      {figures.departures.length > 0 && (
        <p class="departures-line">Forventet avreise: {figures.departures.map((d) =>
          `${formatDate(d.date)}${d.count > 1 ? ` (${d.count})` : ''}${d.personName ? ` ${d.personName}` : ''}`).join(', ')}</p>
      )}
    </>
  );
}
