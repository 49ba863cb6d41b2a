/** A couple's two proposals as one row: «Kari og Ola Nordmann – sammen på … fra …», decided once for both. */
import type { ProposalRow } from '../../db/queries/planning-runs.ts';
import { formatDate } from '../format.ts';
import type { ActionUrl } from './proposal-row.tsx';

export interface CoupleRowProps {
  row: ProposalRow & { partner: NonNullable<ProposalRow['partner']> };
  canDecide: boolean;
  error?: string;
  actionUrl: ActionUrl;
  linkPeople: boolean;
  /** The decided status as words and colour, when both are decided alike. */
  decided?: { text: string; color: string };
}

/** The row of a couple; its id is the first proposal's, and «Godta begge» / «Avvis begge» post that id. */
export function CoupleRowView({ row, canDecide, error, actionUrl, linkPeople, decided }: CoupleRowProps) {
  const id = `proposal-${row.allocationId}`;
  const { partner } = row;
  const name = (personId: number, personName: string) => (linkPeople ? <a class="ds-link" href={`/personer/${personId}`}>{personName}</a> : personName);
  const reasons = [...new Set([row.reason, partner.reason].filter((r): r is string => Boolean(r)))];
  return (
    <article id={id} class="proposal proposal-couple ds-card" data-status={row.status} data-couple={partner.allocationId}>
      <header class="proposal-head">
        <strong>{name(row.personId, row.personName)} og {name(partner.personId, partner.personName)}</strong>
        <span>– sammen på {row.unitName} ({row.unitCode}) fra {formatDate(row.date)}</span>
        <span>prioritet {row.priority === partner.priority ? row.priority : `${row.priority} og ${partner.priority}`}</span>
        {decided && <span class="ds-tag" data-color={decided.color} data-announce="polite">{decided.text} for begge</span>}
      </header>
      {reasons.map((r, i) => <p key={i} class="ds-paragraph proposal-why">{r}</p>)}
      {error && <div class="ds-alert" data-color="danger" data-announce="assertive">{error}</div>}
      {row.status === 'proposed' && partner.status === 'proposed' && canDecide && (
        <div class="proposal-actions">
          <button class="ds-button" data-variant="primary" hx-post={actionUrl(row.allocationId, 'godta')} hx-target={`#${id}`} hx-swap="outerHTML">Godta begge</button>
          <form class="inline-form" hx-post={actionUrl(row.allocationId, 'avvis')} hx-target={`#${id}`} hx-swap="outerHTML">
            <label class="ds-label" for={`${id}-avvis`}>Begrunnelse for avvisning av begge (valgfri)</label>
            <input class="ds-input" id={`${id}-avvis`} name="begrunnelse" />
            <button class="ds-button" data-variant="secondary" type="submit">Avvis begge</button>
          </form>
          <p class="ds-paragraph muted" data-size="sm">Et par godtas og avvises sammen og kan ikke overstyres hver for seg: avvis og lag nye forslag for en annen enhet eller dato.</p>
        </div>
      )}
    </article>
  );
}
