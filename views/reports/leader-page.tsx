import type { SessionUser } from '../../db/queries/users.ts';
import { Layout, type NavId } from '../layout.tsx';
import { type LeaderUnitView, UnitCard, type UnitCardState } from './unit-card.tsx';

export interface LeaderPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  units: LeaderUnitView[];
  now: Date;
  staleHour: number;
  /** State of the one card an action came back to without htmx. */
  states?: Record<number, UnitCardState>;
}

/** The institution leader's home: one card per own unit, made to report from a phone. */
export function LeaderPage(props: LeaderPageProps) {
  return (
    <Layout title="Meld plasser" user={props.user} csrfToken={props.csrfToken} active="enheter" available={props.available}>
      <link rel="stylesheet" href="/static/reports.css" />
      <div class="leader-page">
        <h1 class="ds-heading" data-size="md">Meld plasser</h1>
        <p class="ds-paragraph">Meld innen kl. {String(props.staleHour).padStart(2, '0')}.00 hver hverdag. Er tallene de samme, trykk «Ingen endring».</p>
        {props.units.length === 0 && <p class="ds-paragraph">Du er ikke satt som leder for noen enhet. Kontakt tildelingskontoret.</p>}
        {props.units.map((view) => <UnitCard key={view.unit.unitId} view={view} now={props.now} state={props.states?.[view.unit.unitId]} />)}
      </div>
    </Layout>
  );
}
