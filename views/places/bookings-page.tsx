import type { BookingRow } from '../../db/queries/bookings.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import type { PlaceKind } from '../../db/schema.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { FieldError, invalid } from '../components/field-error.tsx';
import { formatCount, formatDate, formatKind } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';

export type BookingFormState = { values: Record<string, string>; errors: Record<string, string> };

/** What came back from the last action on the panel. */
export interface BookingPanelState {
  done?: string;
  /** A message for the panel as a whole (the stay was changed by someone else). */
  error?: string;
  create?: BookingFormState;
  /** The stay whose move or cancel form came back refused. */
  move?: BookingFormState & { bookingId: number };
  cancel?: BookingFormState & { bookingId: number };
}

export interface BookingUnit { unitId: number; name: string; code: string; kind: PlaceKind; staffedBeds: number }

export interface BookingPanelProps {
  unit: BookingUnit;
  bookings: BookingRow[];
  /** People to book for; only the coordinator gets the forms. */
  persons: { personId: number; label: string }[];
  canEdit: boolean;
  today: string;
  state?: BookingPanelState;
}

export const PANEL_ID = 'avlastning';
const target = `#${PANEL_ID}`;
export const bookingsUrl = (unitId: number) => `/plasser/enhet/${unitId}/avlastning`;

/** «7 døgn hver 4. uke til 30.06.2027». */
export const formatSeries = (s: NonNullable<BookingRow['series']>): string =>
  `${formatCount(s.stayDays, 'døgn', 'døgn')} ${s.everyWeeks === 1 ? 'hver uke' : `hver ${s.everyWeeks}. uke`} til ${formatDate(s.lastDate)}`;

/** The unit's booked stays, and for the coordinator the forms that book, move and cancel them. */
export function BookingsPage(props: BookingPanelProps & { user: SessionUser; csrfToken: string; available: readonly NavId[] }) {
  const errors = { ...props.state?.create?.errors, ...props.state?.move?.errors, ...props.state?.cancel?.errors };
  return (
    <Layout title={`Avlastning – ${props.unit.name}`} user={props.user} csrfToken={props.csrfToken} active="plasser" available={props.available}>
      <link rel="stylesheet" href="/static/reports.css" />
      <p><a class="ds-link" href={`/plasser/enhet/${props.unit.unitId}`}>Tilbake til {props.unit.name}</a></p>
      <h1 class="ds-heading" data-size="md">Avlastning og planlagte opphold</h1>
      <p class="muted">{props.unit.name} · <span class="mono">{props.unit.code}</span> · {formatCount(props.unit.staffedBeds, 'bemannet seng', 'bemannede senger')}</p>
      {props.unit.kind === 'korttid' ? <>
        <p class="ds-paragraph">Et opphold holder av én plass fra første dag og gir den tilbake på sluttdagen. Planleggingen og godkjenning av forslag regner med det.</p>
        <ErrorSummary errors={errors} fieldId={(name) => fieldIdOf(props.state, name)} />
        <BookingPanel {...props} />
      </> : <p class="ds-paragraph">Avlastning og planlagte opphold holdes av på korttidsenheter. {props.unit.name} er en {formatKind(props.unit.kind).toLowerCase()}senhet.</p>}
    </Layout>
  );
}

function fieldIdOf(state: BookingPanelState | undefined, name: string): string {
  if (state?.move) return `flytt-${state.move.bookingId}-${name}`;
  if (state?.cancel) return `avlys-${state.cancel.bookingId}-${name}`;
  return `nytt-${name}`;
}

/** The panel every form swaps (its own hx-target). */
export function BookingPanel(props: BookingPanelProps) {
  const { state } = props;
  return (
    <div id={PANEL_ID}>
      {state?.done && <div class="ds-alert" data-color="success" data-announce="polite" data-focus>{state.done}</div>}
      {state?.error && <div class="ds-alert" data-color="danger" data-announce="assertive" data-focus>{state.error}</div>}
      {props.canEdit && <NewBookingForm {...props} />}
      <h2 class="ds-heading" data-size="sm">Kommende opphold ({props.bookings.length})</h2>
      {props.bookings.length === 0 ? <p>Ingen opphold er holdt av på enheten.</p> : (
        <div class="table-scroll">
          <table class="ds-table row-cards booking-table" data-border data-size="sm">
            <thead><tr><th>Opphold</th><th>Person</th><th>Serie</th><th>Merknad</th>{props.canEdit && <th>Endre</th>}</tr></thead>
            <tbody>
              {props.bookings.map((b) => <BookingItem key={b.bookingId} booking={b} canEdit={props.canEdit} today={props.today} state={state} />)}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function NewBookingForm({ unit, persons, today, state }: BookingPanelProps) {
  const values = state?.create?.values ?? { type: 'serie' };
  const errors = state?.create?.errors ?? {};
  const field = (name: string, label: string, type: 'date' | 'number' | 'text' = 'date', extra: Record<string, string> = {}) => (
    <div class="ds-field">
      <label class="ds-label" for={`nytt-${name}`}>{label}</label>
      <input class="ds-input" type={type as 'text'} id={`nytt-${name}`} name={name} value={values[name] ?? ''} {...extra} {...invalid(`nytt-${name}`, errors[name])} />
      <FieldError id={`nytt-${name}-feil`} message={errors[name]} />
    </div>
  );
  return (
    <details class="ds-details" open={state?.create !== undefined}>
      <summary>Nytt opphold eller serie</summary>
      <form method="post" action={bookingsUrl(unit.unitId)} hx-post={bookingsUrl(unit.unitId)} hx-target={target} hx-swap="outerHTML" novalidate>
        <div class="ds-field">
          <label class="ds-label" for="nytt-person">Person</label>
          <select class="ds-input" id="nytt-person" name="person" {...invalid('nytt-person', errors.person)}>
            <option value="">Velg person</option>
            {persons.map((p) => <option key={p.personId} value={String(p.personId)} selected={values.person === String(p.personId)}>{p.label}</option>)}
          </select>
          <FieldError id="nytt-person-feil" message={errors.person} />
        </div>
        <fieldset class="ds-fieldset">
          <legend class="ds-label">Hva skal holdes av?</legend>
          {([['serie', 'En serie med faste opphold (avlastning)'], ['enkelt', 'Ett opphold']] as const).map(([value, label]) => (
            <label class="tap-row" for={`nytt-type-${value}`} key={value}>
              <input class="ds-input" type="radio" id={`nytt-type-${value}`} name="type" value={value} checked={values.type === value} /> {label}
            </label>
          ))}
          <FieldError id="nytt-type-feil" message={errors.type} />
        </fieldset>
        <fieldset class="ds-fieldset form-grid booking-fields">
          <legend class="ds-label">Serie</legend>
          {field('forste', 'Første dag', 'date', { min: today })}
          {field('dogn', 'Døgn per opphold', 'number', { min: '1', inputmode: 'numeric' })}
          {field('uker', 'Uker mellom hver start', 'number', { min: '1', inputmode: 'numeric' })}
          {field('siste', 'Siste dato for serien', 'date', { min: today })}
        </fieldset>
        <fieldset class="ds-fieldset form-grid booking-fields">
          <legend class="ds-label">Ett opphold</legend>
          {field('fra', 'Første dag', 'date', { min: today })}
          {field('til', 'Sluttdag (plassen er ledig igjen)', 'date', { min: today })}
        </fieldset>
        {field('merknad', 'Merknad (valgfri)', 'text')}
        <button type="submit" class="ds-button" data-variant="primary">Hold av plass</button>
      </form>
    </details>
  );
}

function BookingItem({ booking: b, canEdit, today, state }: { booking: BookingRow; canEdit: boolean; today: string; state?: BookingPanelState }) {
  const move = state?.move?.bookingId === b.bookingId ? state.move : undefined;
  const cancel = state?.cancel?.bookingId === b.bookingId ? state.cancel : undefined;
  return (
    <tr data-booking={b.bookingId}>
      <td>{formatDate(b.from)}–{formatDate(b.to)}{b.from < today && <> <span class="ds-tag" data-color="info">På enheten nå</span></>}</td>
      <td data-label="Person">{b.personName}</td>
      <td data-label="Serie">{b.series ? formatSeries(b.series) : 'Ett opphold'}</td>
      <td data-label="Merknad">{b.note ?? '–'}</td>
      {canEdit && (
        <td data-label="Endre" class="booking-actions">
          <div>
            <ActionForm kind="flytt" booking={b} state={move} today={today} />
            <ActionForm kind="avlys" booking={b} state={cancel} today={today} />
          </div>
        </td>
      )}
    </tr>
  );
}

function ActionForm({ kind, booking: b, state, today }: { kind: 'flytt' | 'avlys'; booking: BookingRow; state?: BookingFormState; today: string }) {
  const id = `${kind}-${b.bookingId}`;
  const values = state?.values ?? (kind === 'flytt' ? { fra: b.from, til: b.to } : {});
  const errors = state?.errors ?? {};
  const url = `/plasser/avlastning/${b.bookingId}/${kind}`;
  const input = (name: string, label: string, type: 'date' | 'text') => (
    <div class="ds-field">
      <label class="ds-label" for={`${id}-${name}`}>{label}</label>
      <input class="ds-input" type={type as 'text'} id={`${id}-${name}`} name={name} value={values[name] ?? ''} {...(type === 'date' ? { min: today } : {})} {...invalid(`${id}-${name}`, errors[name])} />
      <FieldError id={`${id}-${name}-feil`} message={errors[name]} />
    </div>
  );
  return (
    <details class="ds-details" open={state !== undefined}>
      <summary>{kind === 'flytt' ? 'Flytt' : 'Avlys'}<span class="visually-hidden"> oppholdet til {b.personName} {formatDate(b.from)}</span></summary>
      <form method="post" action={url} hx-post={url} hx-target={target} hx-swap="outerHTML" novalidate class="booking-action-form">
        {kind === 'flytt' && <>{input('fra', 'Ny første dag', 'date')}{input('til', 'Ny sluttdag', 'date')}</>}
        {input('begrunnelse', 'Begrunnelse (påkrevd)', 'text')}
        {kind === 'avlys' && b.seriesId !== null && (
          <label class="tap-row" for={`${id}-resten`}>
            <input class="ds-input" type="checkbox" id={`${id}-resten`} name="resten" value="ja" checked={values.resten === 'ja'} /> Avlys også resten av serien
          </label>
        )}
        <button type="submit" class="ds-button" data-variant={kind === 'avlys' ? 'secondary' : 'primary'}>{kind === 'flytt' ? 'Flytt oppholdet' : 'Avlys'}</button>
      </form>
    </details>
  );
}
