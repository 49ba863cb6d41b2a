import type { UnitCapacity } from '../../db/queries/capacity.ts';
import type { InstitutionPlaces } from '../../db/queries/places.ts';
import type { StaleReminder } from '../../db/queries/report-history.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { formatAge, formatClosed, formatCount, formatDate, formatFreeFrom, formatNumber, formatTag, formatTags, KIND_WORDS } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { StaleReminders } from '../reports/reminders.tsx';

export const KIND_LABEL = KIND_WORDS;
const TYPE_LABEL: Record<string, string> = { sykehjem: 'Sykehjem', helsehus: 'Helsehus', bofellesskap: 'Bofellesskap' };

/**
 * Plasser's columns, in order. The label heads the column at desk widths and, as each cell's
 * `data-label`, names the figure in a phone's card per unit (app.css shows it there).
 */
interface Column { label: string; title?: string }
const COLUMNS: Record<'unit' | 'kind' | 'beds' | 'staffed' | 'free' | 'reserved' | 'later' | 'report', Column> = {
  unit: { label: 'Enhet' },
  kind: { label: 'Type' },
  beds: { label: 'Senger' },
  staffed: { label: 'Bemannede' },
  free: { label: 'Ledige nå', title: 'Ledige for nytt inntak i dag, etter reservasjoner' },
  reserved: { label: 'Reservert', title: 'Reserverte plasser som ikke er innskrevet ennå, uansett dato' },
  later: { label: 'Blir ledig', title: 'Plasser som blir ledige for nye reservasjoner senere: varslede avganger, flyttinger og avlastningsopphold som slutter, etter reservasjonene' },
  report: { label: 'Siste melding' },
};
const cell = (key: keyof typeof COLUMNS) => ({ class: `col-${key}`, 'data-label': COLUMNS[key].label });

export interface PlacesPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  institutions: InstitutionPlaces[];
  now: Date;
  /** Stale units with their leaders, for chasing. */
  reminders: StaleReminder[];
  staleHour: number;
  /** Whether unit names link to the unit's history page (coordinator and leader). */
  unitPages: boolean;
}

export function PlacesPage(props: PlacesPageProps) {
  const all = props.institutions.flatMap((i) => i.units);
  const free = all.reduce((sum, u) => sum + u.freeNow, 0);
  const booked = all.reduce((sum, u) => sum + u.booked, 0);
  const departing = all.reduce((sum, u) => sum + u.departures.reduce((n, d) => n + d.count, 0), 0);
  return (
    <Layout title="Plasser" user={props.user} csrfToken={props.csrfToken} active="plasser" available={props.available}>
      <h1 class="ds-heading" data-size="lg">Plasser</h1>
      <p class="ds-paragraph">{formatCount(all.length, 'enhet', 'enheter')} · {formatCount(free, 'ledig', 'ledige')} nå · {formatNumber(all.reduce((s, u) => s + u.reserved, 0))} reservert{booked > 0 && <> · {formatNumber(booked)} holdt av til avlastning</>} · {formatNumber(departing)} {departing === 1 ? 'blir ledig' : 'blir ledige'} senere</p>
      {props.user.role === 'institusjonsleder' && <p><a class="ds-button" data-variant="primary" href="/enheter">Meld plasser</a></p>}
      <StaleReminders reminders={props.reminders} now={props.now} staleHour={props.staleHour} unitPages={props.unitPages} />
      {props.institutions.map((institution) => (
        <section key={institution.institutionId} class="institution">
          <h2 class="ds-heading" data-size="sm">{institution.name} <small>{TYPE_LABEL[institution.type]} · {institution.district}</small></h2>
          <div class="table-scroll">
            <table class="ds-table places-table row-cards" data-border data-size="sm">
              <thead>
                <tr>{Object.entries(COLUMNS).map(([key, c]) => <th key={key} class={`col-${key}`} title={c.title}>{c.label}</th>)}</tr>
              </thead>
              <tbody>
                {institution.units.map((unit) => <UnitRow key={unit.unitId} unit={unit} now={props.now} link={props.unitPages} />)}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}

/** Reservations beyond the unit's places: shown, never clamped away. */
function Overbooked({ shortfall }: { shortfall: NonNullable<UnitCapacity['shortfall']> }) {
  return <span class="ds-tag" data-color="danger" title={`Fra ${formatDate(shortfall.date)} er det ${shortfall.count} flere reservasjoner enn plasser.`}>
    Overbooket med {shortfall.count}</span>;
}

function UnitRow({ unit, now, link }: { unit: UnitCapacity; now: Date; link: boolean }) {
  return (
    <tr data-unit={unit.code}>
      <td {...cell('unit')}>{link ? <a class="ds-link" href={`/plasser/enhet/${unit.unitId}`}>{unit.name}</a> : unit.name} <span class="mono muted">{unit.code}</span>{unit.tags.map((t) => <> <span class="ds-tag" data-color="neutral" key={t}>{formatTag(t)}</span></>)}
        {unit.onlyFor.length > 0 && <span class="unit-note unit-only-for">Kun for: {formatTags(unit.onlyFor)}</span>}
        {unit.closed && unit.closedReason && <span class="unit-note">{formatClosed(unit.closedReason)}</span>}
        {unit.booked > 0 && <span class="unit-note">{link
          ? <a class="ds-link" href={`/plasser/enhet/${unit.unitId}/avlastning`}>{unit.booked} holdt av til avlastning</a>
          : `${unit.booked} holdt av til avlastning`}</span>}</td>
      <td {...cell('kind')}>{KIND_LABEL[unit.kind]}</td>
      <td {...cell('beds')}>{unit.physicalBeds}</td>
      <td {...cell('staffed')}>{unit.staffedBeds}</td>
      <td {...cell('free')}>{unit.closed
        ? <span class="ds-tag" data-color="warning">Stengt</span>
        : unit.reportedAt ? unit.freeNow : '–'}{unit.shortfall && <> <Overbooked shortfall={unit.shortfall} /></>}</td>
      <td {...cell('reserved')}>{unit.reserved}</td>
      <td {...cell('later')}>{formatFreeFrom(unit.departures)}</td>
      <td {...cell('report')}>{unit.reportedAt
        ? <span class={unit.stale ? 'ds-tag' : undefined} data-color={unit.stale ? 'danger' : undefined}>{formatAge(unit.reportedAt, now)}</span>
        : <span class="ds-tag" data-color="danger">Aldri meldt</span>}</td>
    </tr>
  );
}
