import type { InstitutionPlaces, UnitPlaces } from '../../db/queries/places.ts';
import type { StaleReminder } from '../../db/queries/report-history.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import { formatAge } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import { StaleReminders } from '../reports/reminders.tsx';

export const KIND_LABEL = { korttid: 'Korttid', langtid: 'Langtid', bofellesskap: 'Bofellesskap' } as const;
const TYPE_LABEL: Record<string, string> = { sykehjem: 'Sykehjem', helsehus: 'Helsehus', bofellesskap: 'Bofellesskap' };

export interface PlacesPageProps {
  user: SessionUser;
  csrfToken: string;
  available: readonly NavId[];
  institutions: InstitutionPlaces[];
  now: Date;
  /** Units whose latest report is stale by the settings' rule (db/queries/staleness.ts). */
  staleUnitIds: ReadonlySet<number>;
  /** Stale units with their leaders, for chasing. */
  reminders: StaleReminder[];
  staleHour: number;
  /** Whether unit names link to the unit's history page (coordinator and leader). */
  unitPages: boolean;
}

export function PlacesPage(props: PlacesPageProps) {
  const all = props.institutions.flatMap((i) => i.units);
  const free = all.reduce((sum, u) => sum + (u.report && !u.report.closedToAdmissions ? u.report.freeNow : 0), 0);
  return (
    <Layout title="Plasser" user={props.user} csrfToken={props.csrfToken} active="plasser" available={props.available}>
      <h1 class="ds-heading" data-size="lg">Plasser</h1>
      <p class="ds-paragraph">{all.length} enheter · {free} ledige plasser meldt · {all.reduce((s, u) => s + u.reserved, 0)} reservert</p>
      {props.user.role === 'institusjonsleder' && <p><a class="ds-button" data-variant="primary" href="/enheter">Meld plasser</a></p>}
      <StaleReminders reminders={props.reminders} now={props.now} staleHour={props.staleHour} unitPages={props.unitPages} />
      {props.institutions.map((institution) => (
        <section key={institution.institutionId} class="institution">
          <h2 class="ds-heading" data-size="sm">{institution.name} <small>{TYPE_LABEL[institution.type]} · {institution.district}</small></h2>
          <div class="table-scroll">
            <table class="ds-table" data-border data-size="sm">
              <thead>
                <tr><th>Enhet</th><th>Type</th><th>Senger</th><th>Bemannede</th><th>Ledige</th><th>Reservert</th><th>Siste melding</th></tr>
              </thead>
              <tbody>
                {institution.units.map((unit) => <UnitRow key={unit.unitId} unit={unit} now={props.now} stale={props.staleUnitIds.has(unit.unitId)} link={props.unitPages} />)}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}

function UnitRow({ unit, now, stale, link }: { unit: UnitPlaces; now: Date; stale: boolean; link: boolean }) {
  const report = unit.report;
  return (
    <tr data-unit={unit.code}>
      <td>{link ? <a class="ds-link" href={`/plasser/enhet/${unit.unitId}`}>{unit.name}</a> : unit.name} <span class="mono muted">{unit.code}</span>{unit.tags.map((t) => <> <span class="ds-tag" data-color="neutral" key={t}>{t}</span></>)}</td>
      <td>{KIND_LABEL[unit.kind]}</td>
      <td>{unit.physicalBeds}</td>
      <td>{unit.staffedBeds}</td>
      <td>{!report ? '–' : report.closedToAdmissions
        ? <span class="ds-tag" data-color="warning" title={report.closedReason ?? undefined}>Stengt: {report.closedReason}</span>
        : report.freeNow}</td>
      <td>{unit.reserved}</td>
      <td>{report
        ? <span class={stale ? 'ds-tag' : undefined} data-color={stale ? 'danger' : undefined}>{formatAge(report.reportedAt, now)}</span>
        : <span class="ds-tag" data-color="danger">Aldri meldt</span>}</td>
    </tr>
  );
}
