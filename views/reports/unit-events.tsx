import type { BookingRow } from '../../db/queries/bookings.ts';
import type { Incoming, Resident } from '../../db/queries/report-events.ts';
import { FieldError, invalid } from '../components/field-error.tsx';
import { formatDate, formatKind, formatTag, osloDay } from '../format.ts';
import type { FormState } from './unit-card.tsx';
import { interimLabel } from '../proposals/interim-words.tsx';

/** Reserved places to the unit: who comes, when, to what; «Innskrevet» when they have arrived. */
export function IncomingSection({ unitId, incoming, target, state }: { unitId: number; incoming: Incoming[]; target: string; state?: FormState }) {
  return (
    <details class="ds-details leader-details" open={state !== undefined}>
      <summary>Innkomne ({incoming.length})</summary>
      <div>
        {state?.errors.tildeling && <FieldError id={`innkomne-${unitId}-feil`} message={state.errors.tildeling} />}
        {incoming.length === 0 ? <p>Ingen reserverte plasser til enheten nå.</p> : (
          <ul class="event-list">
            {incoming.map((i) => (
              <li key={i.allocationId} data-interim={i.interim ? 'true' : undefined}>
                <div><strong>{i.personName}</strong></div>
                <div>{formatDate(i.date)} · {i.interim ? interimLabel(i.kind) : formatKind(i.kind)}{i.requiredTags.map((t) => <> <span class="ds-tag" data-color="neutral">{formatTag(t)}</span></>)}</div>
                <form method="post" action={`/enheter/${unitId}/innskrevet`} hx-post={`/enheter/${unitId}/innskrevet`} hx-target={target}
                  hx-swap="outerHTML" hx-confirm={`Er ${i.personName} kommet og skrevet inn i dag?`}>
                  <input type="hidden" name="tildeling" value={String(i.allocationId)} />
                  <button type="submit" class="ds-button big-button" data-variant="secondary">Innskrevet</button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

/** Booked stays (avlastning, planned stays) coming to the unit: who, from when, until when. */
export function BookedSection({ unitId, booked, now }: { unitId: number; booked: BookingRow[]; now: Date }) {
  const today = osloDay(now);
  return (
    <details class="ds-details leader-details">
      <summary>Avlastning og planlagte opphold ({booked.length})</summary>
      <div>
        {booked.length === 0 ? <p>Ingen opphold er holdt av på enheten.</p> : (
          <ul class="event-list">
            {booked.map((b) => (
              <li key={b.bookingId} data-booking={b.bookingId}>
                <div><strong>{b.personName}</strong>{b.from < today && <> <span class="ds-tag" data-color="info">På enheten nå</span></>}</div>
                <div>{formatDate(b.from)}–{formatDate(b.to)}{b.series ? ' · avlastning (serie)' : ' · planlagt opphold'}</div>
              </li>
            ))}
          </ul>
        )}
        <p><a class="ds-link" href={`/plasser/enhet/${unitId}/avlastning`}>Alle opphold på enheten</a></p>
      </div>
    </details>
  );
}

const REASONS = [['hjem', 'Hjem'], ['dod', 'Død'], ['flyttet', 'Flyttet']] as const;

/** Current residents, and the form that registers one's departure on its real date. */
export function DepartureSection({ unitId, residents, target, state, now }: { unitId: number; residents: Resident[]; target: string; state?: FormState; now: Date }) {
  const id = `utreise-${unitId}`;
  const values = state?.values ?? { dato: osloDay(now) };
  const errors = state?.errors ?? {};
  return (
    <details class="ds-details leader-details" open={state !== undefined}>
      <summary>Beboere og utreise ({residents.length})</summary>
      <div>
        {residents.length === 0 ? <p>Ingen beboere registrert i Plassplan.</p> : (
          <form method="post" action={`/enheter/${unitId}/utreise`} hx-post={`/enheter/${unitId}/utreise`} hx-target={target} hx-swap="outerHTML"
            class="report-form" novalidate>
            <div class="ds-field">
              <label class="ds-label" for={`${id}-opphold`}>Beboer som har reist</label>
              <select class="ds-input" id={`${id}-opphold`} name="opphold" {...invalid(`${id}-opphold`, errors.opphold)}>
                <option value="">Velg beboer</option>
                {residents.map((r) => (
                  <option value={String(r.stayId)} selected={values.opphold === String(r.stayId)}>{r.personName} (fra {formatDate(r.fromDate)}{r.waitsFor ? `, ${interimLabel(r.waitsFor).toLowerCase()}` : ''})</option>
                ))}
              </select>
              <FieldError id={`${id}-opphold-feil`} message={errors.opphold} />
            </div>
            <div class="ds-field">
              <label class="ds-label" for={`${id}-dato`}>Dato for utreise</label>
              <input class="ds-input" type="date" id={`${id}-dato`} name="dato" value={values.dato ?? ''} max={osloDay(now)}
                {...invalid(`${id}-dato`, errors.dato)} />
              <FieldError id={`${id}-dato-feil`} message={errors.dato} />
            </div>
            <fieldset class="reason-choices">
              <legend class="ds-label">Årsak</legend>
              {REASONS.map(([value, label]) => (
                <label class="tap-row" for={`${id}-arsak-${value}`}>
                  <input class="ds-input" type="radio" id={`${id}-arsak-${value}`} name="arsak" value={value} checked={values.arsak === value} />
                  {label}
                </label>
              ))}
              <FieldError id={`${id}-arsak-feil`} message={errors.arsak} />
            </fieldset>
            <button type="submit" class="ds-button big-button" data-variant="secondary">Registrer utreise</button>
          </form>
        )}
      </div>
    </details>
  );
}
