import type { ProposalRow } from '../../db/queries/planning-runs.ts';
import type { FieldErrors } from '../components/field-error.tsx';
import { FieldError, invalid } from '../components/field-error.tsx';
import { formatDate, formatTags } from '../format.ts';
import { InterimHead } from './interim-words.tsx';
import { CoupleRowView } from './couple-row.tsx';

export interface OverrideOptions {
  /** People waiting for the same kind of place. */
  people: { entryId: number; label: string; needs: string[] }[];
  units: { unitId: number; label: string }[];
}

const STATUS_TEXT: Record<string, { text: string; color: string }> = {
  reserved: { text: 'Godtatt – plass reservert', color: 'success' },
  admitted: { text: 'Innskrevet', color: 'success' },
  rejected: { text: 'Avvist', color: 'neutral' },
  cancelled: { text: 'Kansellert', color: 'neutral' },
};

/** A proposal as a page shows it; `blocked` says why it can no longer be accepted (then there is no «Godta»). */
export type ProposalView = ProposalRow & { blocked?: string | undefined };

export interface ProposalRowProps {
  row: ProposalView;
  /** The override form's choices; `on-open`: the form is fetched when «Overstyr» opens (a long page renders it once per row otherwise). */
  options?: OverrideOptions | 'on-open';
  canDecide: boolean;
  /** A message for the whole row, e.g. someone else was first. */
  error?: string;
  overrideErrors?: FieldErrors;
  overrideValues?: Record<string, string>;
  /** Where the decisions post; defaults to the coordinator's `/forslag/:id/<action>`. */
  actionUrl?: ActionUrl;
  /** Whether the name links to the person page: only for roles that may open it. */
  linkPeople?: boolean;
}

export type DecisionAction = 'godta' | 'avvis' | 'overstyr';
export type ActionUrl = (allocationId: number, action: DecisionAction) => string;
const forslagUrl: ActionUrl = (allocationId, action) => `/forslag/${allocationId}/${action}`;

/** One proposal: who, where, when, why, and the coordinator's decision. Also the htmx fragment. */
export function ProposalRowView({ row, options, canDecide, error, overrideErrors, overrideValues, actionUrl = forslagUrl, linkPeople = false }: ProposalRowProps) {
  const id = `proposal-${row.allocationId}`;
  const decided = STATUS_TEXT[row.status];
  if (row.partner) {
    const both = row.partner.status === row.status ? decided : undefined;
    return <CoupleRowView row={{ ...row, partner: row.partner }} canDecide={canDecide} error={error} actionUrl={actionUrl} linkPeople={linkPeople} decided={both} />;
  }
  return (
    <article id={id} class="proposal ds-card" data-status={row.status} data-interim={row.interim ? row.unitCode : undefined}>
      <header class="proposal-head">
        <strong>{linkPeople ? <a class="ds-link" href={`/personer/${row.personId}`}>{row.personName}</a> : row.personName}</strong>
        {row.interim ? <InterimHead row={row} /> : <>
          <span>prioritet {row.priority}</span>
          <span>→ {row.unitName} ({row.unitCode})</span>
          <span>{formatDate(row.date)}</span>
        </>}
        {/* Announced when the row is swapped in: a decided row only comes back as a decision's answer. */}
        {decided && <span class="ds-tag" data-color={decided.color} data-announce="polite">{decided.text}</span>}
      </header>
      <p class="ds-paragraph proposal-why">{row.reason}</p>
      {error && <div class="ds-alert" data-color="danger" data-announce="assertive">{error}</div>}
      {row.status === 'proposed' && canDecide && (
        <Decisions id={id} row={row} options={options} errors={overrideErrors} values={overrideValues} actionUrl={actionUrl} />
      )}
    </article>
  );
}

function Decisions({ id, row, options, errors = {}, values = {}, actionUrl }: { id: string; row: ProposalView; options?: OverrideOptions | 'on-open'; errors?: FieldErrors; values?: Record<string, string>; actionUrl: ActionUrl }) {
  const target = `#${id}`;
  const url = actionUrl(row.allocationId, 'overstyr');
  return (
    <div class="proposal-actions">
      {row.blocked
        ? <p class="ds-paragraph proposal-blocked">{row.blocked}</p>
        : <button class="ds-button" data-variant="primary" hx-post={actionUrl(row.allocationId, 'godta')} hx-target={target} hx-swap="outerHTML">Godta</button>}
      <form class="inline-form" hx-post={actionUrl(row.allocationId, 'avvis')} hx-target={target} hx-swap="outerHTML">
        <label class="ds-label" for={`${id}-avvis`}>Begrunnelse for avvisning (valgfri)</label>
        <input class="ds-input" id={`${id}-avvis`} name="begrunnelse" />
        <button class="ds-button" data-variant="secondary" type="submit">Avvis</button>
      </form>
      {options === 'on-open' && (
        <details class="ds-details" hx-get={url} hx-trigger="toggle once" hx-target={`#${id}-overstyr`} hx-swap="outerHTML">
          <summary>Overstyr</summary>
          <p class="ds-paragraph" id={`${id}-overstyr`} role="status">Henter skjemaet …</p>
        </details>
      )}
      {options && options !== 'on-open' && (
        <details class="ds-details" open={Object.keys(errors).length > 0}>
          <summary>Overstyr</summary>
          <OverrideForm row={row} options={options} errors={errors} values={values} actionUrl={actionUrl} />
        </details>
      )}
    </div>
  );
}

export interface OverrideFormProps {
  row: ProposalRow;
  options: OverrideOptions;
  errors?: FieldErrors;
  values?: Record<string, string>;
  actionUrl?: ActionUrl;
}

/** Give the place to someone else, elsewhere or on another day; also the fragment «Overstyr» fetches. */
export function OverrideForm({ row, options, errors = {}, values = {}, actionUrl = forslagUrl }: OverrideFormProps) {
  const id = `proposal-${row.allocationId}`;
  return (
    <form class="form-grid" id={`${id}-overstyr`} hx-post={actionUrl(row.allocationId, 'overstyr')} hx-target={`#${id}`} hx-swap="outerHTML">
      <Select id={`${id}-person`} name="person" label="Person" value={values.person ?? String(row.entryId)} error={errors.person}
        options={options.people.map((p) => ({ value: String(p.entryId), label: p.needs.length ? `${p.label}, ${formatTags(p.needs)}` : p.label }))} />
      <Select id={`${id}-enhet`} name="enhet" label="Enhet" value={values.enhet ?? String(row.unitId)} error={errors.enhet}
        options={options.units.map((u) => ({ value: String(u.unitId), label: u.label }))} />
      <div class="ds-field">
        <label class="ds-label" for={`${id}-dato`}>Dato</label>
        <input class="ds-input" type="date" id={`${id}-dato`} name="dato" value={values.dato ?? row.date} {...invalid(`${id}-dato`, errors.dato)} />
        <FieldError id={`${id}-dato-feil`} message={errors.dato} />
      </div>
      <div class="ds-field">
        <label class="ds-label" for={`${id}-begrunnelse`}>Begrunnelse (påkrevd)</label>
        <input class="ds-input" id={`${id}-begrunnelse`} name="begrunnelse" value={values.begrunnelse ?? ''} {...invalid(`${id}-begrunnelse`, errors.begrunnelse)} />
        <FieldError id={`${id}-begrunnelse-feil`} message={errors.begrunnelse} />
      </div>
      <button class="ds-button" data-variant="secondary" type="submit">Lagre overstyring</button>
    </form>
  );
}

function Select({ id, name, label, value, options, error }: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[]; error?: string }) {
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>{label}</label>
      <select class="ds-input" id={id} name={name} {...invalid(id, error)}>
        {options.map((o) => <option key={o.value} value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
      <FieldError id={`${id}-feil`} message={error} />
    </div>
  );
}
