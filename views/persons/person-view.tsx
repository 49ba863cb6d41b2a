import type { PersonViewer } from '../../db/queries/person-access.ts';
import type { PartnerEntryView } from '../../db/queries/partners.ts';
import type { AppealView, KorttidView } from '../../db/queries/person-appeals.ts';
import type { PersonLocation, PersonPageData, VedtakView } from '../../db/queries/person-page.ts';
import type { TimelineEvent } from '../../db/queries/person-timeline.ts';
import type { SessionUser } from '../../db/queries/users.ts';
import type { UnitOption } from '../../db/queries/vedtak.ts';
import { days, formatDate, formatNok } from '../format.ts';
import { Layout, type NavId } from '../layout.tsx';
import type { FormState } from './fields.tsx';
import { ApplicationSection, type ApplicationSectionData } from './application-section.tsx';
import { HospitalSection } from './hospital-section.tsx';
import { PartnerSection } from './partner-section.tsx';
import { KorttidSection } from './korttid-section.tsx';
import { AllocationsTable, Timeline, Viewers } from './history.tsx';
import { interimLabel } from '../proposals/interim-words.tsx';
import { DeceasedForm } from './status-forms.tsx';
import { VedtakForm } from './vedtak-form.tsx';
import { VedtakList } from './vedtak-list.tsx';

export interface PersonViewData extends PersonPageData {
  vedtak: (VedtakView & { appealDeadline: string | null })[];
  /** Birth date and last digits hidden; the full number is shown only on request. */
  fnrMasked: string;
  today: string;
  timeline: TimelineEvent[];
  viewers: PersonViewer[];
  units: UnitOption[];
  guaranteeDays: Record<'korttid' | 'langtid' | 'bofellesskap', number>;
  /** The waiting entries' partner links (samboergaranti). */
  partners: PartnerEntryView[];
  applications: ApplicationSectionData;
  appeals: AppealView[];
  korttid: KorttidView;
}

/** Forms re-rendered with their messages (by form name), and what just succeeded. */
export interface PersonViewState {
  forms?: Record<string, FormState>;
  notice?: string;
  /** A refusal that belongs to no single field, e.g. a reserved place. */
  alert?: string;
  /** The pending application the vedtak form decides (its id). */
  deciding?: number;
}

interface PageProps { user: SessionUser; csrfToken: string; available: readonly NavId[] }

export function PersonPage({ data, state, ...page }: PageProps & { data: PersonViewData; state?: PersonViewState }) {
  return (
    <Layout title={data.person.name} user={page.user} csrfToken={page.csrfToken} active="personer" available={page.available}>
      <p class="ds-paragraph"><a class="ds-link" href="/personer">← Personer</a></p>
      <PersonView data={data} state={state} csrfToken={page.csrfToken} />
    </Layout>
  );
}

/** The whole person: the page's body and the fragment every action on it answers with. */
export function PersonView({ data, state = {}, csrfToken }: { data: PersonViewData; state?: PersonViewState; csrfToken: string }) {
  const { person } = data;
  const forms = state.forms ?? {};
  return (
    <section id="person-view" class="person-view" aria-labelledby="person-name">
      <header class="person-head">
        <h1 class="ds-heading" data-size="lg" id="person-name">{person.name}</h1>
        <FnrMasked personId={person.id} masked={data.fnrMasked} />
        <span>Bydel {person.district}</span>
        <LocationTag location={data.location} />
      </header>
      {state.notice && <div class="ds-alert" data-color="success" data-announce="polite" data-focus>{state.notice}</div>}
      {state.alert && <div class="ds-alert" data-color="danger" data-announce="assertive" data-focus>{state.alert}</div>}
      <ApplicationSection personId={person.id} data={data.applications} forms={forms} today={data.today} csrfToken={csrfToken} />
      <h2 class="ds-heading" data-size="md">Vedtak og venteliste</h2>
      <VedtakList data={data} forms={forms} csrfToken={csrfToken} />
      <PartnerSection personId={person.id} personName={person.name} entries={data.partners} forms={forms} csrfToken={csrfToken} />
      <VedtakForm personId={person.id} state={forms.vedtak} units={data.units} guaranteeDays={data.guaranteeDays} today={data.today} csrfToken={csrfToken}
        deciding={decidingOf(data, state.deciding)} />
      <KorttidSection personId={person.id} korttid={data.korttid} state={forms.revurdering} csrfToken={csrfToken} />
      <HospitalSection personId={person.id} stays={data.hospitalStays} forms={forms} today={data.today} csrfToken={csrfToken} />
      <h2 class="ds-heading" data-size="md">Tildelinger</h2>
      <AllocationsTable allocations={data.allocations} />
      <h2 class="ds-heading" data-size="md">Tidslinje</h2>
      <Timeline events={data.timeline} />
      <DeceasedForm personId={person.id} state={forms.dod} csrfToken={csrfToken} />
      <h2 class="ds-heading" data-size="md">Hvem har sett på personen</h2>
      <Viewers viewers={data.viewers} />
    </section>
  );
}

/** The pending application the vedtak form decides, when it is still pending. */
function decidingOf(data: PersonViewData, id: number | undefined) {
  const app = data.applications.pending.find((a) => a.id === id);
  return app ? { applicationId: app.id, receivedDate: app.receivedDate } : undefined;
}

/** The number masked, and a button that shows it in full (the showing is logged). */
export function FnrMasked({ personId, masked }: { personId: number; masked: string }) {
  return (
    <span id="fnr" class="fnr">
      <span class="mono">{masked}</span>{' '}
      <button class="ds-button" data-variant="tertiary" data-size="sm" type="button"
        hx-post={`/personer/${personId}/fodselsnummer`} hx-target="#fnr" hx-swap="outerHTML">Vis fødselsnummer</button>
    </span>
  );
}

export function FnrShown({ fnr }: { fnr: string }) {
  return <span id="fnr" class="fnr"><span class="mono" data-focus>{fnr}</span> <small>(visningen er logget)</small></span>;
}

function LocationTag({ location }: { location: PersonLocation }) {
  if (location.type === 'home') return <span class="ds-tag" data-color="neutral">Hjemme</span>;
  if (location.type === 'unit') {
    const { stay } = location;
    return <span class="ds-tag" data-color="info">{stay.unitName} fra {formatDate(stay.fromDate)}{stay.waitsFor && <> · {interimLabel(stay.waitsFor)}</>}</span>;
  }
  const { stay } = location;
  if (!stay.dischargeReadyDate) return <span class="ds-tag" data-color="warning">Sykehus, innlagt {formatDate(stay.admittedDate)}</span>;
  return (
    <span class="ds-tag" data-color="danger">
      Sykehus, utskrivningsklar {formatDate(stay.dischargeReadyDate)} · {days(stay.overligger.days)} overliggerdøgn · {formatNok(stay.overligger.nok)}
    </span>
  );
}
