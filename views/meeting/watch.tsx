/** The meeting's watch list: free places, guarantees due and hospital patients. Each section is also an out-of-band htmx fragment. */
import { days, formatAge, formatDate, formatFreeFrom, formatKind, formatNok } from '../format.ts';
import type { GuaranteeLine, HospitalLine, PlaceLine, Watch } from './meeting-types.ts';

/** On a decision's answer the sections replace themselves by id. */
const oobAttr = (oob?: boolean) => (oob ? { 'hx-swap-oob': 'true' } : {});

/** «Ledige plasser»'s column names, also each cell's `data-label` for a card per unit on a narrow screen. */
const PLACE_LABEL = { free: 'Ledig nå', week: 'I løpet av uka', report: 'Sist meldt' };

const worthShowing = (p: PlaceLine) => p.freeNow > 0 || p.expectedInWeek > 0 || p.closed || p.stale || !p.reportedAt;

export function PlacesSection({ places, now, oob }: { places: PlaceLine[]; now: Date; oob?: boolean }) {
  const free = places.reduce((sum, p) => sum + p.freeNow, 0);
  const expected = places.reduce((sum, p) => sum + p.expectedInWeek, 0);
  const quiet = places.filter((p) => !worthShowing(p));
  return (
    <section id="meeting-places" class="meeting-section" aria-labelledby="meeting-places-h" {...oobAttr(oob)}>
      <h2 class="ds-heading" data-size="sm" id="meeting-places-h">Ledige plasser: {free} nå, {expected} til i løpet av uka</h2>
      <table class="ds-table meeting-places row-cards" data-border data-size="sm">
        <thead><tr><th>Enhet</th><th>{PLACE_LABEL.free}</th><th>{PLACE_LABEL.week}</th><th>{PLACE_LABEL.report}</th></tr></thead>
        <tbody>{places.filter(worthShowing).map((p) => <PlaceRow key={p.unitId} place={p} now={now} />)}</tbody>
      </table>
      {quiet.length > 0 && <p class="ds-paragraph muted">Ingen ledige og ferske meldinger: {quiet.map((p) => p.name).join(', ')}.</p>}
    </section>
  );
}

function PlaceRow({ place, now }: { place: PlaceLine; now: Date }) {
  return (
    <tr class={place.freeNow + place.expectedInWeek > 0 ? 'has-free' : undefined}>
      <td>{place.name} <span class="mono muted">{place.code}</span> <span class="muted">· {formatKind(place.kind).toLowerCase()}</span>
        {place.closed && place.closedReason && <><br /><span class="muted">{place.closedReason}</span></>}</td>
      <td class="figure" data-label={PLACE_LABEL.free}>{place.closed ? <span class="ds-tag" data-color="warning">Stengt</span> : place.freeNow}</td>
      <td class="figure" data-label={PLACE_LABEL.week}>{place.expectedInWeek || '–'}
        {place.departures.length > 0 && <span class="muted"> ({formatFreeFrom(place.departures)})</span>}</td>
      <td data-label={PLACE_LABEL.report}>{!place.reportedAt ? <span class="ds-tag" data-color="danger">Aldri meldt</span>
        : place.stale ? <span class="ds-tag" data-color="danger" title="Ikke meldt i dag innen fristen">{formatAge(place.reportedAt, now)}</span>
        : formatAge(place.reportedAt, now)}</td>
    </tr>
  );
}

export function GuaranteeSection({ lines, oob }: { lines: GuaranteeLine[]; oob?: boolean }) {
  const past = lines.filter((l) => l.daysLeft <= 0);
  const soon = lines.filter((l) => l.daysLeft > 0);
  return (
    <section id="meeting-guarantee" class="meeting-section" aria-labelledby="meeting-guarantee-h" {...oobAttr(oob)}>
      <h2 class="ds-heading" data-size="sm" id="meeting-guarantee-h">Garantitid: {past.length} på eller over fristen, {soon.length} innen 14 dager</h2>
      {lines.length === 0 && <p class="ds-paragraph">Ingen som venter har garantidato innen 14 dager.</p>}
      {past.length > 0 && <GuaranteeList lines={past} />}
      {soon.length > 0 && (
        <details class="ds-details"><summary>Garantidato innen 14 dager ({soon.length})</summary><GuaranteeList lines={soon} /></details>
      )}
    </section>
  );
}

function GuaranteeList({ lines }: { lines: GuaranteeLine[] }) {
  return (
    <ul class="meeting-list">
      {lines.map((l) => (
        <li key={l.entryId} class={l.daysLeft <= 0 ? 'late' : undefined}>
          <strong>{l.label}</strong> · {formatKind(l.kind)} · prioritet {l.priority} · garantidato {formatDate(l.guaranteeDate)}{' '}
          {l.daysLeft < 0 ? <span class="ds-tag" data-color="danger">{days(-l.daysLeft)} over</span>
            : l.daysLeft === 0 ? <span class="ds-tag" data-color="danger">i dag</span>
            : <span class="ds-tag" data-color="warning">om {days(l.daysLeft)}</span>}
        </li>
      ))}
    </ul>
  );
}

export function HospitalSection({ lines, oob }: { lines: HospitalLine[]; oob?: boolean }) {
  const total = lines.reduce((sum, l) => ({ days: sum.days + l.overligger.days, nok: sum.nok + l.overligger.nok }), { days: 0, nok: 0 });
  return (
    <section id="meeting-hospital" class="meeting-section" aria-labelledby="meeting-hospital-h" {...oobAttr(oob)}>
      <h2 class="ds-heading" data-size="sm" id="meeting-hospital-h">Sykehuspasienter: {lines.length} · {days(total.days)} overliggerdøgn · {formatNok(total.nok)}</h2>
      {lines.length === 0 ? <p class="ds-paragraph">Ingen pasienter venter på sykehus.</p> : (
        <ul class="meeting-list">
          {lines.map((l) => (
            <li key={l.personId}>
              <strong>{l.label}</strong> · {l.dischargeReadyDate && l.status === 'utskrivningsklar' ? `utskrivningsklar ${formatDate(l.dischargeReadyDate)}` : `innlagt ${formatDate(l.admittedDate)}`}
              {l.entryKind && <> · venter på {formatKind(l.entryKind).toLowerCase()}</>}
              {l.entryStatus === 'reserved' && <> <span class="ds-tag" data-color="success">Plass reservert</span></>}
              {l.overligger.days > 0 && <> <span class="ds-tag" data-color="danger">{days(l.overligger.days)} · {formatNok(l.overligger.nok)}</span></>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** All three, as after a decision: the answer's out-of-band part. */
export function WatchSections({ watch, now, oob }: { watch: Watch; now: Date; oob?: boolean }) {
  return (
    <>
      <PlacesSection places={watch.places} now={now} oob={oob} />
      <GuaranteeSection lines={watch.guarantee} oob={oob} />
      <HospitalSection lines={watch.hospital} oob={oob} />
    </>
  );
}
